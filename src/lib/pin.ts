/**
 * The teacher PIN, never stored as itself: PBKDF2-SHA-256 through WebCrypto turns it into a hash
 * with a salt of its own. It keeps pupils out of the teacher screens on a shared device; the
 * screen says plainly what it does not do.
 */
import { fromBase64, toBase64 } from './base64';

export interface PinRecord {
  salt: string;
  iterations: number;
  hash: string;
}

/** Fewer rounds than a file lock: a PIN is typed often, on slow class laptops. */
export const PIN_ITERATIONS = 210_000;

export type PinProblem = 'too-short' | 'too-long' | 'digits-only' | 'no-match';

/** Four to ten digits: easy to type on a whiteboard, hard for a pupil to guess by watching once. */
export function checkPin(pin: string, again?: string): PinProblem | undefined {
  if (!/^\d*$/.test(pin)) return 'digits-only';
  if (pin.length < 4) return 'too-short';
  if (pin.length > 10) return 'too-long';
  if (again !== undefined && again !== pin) return 'no-match';
  return undefined;
}

export const canHash = (): boolean => typeof crypto !== 'undefined' && typeof crypto.subtle !== 'undefined';

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256));
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), iterations, hash: toBase64(await derive(pin, salt, iterations)) };
}

export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  const got = await derive(pin, fromBase64(record.salt), record.iterations);
  const want = fromBase64(record.hash);
  // Compare every byte, so the time taken says nothing about how much of the PIN was right.
  let difference = got.length ^ want.length;
  for (let i = 0; i < Math.min(got.length, want.length); i += 1) difference |= got[i]! ^ want[i]!;
  return difference === 0;
}
