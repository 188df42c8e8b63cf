/** When to remind a teacher to save a copy of the class's progress. Pure, so it is tested without a clock. */
export const BACKUP_AFTER_DAYS = 7;

export type BackupState = 'nothing-to-save' | 'never' | 'due' | 'recent';

export function backupState(lastExportAt: number | undefined, now: number, attempts: number): BackupState {
  if (attempts === 0) return 'nothing-to-save';
  if (lastExportAt === undefined) return 'never';
  return now - lastExportAt > BACKUP_AFTER_DAYS * 24 * 60 * 60 * 1000 ? 'due' : 'recent';
}

/** A file name that sorts by date and says what it is: terrific-tom-progress-2026-11-25.json */
export function progressFileName(now: Date): string {
  return `terrific-tom-progress-${now.toISOString().slice(0, 10)}.json`;
}
