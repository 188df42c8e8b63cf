/**
 * Version 1: attempts at lessons (and, later, games) and device settings.
 * Index strings follow Dexie: the first key is the primary key; [a+b] is a compound index.
 */
export const v1 = {
  version: 1,
  stores: {
    attempts: 'id, [pupilId+activityId], status, updatedAt',
    settings: 'key',
  },
} as const;
