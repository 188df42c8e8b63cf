/** Reading and writing attempts. Every write is one transaction, so a closed tab leaves no half-step. */
import type { TomDatabase } from './database';
import type { AttemptRecord } from '../lib/records';
import type { GameAttempt } from '../lib/records';
import type { Step } from '../lib/progress';
import type { LessonScore } from '../lib/scoring';
import { newId } from '../lib/ids';

export type { GameAttempt } from '../lib/records';

export interface AttemptKey {
  pupilId: string;
  activityId: string;
}

/** The unfinished attempt at this lesson, if any (the newest, should there be more). */
export async function findInProgress(db: TomDatabase, key: AttemptKey): Promise<AttemptRecord | undefined> {
  const all = await db.attempts.where('[pupilId+activityId]').equals([key.pupilId, key.activityId]).toArray();
  return all.filter((a) => a.status === 'in-progress').sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/** Completed attempts at this activity, newest first. */
export async function completedAttempts(db: TomDatabase, key: AttemptKey): Promise<AttemptRecord[]> {
  const all = await db.attempts.where('[pupilId+activityId]').equals([key.pupilId, key.activityId]).toArray();
  return all.filter((a) => a.status === 'complete').sort((a, b) => b.updatedAt - a.updatedAt);
}

export interface ActivitySummary {
  activityId: string;
  status: 'not-started' | 'in-progress' | 'complete';
  bestStars: number;
}

/** Status and best stars for each activity a pupil has touched. */
export async function summariesFor(db: TomDatabase, pupilId: string): Promise<Map<string, ActivitySummary>> {
  const attempts = await db.attempts.where('[pupilId+activityId]').between([pupilId, ''], [pupilId, '\uffff']).toArray();
  const summaries = new Map<string, ActivitySummary>();
  for (const a of attempts) {
    const s = summaries.get(a.activityId) ?? { activityId: a.activityId, status: 'not-started', bestStars: 0 };
    if (a.status === 'complete') {
      s.status = 'complete';
      s.bestStars = Math.max(s.bestStars, a.stars ?? 0);
    } else if (s.status === 'not-started') {
      s.status = 'in-progress';
    }
    summaries.set(a.activityId, s);
  }
  return summaries;
}

/** Save one choice. Starts the attempt on the first choice, so no empty attempts are stored. */
export async function recordStep(
  db: TomDatabase,
  input: AttemptKey & { attemptId: string | undefined; locale: string; startedAt: number; step: Step; sceneId: string },
): Promise<string> {
  return db.transaction('rw', db.attempts, async () => {
    const existing = input.attemptId ? await db.attempts.get(input.attemptId) : undefined;
    if (existing && existing.status === 'in-progress') {
      await db.attempts.update(existing.id, {
        steps: [...existing.steps, input.step],
        sceneId: input.sceneId,
        updatedAt: input.step.at,
      });
      return existing.id;
    }
    const id = newId();
    await db.attempts.add({
      id,
      pupilId: input.pupilId,
      kind: 'lesson',
      activityId: input.activityId,
      locale: input.locale,
      status: 'in-progress',
      startedAt: input.startedAt,
      updatedAt: input.step.at,
      steps: [input.step],
      sceneId: input.sceneId,
    });
    return id;
  });
}

/** Mark an attempt complete with its score and time taken. */
export async function finishAttempt(
  db: TomDatabase,
  attemptId: string,
  result: LessonScore & { finishedAt: number; durationMs: number },
): Promise<void> {
  await db.transaction('rw', db.attempts, async () => {
    const updated = await db.attempts.update(attemptId, {
      status: 'complete',
      finishedAt: result.finishedAt,
      updatedAt: result.finishedAt,
      durationMs: result.durationMs,
      score: result.score,
      maxScore: result.maxScore,
      stars: result.stars,
      mistakes: result.mistakes,
    });
    if (updated === 0) throw new Error(`no attempt "${attemptId}" to finish`);
  });
}

/** Drop an unfinished attempt, when the pupil chooses to start again. */
export async function abandonAttempt(db: TomDatabase, attemptId: string): Promise<void> {
  await db.attempts.delete(attemptId);
}

/** Store the pledge a pupil chose at the end of a finished lesson. */
export async function setPledge(db: TomDatabase, attemptId: string, pledgeId: string): Promise<void> {
  const updated = await db.attempts.update(attemptId, { pledgeId });
  if (updated === 0) throw new Error(`no attempt "${attemptId}" for the pledge`);
}

/** One attempt by id (for a certificate). */
export async function getAttempt(db: TomDatabase, attemptId: string): Promise<AttemptRecord | undefined> {
  return db.attempts.get(attemptId);
}

/** A finished game round, stored beside lessons so teachers see both in one place. */
export async function saveGameResult(db: TomDatabase, game: GameAttempt): Promise<string> {
  const id = newId();
  await db.attempts.add({
    id,
    pupilId: game.pupilId,
    kind: 'game',
    activityId: game.gameId,
    locale: game.locale,
    status: 'complete',
    startedAt: game.finishedAt - game.durationMs,
    updatedAt: game.finishedAt,
    finishedAt: game.finishedAt,
    durationMs: game.durationMs,
    steps: [],
    sceneId: '',
    score: game.score,
    maxScore: game.maxScore,
    stars: game.stars,
    mistakes: game.mistakes,
  });
  return id;
}
