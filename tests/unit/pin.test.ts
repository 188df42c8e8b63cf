import { describe, expect, it } from 'vitest';
import { checkPin, hashPin, verifyPin } from '../../src/lib/pin';

describe('the teacher PIN', () => {
  it('takes 4 to 10 digits, typed the same twice', () => {
    expect(checkPin('2468')).toBeUndefined();
    expect(checkPin('123')).toBe('too-short');
    expect(checkPin('12345678901')).toBe('too-long');
    expect(checkPin('12a4')).toBe('digits-only');
    expect(checkPin('2468', '2469')).toBe('no-match');
  });

  it('keeps only a salted hash, which the right PIN opens and a wrong one does not', async () => {
    const record = await hashPin('2468', 1000);
    expect(JSON.stringify(record)).not.toContain('2468');
    expect(await verifyPin('2468', record)).toBe(true);
    expect(await verifyPin('2469', record)).toBe(false);
    expect(await verifyPin('', record)).toBe(false);
    // The same PIN twice gives two different hashes: a stolen hash cannot be looked up in a table.
    const again = await hashPin('2468', 1000);
    expect(again.salt).not.toBe(record.salt);
    expect(again.hash).not.toBe(record.hash);
  });
});
