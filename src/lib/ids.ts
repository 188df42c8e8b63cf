/**
 * Random ids for stored records. crypto.randomUUID exists only in secure contexts, and a school
 * may serve the site over plain http on its own network, so build a v4 UUID from
 * getRandomValues, which exists everywhere.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/*
 * The rules every stored id follows. Content schemas (src/schemas), the writers that build attempts
 * (src/lib/game-attempt.ts) and the import check (src/lib/progress-file-check.ts) all use these, so
 * whatever the site writes, its own import takes back.
 */

/** A record's own id: a v4 UUID from newId(), or a short id from an older device. */
export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Kebab-case content ids (lessons, scenes, choices, misconceptions, game items and actions). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

/** The id Kind Comments gives the kind words among its rewordings; no `notKind` rewording may take it. */
export const KINDER = 'kinder';

/**
 * Where in an activity a mistake was made: a scene or a game item ("party-cake"), or a part of
 * an item ("party-cake/zara", "party-cake/post" in Photo Check). Slugs joined by "/", at most
 * three deep; ids are only ever compared and used as keys, never as paths or markup.
 */
export const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*){0,2}$/;
export const ITEM_ID_MAX = 2 * SLUG_MAX;

/** A language tag as the site writes it: "en", "cy", "pt-BR". */
export const LOCALE = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

export const isRecordId = (value: string): boolean => RECORD_ID.test(value);
export const isSlug = (value: string): boolean => value.length <= SLUG_MAX && SLUG.test(value);
export const isItemId = (value: string): boolean => value.length <= ITEM_ID_MAX && ITEM_ID.test(value);
export const isLocaleTag = (value: string): boolean => LOCALE.test(value);
