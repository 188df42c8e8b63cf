/**
 * Whatever the site writes, its own import takes back. Every lesson from content/ is played along
 * its all-safe and all-wrong paths and through every choice at every decision; every game is
 * played from its real items with every item answered rightly and with every action, in both
 * age bands and both languages; every lesson is also taught to a whole class on the whiteboard,
 * with its votes. All of it is stored through the code the site uses, saved as a
 * file (plain and locked), read back by the import check, the device wiped, and imported into a
 * fresh database: every record must come back identical.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parse } from 'yaml';
import { TomDatabase } from '../../src/db/database';
import { addClass, addPupils } from '../../src/db/roster';
import { finishAttempt, recordStep, saveGameResult, setPledge } from '../../src/db/attempts';
import { finishClassVote, recordClassVote } from '../../src/db/class-votes';
import { exportFile, importData } from '../../src/db/transfer';
import { lessonSchema, type Lesson } from '../../src/schemas/lesson';
import { ageGateSchema, kindCommentsSchema, photoCheckSchema } from '../../src/schemas/game';
import { ageLimitsSchema } from '../../src/schemas/facts';
import { resolveAgeGate } from '../../src/lib/age-gate-items';
import { scoreLesson } from '../../src/lib/scoring';
import { activeDurationMs, type Step } from '../../src/lib/progress';
import { gameAttempt } from '../../src/lib/game-attempt';
import { openProgressFile, readProgressFile } from '../../src/lib/progress-file-check';
import { lockedFile } from '../../src/lib/progress-file';
import { lock, unlock } from '../../src/lib/file-lock';
import * as kindComments from '../../games/kind-comments/rules';
import * as ageGate from '../../games/age-gate/rules';
import * as photoCheck from '../../games/photo-check/rules';
import type { AgeBand, GameResult } from '../../games/contract';
import type { PupilRecord } from '../../src/lib/records';
import { allAttempts } from '../../src/db/packs';

let factory = new IDBFactory();
let dbCount = 0;
const open = () => new TomDatabase(`round-trip-${(dbCount += 1)}`, { indexedDB: factory, IDBKeyRange });
afterEach(() => {
  factory = new IDBFactory();
});

const LOCALES = ['en', 'cy'] as const;
const BANDS: AgeBand[] = ['ks1', 'ks2'];
const read = (path: string): unknown => parse(readFileSync(path, 'utf8'));

const lessons = LOCALES.flatMap((locale) =>
  readdirSync(`content/lessons/${locale}`)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ locale, lesson: lessonSchema.parse(read(`content/lessons/${locale}/${f}`)) })),
);

const facts = Object.fromEntries(ageLimitsSchema.parse(read('content/facts/age-limits.yaml')).services.map((s) => [s.id, s]));

// ---- lessons: the paths a pupil can take ----

type Choice = NonNullable<Lesson['scenes'][string]['choices']>[number];
const choicesAt = (lesson: Lesson, sceneId: string): Choice[] => lesson.scenes[sceneId]?.choices ?? [];
const ended = (lesson: Lesson, sceneId: string) => choicesAt(lesson, sceneId).length === 0;

/** The shortest run of choices from one scene to another (or to any ending), safe choices tried first. */
function shortest(lesson: Lesson, from: string, to?: string): { sceneId: string; choice: Choice }[] {
  const came = new Map<string, { sceneId: string; choice: Choice } | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const here = queue.shift()!;
    if (to === undefined ? ended(lesson, here) : here === to) {
      const path = [];
      for (let at = came.get(here); at; at = came.get(at.sceneId)) path.unshift(at);
      return path;
    }
    const choices = [...choicesAt(lesson, here)].sort((a, b) => Number(b.safe) - Number(a.safe));
    for (const choice of choices) {
      if (came.has(choice.next)) continue;
      came.set(choice.next, { sceneId: here, choice });
      queue.push(choice.next);
    }
  }
  throw new Error(`${lesson.id}: no way from "${from}" to ${to ?? 'an ending'}`);
}

/** Choices from the start, taking `pick`'s choice at each scene met for the first time, then the shortest way to an ending. */
function walk(lesson: Lesson, pick: (choices: Choice[]) => Choice | undefined): { sceneId: string; choice: Choice }[] {
  const path: { sceneId: string; choice: Choice }[] = [];
  const seen = new Set<string>();
  let sceneId = lesson.start;
  while (!ended(lesson, sceneId)) {
    const choice = seen.has(sceneId) ? undefined : pick(choicesAt(lesson, sceneId));
    seen.add(sceneId);
    if (!choice) return [...path, ...shortest(lesson, sceneId)];
    path.push({ sceneId, choice });
    sceneId = choice.next;
  }
  return path;
}

