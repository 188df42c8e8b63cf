/**
 * Schema v5 stores each pupil's attempts packed in one record. The upgrade from v4 must keep every
 * attempt (ids, pupils, steps, pledges), each still found by its id alone; and two writes to one
 * pupil's pack at once must both survive (each is one read-change-put transaction).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TomDatabase } from '../../src/db/database';
import { v4 } from '../../src/db/migrations/v4';
import { finishAttempt, getAttempt, recordStep, saveGameResult, setPledge, summariesFor } from '../../src/db/attempts';
import { attemptCount } from '../../src/db/class-view';
import { classWithAttempts } from '../../src/db/class-view';
import { deviceTotals } from '../../src/db/transfer';
import type { AttemptRecord } from '../../src/lib/records';
import { packOf, regroup } from '../../src/db/packs';

interface Fixture {
  tables: { attempts: AttemptRecord[]; classes: { id: string }[]; pupils: { id: string }[] };
}

const fixture = JSON.parse(readFileSync('tests/fixtures/db/v4-attempts-for-packing.json', 'utf8')) as Fixture;

async function upgradedFromV4(): Promise<TomDatabase> {
  const indexedDB = new IDBFactory();
  const old = new Dexie('terrific-tom', { indexedDB, IDBKeyRange });
  old.version(v4.version).stores(v4.stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  old.close();
  return new TomDatabase('terrific-tom', { indexedDB, IDBKeyRange });
}

describe('v5: attempts packed one record per pupil', () => {
  it('moves every v4 attempt into its pupil’s pack and drops the attempts table', async () => {
    const db = await upgradedFromV4();
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('attempts');
    const packs = await db.pupilAttempts.toArray();
    const byPupil = Object.fromEntries(packs.map((p) => [p.pupilId, p.attempts.map((a) => a.id)]));
    const expected: Record<string, string[]> = {};
    for (const a of fixture.tables.attempts) (expected[a.pupilId] ??= []).push(a.id);
    expect(byPupil).toEqual(expected);
    for (const pack of packs) expect(pack.attemptIds).toEqual(pack.attempts.map((a) => a.id));
    // Each attempt whole (steps, pledges, unfinished ones too), and found by its id alone.
    for (const a of fixture.tables.attempts) expect(await getAttempt(db, a.id)).toEqual(a);
    expect(await getAttempt(db, 'no-such-attempt')).toBeUndefined();
    expect(await attemptCount(db)).toBe(fixture.tables.attempts.length);
    // The "device" attempts stay on the device but are not counted as a class's.
    expect((await deviceTotals(db)).attempts).toBe(fixture.tables.attempts.filter((a) => a.pupilId !== 'device').length);
    const view = await classWithAttempts(db, fixture.tables.classes[0]!.id);
    expect(view.attempts.map((a) => a.id).sort()).toEqual(
      fixture.tables.attempts
        .filter((a) => a.pupilId !== 'device')
        .map((a) => a.id)
        .sort(),
    );
    db.close();
  });

  it('keeps working on a moved attempt: the unfinished one is finished and given a pledge', async () => {
    const db = await upgradedFromV4();
    const open = fixture.tables.attempts.find((a) => a.status === 'in-progress')!;
    const step = { sceneId: 'middle', choiceId: 'tell', at: open.updatedAt + 10 };
    const key = { pupilId: open.pupilId, activityId: open.activityId };
    expect(await recordStep(db, { ...key, attemptId: open.id, locale: 'en', startedAt: open.startedAt, step, sceneId: 'end' })).toBe(
      open.id,
    );
    await finishAttempt(db, open.id, { score: 4, maxScore: 4, stars: 3, mistakes: [], finishedAt: step.at + 5, durationMs: 5 });
    await setPledge(db, open.id, 'be-kind');
    expect(await getAttempt(db, open.id)).toMatchObject({
      status: 'complete',
      stars: 3,
      pledgeId: 'be-kind',
      steps: [...open.steps, step],
    });
    expect((await summariesFor(db, open.pupilId)).get(open.activityId)?.status).toBe('complete');
    await expect(setPledge(db, 'no-such-attempt', 'be-kind')).rejects.toThrow(/no attempt/);
    db.close();
  });

  it('keeps both of two writes to one pupil made at the same time', async () => {
    const db = await upgradedFromV4();
    const pupilId = fixture.tables.pupils[2]!.id;
    const before = await attemptCount(db);
    const game = {
      pupilId,
      gameId: 'photo-check',
      locale: 'en',
      finishedAt: 1764100000000,
      durationMs: 1000,
      score: 1,
      maxScore: 2,
      stars: 1,
      mistakes: [],
    };
    const at = 1764100000000;
    const [a, b, c] = await Promise.all([
      saveGameResult(db, game),
      recordStep(db, {
        pupilId,
        activityId: 'posting-kindly-ks2',
        attemptId: undefined,
        locale: 'en',
        startedAt: at,
        step: { sceneId: 's', choiceId: 'x', at },
        sceneId: 's',
      }),
      saveGameResult(db, { ...game, score: 2 }),
    ]);
    expect(new Set([a, b, c]).size).toBe(3);
    const pack = await db.pupilAttempts.get(pupilId);
    expect(pack?.attempts.map((x) => x.id).sort()).toEqual([a, b, c].sort());
    expect(pack?.attemptIds.sort()).toEqual([a, b, c].sort());
    expect(await attemptCount(db)).toBe(before + 3);
    db.close();
  });

  it('regroups an import: only the pupils whose attempts change, each pack whole, a moved attempt out of its old pack', () => {
    const [one, two, three] = fixture.tables.attempts.filter((a) => a.pupilId === fixture.tables.pupils[0]!.id);
    const leo = fixture.tables.pupils[1]!.id;
    const held = [packOf(one!.pupilId, [one!, two!, three!]), packOf(leo, [])];
    expect(regroup(held, [])).toEqual([]);
    // The same attempt again, finished: it replaces the one held, in place, and nothing else is written.
    const finished = { ...three!, status: 'complete' as const, stars: 3 };
    expect(regroup(held, [finished])).toEqual([packOf(one!.pupilId, [one!, two!, finished])]);
    // An attempt that now names another pupil (their classes were merged) leaves its old pack.
    const moved = { ...two!, pupilId: leo };
    expect(regroup(held, [moved])).toEqual([packOf(one!.pupilId, [one!, three!]), packOf(leo, [moved])]);
  });
});
