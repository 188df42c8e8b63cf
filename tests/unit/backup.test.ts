import { describe, expect, it } from 'vitest';
import { backupState, progressFileName } from '../../src/lib/backup';

const DAY = 24 * 60 * 60 * 1000;

describe('the backup reminder', () => {
  it('says nothing when there is nothing to save', () => {
    expect(backupState(undefined, 10 * DAY, 0)).toBe('nothing-to-save');
  });
  it('asks for a first copy, and a new one after a week', () => {
    expect(backupState(undefined, 10 * DAY, 3)).toBe('never');
    expect(backupState(3 * DAY, 10 * DAY, 3)).toBe('recent');
    expect(backupState(3 * DAY - 1, 10 * DAY, 3)).toBe('due');
  });
  it('names files by the day they were made', () => {
    expect(progressFileName(new Date('2026-11-25T23:30:00Z'))).toBe('terrific-tom-progress-2026-11-25.json');
  });
});