/** All-safe, all-wrong, and through every choice at every scene; each path once. */
function lessonPaths(lesson: Lesson): { sceneId: string; choice: Choice }[][] {
  const paths = [walk(lesson, (cs) => cs.find((c) => c.safe)), walk(lesson, (cs) => cs.find((c) => !c.safe) ?? cs[0])];
  for (const [sceneId, scene] of Object.entries(lesson.scenes)) {
    for (const choice of scene.choices ?? []) {
      paths.push([...shortest(lesson, lesson.start, sceneId), { sceneId, choice }, ...shortest(lesson, choice.next)]);
    }
  }
  const key = (path: { sceneId: string; choice: Choice }[]) => path.map((s) => `${s.sceneId}:${s.choice.id}`).join(' ');
  return [...new Map(paths.map((p) => [key(p), p])).values()];
}

// ---- games: every item answered rightly, and with every action ----

function gameResults(locale: string, band: AgeBand): GameResult[] {
  const results: GameResult[] = [];
  const comments = kindCommentsSchema.parse(read(`content/games/${locale}/kind-comments.yaml`)).items.filter((c) => c.bands.includes(band));
  results.push(
    kindComments.tally(
      comments.map((comment) => ({ comment, action: comment.answer })),
      61_000,
    ),
  );
  for (const action of kindComments.actionsFor(band))
    results.push(
      kindComments.tally(
        comments.map((comment) => ({ comment, action })),
        45_500,
      ),
    );

  const gate = resolveAgeGate(ageGateSchema.parse(read(`content/games/${locale}/age-gate.yaml`)).items, facts).filter((i) =>
    i.bands.includes(band),
  );
  results.push(
    ageGate.tally(
      gate.map((item) => ({ item, action: ageGate.answerFor(item, band) })),
      band,
      70_000,
    ),
  );
  for (const action of ageGate.actionsFor(band))
    results.push(
      ageGate.tally(
        gate.map((item) => ({ item, action })),
        band,
        52_250,
      ),
    );

  const photos = photoCheckSchema.parse(read(`content/games/${locale}/photo-check.yaml`)).items.filter((p) => p.bands.includes(band));
  const steps = photos.flatMap(photoCheck.stepsOf);
  results.push(
    photoCheck.tally(
      steps.map((step) => ({ step, action: photoCheck.answerFor(step) })),
      90_000,
    ),
  );
  for (const i of [0, 1])
    results.push(
      photoCheck.tally(
        steps.map((step) => ({ step, action: photoCheck.actionsFor(step)[i]! })),
        80_000,
      ),
    );
  return results;
}

// ---- storing it all through the site's own code ----

/** A clock that moves a few seconds with every choice, as a pupil's would. */
let now = 1_790_000_000_000;
const tick = (ms = 4_000) => (now += ms);

async function playEverything(db: TomDatabase) {
  const pupils: Record<AgeBand, PupilRecord[]> = { ks1: [], ks2: [] };
  const classIds: Partial<Record<AgeBand, string>> = {};
  for (const band of BANDS) {
    const group = await addClass(db, band === 'ks1' ? 'Blwyddyn 2 Derw' : 'Year 5 Ash', band);
    classIds[band] = group.id;
    pupils[band] = await addPupils(db, group.id, [
      { name: 'Siân', avatar: 'fox' },
      { name: "D'Arcy", avatar: 'owl' },
      { name: 'Jo-Jo', avatar: 'cat' },
    ]);
  }
  let turn = 0;
  const nextPupil = (band: AgeBand) => pupils[band][(turn += 1) % pupils[band].length]!;

  for (const { locale, lesson } of lessons) {
    for (const [n, path] of lessonPaths(lesson).entries()) {
      // As the lesson player does: each choice saved as it is made, then the score, then the pledge.
      const pupil = nextPupil(lesson.ageBand);
      const startedAt = tick();
      let attemptId: string | undefined;
      const steps: Step[] = [];
      // Every fifth path is left half-way, as when a tab is closed: in-progress attempts travel too.
      const stopAt = n % 5 === 4 ? Math.ceil(path.length / 2) : path.length;
      for (const { sceneId, choice } of path.slice(0, stopAt)) {
        const step: Step = { sceneId, choiceId: choice.id, at: tick() };
        steps.push(step);
        attemptId = await recordStep(db, {
          pupilId: pupil.id,
          activityId: lesson.id,
          attemptId,
          locale,
          startedAt,
          step,
          sceneId: choice.next,
        });
      }
      if (stopAt < path.length || !attemptId) continue;
      const finishedAt = tick();
      const score = scoreLesson(lesson, steps);
      await finishAttempt(db, attemptId, {
        ...score,
        finishedAt,
        durationMs: activeDurationMs(
          startedAt,
          steps.map((s) => s.at),
          finishedAt,
        ),
      });
      await setPledge(db, attemptId, lesson.pledges[n % lesson.pledges.length]!.id);
    }
    // The same lesson on the whiteboard, as the board saves it: all safe with a promise, all wrong
    // with counts left out at one decision, and one left half-way.
    for (const [n, path] of lessonPaths(lesson).slice(0, 3).entries()) {
      const start = { classId: classIds[lesson.ageBand]!, activityId: lesson.id, locale, startedAt: tick() };
      let id: string | undefined;
      const stopAt = n === 2 ? Math.ceil(path.length / 2) : path.length;
      for (const [i, { sceneId, choice }] of path.slice(0, stopAt).entries()) {
        const counts = n === 1 && i === 0 ? {} : Object.fromEntries(choicesAt(lesson, sceneId).map((c, k) => [c.id, (i + k * 7) % 29]));
        id = await recordClassVote(db, { ...start, id }, { sceneId, counts, followed: choice.id, at: tick() });
      }
      if (id && stopAt === path.length) await finishClassVote(db, id, tick(), n === 0 ? lesson.pledges[0]!.id : undefined);
    }
  }

  for (const locale of LOCALES) {
    for (const band of BANDS) {
      for (const result of gameResults(locale, band)) {
        // As the game page does.
        await saveGameResult(db, gameAttempt(result, { pupilId: nextPupil(band).id, locale, finishedAt: tick(result.durationMs) }));
      }
    }
  }
}

