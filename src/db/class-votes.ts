/** A class's whiteboard lessons: each vote is saved as it is entered, so a closed tab loses none. */
import type { TomDatabase } from './database';
import type { ClassVote, ClassVoteRecord } from '../lib/class-vote';
import { withVote } from '../lib/class-vote';
import { newId } from '../lib/ids';

export interface ClassVoteStart {
  classId: string;
  activityId: string;
  locale: string;
  startedAt: number;
}

/** Saves one vote, starting the record on the first; returns the record's id. */
export async function recordClassVote(
  db: TomDatabase,
  start: ClassVoteStart & { id?: string | undefined },
  vote: ClassVote,
): Promise<string> {
  return db.transaction('rw', db.classVotes, async () => {
    const held = start.id ? await db.classVotes.get(start.id) : undefined;
    const record: ClassVoteRecord = held
      ? { ...held, votes: withVote(held.votes, vote), updatedAt: vote.at }
      : {
          id: newId(),
          classId: start.classId,
          activityId: start.activityId,
          locale: start.locale,
          startedAt: start.startedAt,
          updatedAt: vote.at,
          votes: [vote],
        };
    await db.classVotes.put(record);
    return record.id;
  });
}

/** Marks the lesson finished, with the promise the class chose, if it chose one. */
export async function finishClassVote(db: TomDatabase, id: string, finishedAt: number, pledgeId?: string): Promise<void> {
  await db.classVotes.update(
    id,
    pledgeId === undefined ? { finishedAt, updatedAt: finishedAt } : { finishedAt, updatedAt: finishedAt, pledgeId },
  );
}

/** Every whiteboard lesson a class has had, oldest first. */
export async function classVotesFor(db: TomDatabase, classId: string): Promise<ClassVoteRecord[]> {
  const all = await db.classVotes.where('classId').equals(classId).toArray();
  return all.sort((a, b) => a.startedAt - b.startedAt);
}
