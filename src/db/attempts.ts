/**
 * Reading and writing attempts. Each pupil's attempts are one record (./packs); every write is one
 * transaction that reads the pack, changes it and puts it back, so a closed tab leaves no half-step.
 */
import type { TomDatabase } from './database';
import type { AttemptRecord } from '../lib/records';
import type { GameAttempt } from '../lib/records';
import type { Step } from '../lib/progress';
import type { LessonScore } from '../lib/scoring';
import { newId } from '../lib/ids';
import { attemptsOf, packHolding, putPack } from './packs';

export type { GameAttempt } from '../lib/records';

export interface AttemptKey {
  pupilId: string;
  activityId: string;
}

/** This pupil's attempts at this activity with this status, newest first. */
async function attemptsAt(db: TomDatabase, key: AttemptKey, status: AttemptRecord['status']): Promise<AttemptRecord[]> {
  const all = await attemptsOf(db, key.pupilId);
  return all.filter((a) => a.activityId === key.activityId && a.status === status).sort((a, b) => b.updatedAt - a.updatedAt);
}

/** The unfinished attempt at this lesson, if any (the newest, should there be more). */
export async function findInProgress(db: TomDatabase, key: AttemptKey): Promise<AttemptRecord | undefined> {
  return (await attemptsAt(db, key, 'in-progress'))[0];
}

/** Completed attempts at this activity, newest first. */
export async function completedAttempts(db: TomDatabase, key: AttemptKey): Promise<AttemptRecord[]> {
  return attemptsAt(db, key, 'complete');
}

export interface ActivitySummary {
  activityId: string;
  status: 'not-started' | 'in-progress' | 'complete';
  bestStars: number;
}

/** Status and best stars for each activity a pupil has touched. */
export async function summariesFor(db: TomDatabase, pupilId: string): Promise<Map<string, ActivitySummary>> {
  const attempts = await attemptsOf(db, pupilId);
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
  return db.transaction('rw', db.pupilAttempts, async () => {
    const list = await attemptsOf(db, input.pupilId);
    const existing = input.attemptId ? list.find((a) => a.id === input.attemptId) : undefined;
    if (existing && existing.status === 'in-progress') {
      const changed = { ...existing, steps: [...existing.steps, input.step], sceneId: input.sceneId, updatedAt: input.step.at };
      await putPack(
        db,
        input.pupilId,
        list.map((a) => (a === existing ? changed : a)),
      );
      return existing.id;
    }
    const id = newId();
    await putPack(db, input.pupilId, [
      ...list,
      {
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
      },
    ]);
    return id;
  });
}

/** Mark an attempt complete with its score and time taken. */
export async function finishAttempt(
  db: TomDatabase,
  attemptId: string,
  result: LessonScore & { finishedAt: number; durationMs: number },
): Promise<void> {
  const updated = await changeAttempt(db, attemptId, (a) => ({
    ...a,
    status: 'complete',
    finishedAt: result.finishedAt,
    updatedAt: result.finishedAt,
    durationMs: result.durationMs,
    score: result.score,
    maxScore: result.maxScore,
    stars: result.stars,
    mistakes: result.mistakes,
  }));
  if (!updated) throw new Error(`no attempt "${attemptId}" to finish`);
}

/** Drop an unfinished attempt, when the pupil chooses to start again. */
export async function abandonAttempt(db: TomDatabase, attemptId: string): Promise<void> {
  await changeAttempt(db, attemptId, () => undefined);
}

/** Store the pledge a pupil chose at the end of a finished lesson. */
export async function setPledge(db: TomDatabase, attemptId: string, pledgeId: string): Promise<void> {
  const updated = await changeAttempt(db, attemptId, (a) => ({ ...a, pledgeId }));
  if (!updated) throw new Error(`no attempt "${attemptId}" for the pledge`);
}

/** One attempt by id (for a certificate). */
export async function getAttempt(db: TomDatabase, attemptId: string): Promise<AttemptRecord | undefined> {
  return (await packHolding(db, attemptId))?.attempts.find((a) => a.id === attemptId);
}

/** A finished game round, stored beside lessons so teachers see both in one place. */
export async function saveGameResult(db: TomDatabase, game: GameAttempt): Promise<string> {
  const id = newId();
  const record: AttemptRecord = {
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
  };
  await db.transaction('rw', db.pupilAttempts, async () => {
    await putPack(db, game.pupilId, [...(await attemptsOf(db, game.pupilId)), record]);
  });
  return id;
}

/**
 * Changes one attempt (found by id alone) in its pupil's pack, in one transaction; `change`
 * returning undefined removes it. False when there is no such attempt.
 */
async function changeAttempt(
  db: TomDatabase,
  attemptId: string,
  change: (attempt: AttemptRecord) => AttemptRecord | undefined,
): Promise<boolean> {
  return db.transaction('rw', db.pupilAttempts, async () => {
    const pack = await packHolding(db, attemptId);
    const found = pack?.attempts.find((a) => a.id === attemptId);
    if (!pack || !found) return false;
    const changed = change(found);
    const rest = pack.attempts.flatMap((a) => (a !== found ? [a] : changed ? [changed] : []));
    await putPack(db, pack.pupilId, rest);
    return true;
  });
}
