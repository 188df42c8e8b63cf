/**
 * Version 4: class votes, a lesson taught to the whole class from the whiteboard (src/lib/class-vote.ts).
 * They belong to a class, not a pupil, so they have their own table rather than pseudo-pupils among
 * the attempts. Nothing else changes.
 */
export const v4 = {
  version: 4,
  stores: {
    attempts: 'id, [pupilId+activityId], pupilId',
    settings: 'key',
    classes: 'id',
    pupils: 'id, classId',
    classVotes: 'id, classId',
  },
} as const;
