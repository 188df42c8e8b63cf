/** When this device's progress was last saved to a file: for the reminder to save a copy. */
import type { TomDatabase } from './database';

export const LAST_EXPORT = 'lastExportAt';

export async function lastExportAt(db: TomDatabase): Promise<number | undefined> {
  const value = (await db.settings.get(LAST_EXPORT))?.value;
  return typeof value === 'number' ? value : undefined;
}
