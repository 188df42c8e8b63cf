/**
 * Locking a progress file with a passphrase, so a file left on a shared drive or a memory stick
 * does not show pupils' names to whoever finds it. AES-GCM with a key from PBKDF2-SHA-256, both
 * from the browser's WebCrypto; the salt and the nonce are new for every file.
 */
import type { LockedProgressFile } from './progress-file';
import { fromBase64, toBase64 } from './base64';

/** OWASP's 2023 advice for PBKDF2-HMAC-SHA-256. */
export const ITERATIONS = 600_000;

async function keyFrom(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export async function lock(plain: string, passphrase: string, iterations = ITERATIONS): Promise<LockedProgressFile['locked']> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await keyFrom(passphrase, salt, iterations);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain)));
  return { cipher: 'AES-GCM', kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), iv: toBase64(iv), data: toBase64(data) };
}

/** The locked text, or undefined when the passphrase is wrong (or the file was changed). */
export async function unlock(locked: LockedProgressFile['locked'], passphrase: string): Promise<string | undefined> {
  try {
    const key = await keyFrom(passphrase, fromBase64(locked.salt), locked.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(locked.iv) }, key, fromBase64(locked.data));
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return undefined;
  }
}
