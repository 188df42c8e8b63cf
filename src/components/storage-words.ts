/**
 * The words StorageAlert says, translated at build time: a pupil's short words with Tom, or a
 * teacher's that say nothing already saved is lost and what to do. Pages hand the result to islands.
 */
import type { Translate } from '../i18n/translate';
import { storageProblemKinds, type StorageProblemKind } from '../db/errors';

export type StorageAudience = 'pupil' | 'teacher';

export interface StorageWords {
  audience: StorageAudience;
  text: Record<StorageProblemKind, string>;
}

export function storageWords(t: Translate, audience: StorageAudience): StorageWords {
  const text = Object.fromEntries(storageProblemKinds.map((kind) => [kind, t(`storageProblem.${audience}.${kind}`)]));
  return { audience, text: text as Record<StorageProblemKind, string> };
}
