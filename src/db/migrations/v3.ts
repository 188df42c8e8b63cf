/**
 * Version 3: attempts lose the `status` and `updatedAt` indexes, which nothing queries. Every
 * index is written on every put, and importing a class's year of attempts spent a third of its
 * time keeping those two up to date (`npm run bench -- teacher`). No data changes.
 */
export const v3 = {
  version: 3,
  stores: {
    attempts: 'id, [pupilId+activityId], pupilId',
    settings: 'key',
    classes: 'id',
    pupils: 'id, classId',
  },
} as const;
