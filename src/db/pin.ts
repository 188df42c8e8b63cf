/** Where the teacher PIN's hash is kept: the settings table of this device's database. */
import type { TomDatabase } from './database';
import type { PinRecord } from '../lib/pin';

const KEY = 'teacherPin';

export async function storedPin(db: TomDatabase): Promise<PinRecord | undefined> {
  const value = (await db.settings.get(KEY))?.value as Partial<PinRecord> | undefined;
  return value && typeof value.salt === 'string' && typeof value.hash === 'string' && typeof value.iterations === 'number'
    ? { salt: value.salt, hash: value.hash, iterations: value.iterations }
    : undefined;
}

export async function savePin(db: TomDatabase, record: PinRecord): Promise<void> {
  await db.settings.put({ key: KEY, value: record });
}
