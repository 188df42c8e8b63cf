/**
 * Version 2: classes and pupils, so pupils on a shared device pick themselves and keep their own
 * progress. Attempts are unchanged: they already name a pupil id.
 */
export const v2 = {
  version: 2,
  stores: {
    attempts: 'id, [pupilId+activityId], status, updatedAt, pupilId',
    settings: 'key',
    classes: 'id',
    pupils: 'id, classId',
  },
} as const;