async function everything(db: TomDatabase) {
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    classes: byId(await db.classes.toArray()),
    pupils: byId(await db.pupils.toArray()),
    attempts: byId(await allAttempts(db)),
    classVotes: byId(await db.classVotes.toArray()),
  };
}

describe('a device backup always restores', () => {
  it('plays every lesson path and every game answer, saves a file, wipes, imports into a fresh database: every record identical', async () => {
    const tablet = open();
    await playEverything(tablet);
    const before = await everything(tablet);

    // The test is only worth something if it met what broke before: Photo Check's "<photo>/<detail>" ids.
    const mistakes = before.attempts.flatMap((a) => a.mistakes ?? []);
    expect(mistakes.some((m) => m.sceneId.includes('/'))).toBe(true);
    const gameMistakeIds = new Set(
      before.attempts.filter((a) => a.kind === 'game').flatMap((a) => (a.mistakes ?? []).map((m) => m.sceneId)),
    );
    for (const locale of LOCALES) {
      for (const photo of photoCheckSchema.parse(read(`content/games/${locale}/photo-check.yaml`)).items) {
        for (const step of photoCheck.stepsOf(photo)) expect(gameMistakeIds).toContain(photoCheck.stepId(step));
      }
    }
    expect(before.attempts.some((a) => a.status === 'in-progress')).toBe(true);
    // Whiteboard lessons of every lesson, finished with a promise, without one, and left half-way.
    expect(new Set(before.classVotes.map((v) => v.activityId))).toEqual(new Set(lessons.map((l) => l.lesson.id)));
    expect(before.classVotes.some((v) => v.pledgeId) && before.classVotes.some((v) => v.finishedAt === undefined)).toBe(true);
    expect(new Set(before.attempts.map((a) => a.activityId))).toEqual(
      new Set([...lessons.map((l) => l.lesson.id), kindComments.GAME_ID, ageGate.GAME_ID, photoCheck.GAME_ID]),
    );

    const text = JSON.stringify(await exportFile(tablet));
    await tablet.delete();

    const checked = readProgressFile(text);
    if (!checked.ok) throw new Error(`the device's own file was refused: ${checked.problem.code} at ${checked.problem.where}`);
    if (!('data' in checked.value)) throw new Error('a plain file came back locked');
    const fresh = open();
    const counts = await importData(fresh, [checked.value.data]);
    expect(counts.attempts).toEqual({ added: before.attempts.length, updated: 0, unchanged: 0 });
    expect(counts.classVotes).toEqual({ added: before.classVotes.length, updated: 0, unchanged: 0 });
    expect(await everything(fresh)).toStrictEqual(before);
  }, 60_000);

  it('takes back the same device file locked with a passphrase', async () => {
    const tablet = open();
    await playEverything(tablet);
    const before = await everything(tablet);
    // As the page locks it, with fewer PBKDF2 rounds to keep the test quick.
    const locked = JSON.stringify(
      await lockedFile(await exportFile(tablet), 'Bore da Blwyddyn 2', (plain, pass) => lock(plain, pass, 100_000)),
    );
    await tablet.delete();

    const opened = await openProgressFile(locked, 'Bore da Blwyddyn 2', unlock);
    if (!opened.ok) throw new Error(`the device's own locked file was refused: ${opened.problem.code} at ${opened.problem.where}`);
    const fresh = open();
    await importData(fresh, [opened.value]);
    expect(await everything(fresh)).toStrictEqual(before);
  }, 60_000);
});
