/**
 * Moving progress between devices: the merge rules (property-based), export → wipe → import on
 * Dexie over fake-indexeddb, locked files, and well over a thousand bad or hostile files, each of
 * which must be refused with a reason while the database stays exactly as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TomDatabase, type AttemptRecord, type ClassRecord, type PupilRecord } from '../../src/db/database';
import { exportData, exportFile, importData, ImportProblem } from '../../src/db/transfer';
import { lastExportAt } from '../../src/db/backup';
import { canonical, FORMAT, FORMAT_VERSION, mergeProgress, planImport, type ProgressData } from '../../src/lib/progress-file';
import { openProgressFile, readProgressFile, type FileProblemCode } from '../../src/lib/progress-file-check';
import { lock, unlock } from '../../src/lib/file-lock';
import { avatarIds } from '../../src/lib/avatars';
import { CONSENT_ANSWERS } from '../../src/lib/consent';
import { allAttempts, putAttempts } from '../../src/db/packs';
import { attemptCount } from '../../src/db/class-view';

let factory = new IDBFactory();
let dbCount = 0;
const open = () => new TomDatabase(`transfer-${(dbCount += 1)}`, { indexedDB: factory, IDBKeyRange });
afterEach(() => {
  factory = new IDBFactory();
});

// ---- generated data: a few classes, pupils in them, attempts by those pupils ----

const idArb = fc.uuid({ version: 4 });
const time = fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 });
const slugArb = fc.constantFrom('start', 'group-chat', 'kind', 'post-it', 'ask-first', 'the-end', 'tell-adult');
const nameArb = fc.constantFrom('Siân', 'Sam B.', "D'Arcy", 'Jo-Jo', 'Ava', 'Leo', 'Priya', 'Zara', 'Mateusz', 'Aoife', 'Nia');

function dataArb(): fc.Arbitrary<ProgressData> {
  return fc
    .record({
      classes: fc.uniqueArray(
        fc.record({
          id: idArb,
          name: fc.constantFrom('Year 2 Oak', 'Year 5 Ash', 'Blwyddyn 3'),
          ageBand: fc.constantFrom('ks1', 'ks2'),
          createdAt: time,
        }),
        { minLength: 1, maxLength: 3, selector: (c) => c.id },
      ),
      pupils: fc.uniqueArray(
        fc.record({ id: idArb, name: nameArb, avatar: fc.constantFrom(...avatarIds), createdAt: time, pick: fc.nat() }),
        {
          maxLength: 8,
          selector: (p) => p.id,
        },
      ),
      attempts: fc.uniqueArray(
        fc.record({
          id: idArb,
          pick: fc.nat(),
          kind: fc.constantFrom('lesson', 'game'),
          activityId: fc.constantFrom('posting-kindly-ks1', 'age-limits-ks2', 'kind-comments'),
          locale: fc.constantFrom('en', 'cy'),
          status: fc.constantFrom('in-progress', 'complete'),
          startedAt: time,
          length: fc.integer({ min: 0, max: 2000 }),
          steps: fc.array(fc.record({ sceneId: slugArb, choiceId: slugArb, at: time }), { maxLength: 4 }),
          stars: fc.integer({ min: 0, max: 3 }),
        }),
        { maxLength: 12, selector: (a) => a.id },
      ),
    })
    .map(({ classes, pupils, attempts }) => {
      const classRecords: ClassRecord[] = classes;
      // Consent from `pick`, not a new generator, so the seeded samples below stay the same data.
      const pupilRecords: PupilRecord[] = pupils.map(({ pick, ...p }) => ({
        ...p,
        classId: classes[pick % classes.length]!.id,
        ...(pick % 4 === 0 ? {} : { consent: { images: CONSENT_ANSWERS[pick % 3]!, work: CONSENT_ANSWERS[(pick >> 2) % 3]! } }),
      }));
      const attemptRecords: AttemptRecord[] =
        pupilRecords.length === 0
          ? []
          : attempts.map(({ pick, length, stars, ...a }) => ({
              ...a,
              pupilId: pupilRecords[pick % pupilRecords.length]!.id,
              updatedAt: a.startedAt + length,
              sceneId: a.status === 'complete' ? 'the-end' : 'kind',
              ...(a.status === 'complete' ? { stars, score: stars, maxScore: 3, finishedAt: a.startedAt + length } : {}),
            }));
      return { classes: classRecords, pupils: pupilRecords, attempts: attemptRecords };
    });
}

/** Another device's copy of some of the same records, some of them changed later. */
function divergedArb(base: ProgressData): fc.Arbitrary<ProgressData> {
  return fc.record({ seed: fc.nat(), later: fc.integer({ min: 0, max: 5000 }) }).map(({ seed, later }) => ({
    classes: base.classes.filter((_, i) => (seed >> i) % 2 === 0),
    pupils: base.pupils.map((p, i) => ((seed + i) % 3 === 0 ? { ...p, name: 'Renamed', updatedAt: p.createdAt + later } : p)),
    attempts: base.attempts.map((a, i) =>
      (seed + i) % 2 === 0
        ? {
            ...a,
            status: 'complete' as const,
            updatedAt: a.updatedAt + later,
            steps: [...a.steps, { sceneId: 'kind', choiceId: 'tell-adult', at: a.updatedAt + later }],
          }
        : a,
    ),
  }));
}

function same(a: ProgressData, b: ProgressData): void {
  expect(canonical(a)).toBe(canonical(b));
}

describe('merging progress', () => {
  it('is idempotent: merging data with itself changes nothing', () => {
    fc.assert(
      fc.property(dataArb(), (data) => {
        same(mergeProgress(data, data), mergeProgress(data));
      }),
    );
  });

  it('does not depend on the order of the files', () => {
    fc.assert(
      fc.property(
        dataArb().chain((base) => fc.tuple(fc.constant(base), divergedArb(base), dataArb())),
        ([a, b, c]) => {
          same(mergeProgress(a, b), mergeProgress(b, a));
          same(mergeProgress(a, b, c), mergeProgress(c, a, b));
          same(mergeProgress(mergeProgress(a, b), c), mergeProgress(a, mergeProgress(b, c)));
        },
      ),
    );
  });

  it('loses no attempt: every attempt id from every file is in the result, at its newest', () => {
    fc.assert(
      fc.property(
        dataArb().chain((base) => fc.tuple(fc.constant(base), divergedArb(base))),
        ([a, b]) => {
          const merged = mergeProgress(a, b);
          const ids = new Set([...a.attempts, ...b.attempts].map((x) => x.id));
          expect(new Set(merged.attempts.map((x) => x.id))).toEqual(ids);
          for (const attempt of merged.attempts) {
            const versions = [...a.attempts, ...b.attempts].filter((x) => x.id === attempt.id);
            expect(attempt.updatedAt).toBe(Math.max(...versions.map((v) => v.updatedAt)));
          }
        },
      ),
    );
  });

  it('plans nothing when the device already has everything', () => {
    fc.assert(
      fc.property(dataArb(), (data) => {
        const plan = planImport(data, [data]);
        expect(plan.put).toEqual({ classes: [], pupils: [], attempts: [], classVotes: [] });
        expect(plan.counts.attempts.unchanged).toBe(data.attempts.length);
      }),
    );
  });
});

describe('export and import on IndexedDB', () => {
  async function fill(db: TomDatabase, data: ProgressData) {
    await db.classes.bulkAdd(data.classes);
    await db.pupils.bulkAdd(data.pupils);
    await putAttempts(db, data.attempts);
  }
  it('export → wipe → import gives back exactly what there was, and importing again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb(), async (data) => {
        const db = open();
        await fill(db, data);
        const text = JSON.stringify(await exportFile(db));
        const before = canonical(await exportData(db));
        await db.delete();
        const fresh = open();
        const opened = await openProgressFile(text, '', unlock);
        expect(opened.ok).toBe(true);
        if (!opened.ok) return;
        await importData(fresh, [opened.value]);
        expect(canonical(await exportData(fresh))).toBe(before);
        const counts = await importData(fresh, [opened.value]);
        expect(counts.attempts.added + counts.attempts.updated).toBe(0);
        await fresh.delete();
      }),
      { numRuns: 40 },
    );
  });

  it("puts every tablet's class together on the teacher's laptop, whatever order the files come in", async () => {
    const classRecord: ClassRecord = { id: 'c1a55000-0000-4000-8000-000000000001', name: 'Year 2 Oak', ageBand: 'ks1', createdAt: 1 };
    const tablet = (n: number): ProgressData => ({
      classes: [classRecord],
      pupils: [{ id: `d0000000-0000-4000-8000-00000000000${n}`, classId: classRecord.id, name: `Pupil ${n}`, avatar: 'fox', createdAt: n }],
      attempts: [
        {
          id: `a0000000-0000-4000-8000-00000000000${n}`,
          pupilId: `d0000000-0000-4000-8000-00000000000${n}`,
          kind: 'lesson',
          activityId: 'posting-kindly-ks1',
          locale: 'en',
          status: 'complete',
          startedAt: 100,
          updatedAt: 200,
          steps: [],
          sceneId: 'the-end',
          stars: 3,
        },
      ],
    });
    const tablets = [1, 2, 3].map(tablet);
    const laptopA = open();
    const laptopB = open();
    await importData(laptopA, tablets);
    for (const file of [...tablets].reverse()) await importData(laptopB, [file]);
    expect(await laptopA.classes.count()).toBe(1);
    expect(await laptopA.pupils.count()).toBe(3);
    expect(canonical(await exportData(laptopA))).toBe(canonical(await exportData(laptopB)));
  });

  it('remembers when the last export was made', async () => {
    const db = open();
    expect(await lastExportAt(db)).toBeUndefined();
    await exportFile(db, new Date('2026-11-20T10:00:00Z'));
    expect(await lastExportAt(db)).toBe(Date.parse('2026-11-20T10:00:00Z'));
  });

  it('refuses an attempt whose pupil is nowhere, and writes nothing', async () => {
    const db = open();
    const [data] = fc.sample(
      dataArb().filter((d) => d.attempts.length > 0),
      { numRuns: 1, seed: 7 },
    );
    const orphan = { ...data!, pupils: [] };
    await expect(importData(db, [orphan])).rejects.toBeInstanceOf(ImportProblem);
    expect(await attemptCount(db)).toBe(0);
  });
});

describe('locked files', () => {
  it('round-trips with the passphrase and is refused with a wrong one', async () => {
    const [data] = fc.sample(dataArb(), { numRuns: 1, seed: 3 });
    const file = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      exportedAt: new Date().toISOString(),
      locked: await lock(JSON.stringify(data), 'Bore da, Blwyddyn 2!', 100_000),
    };
    const text = JSON.stringify(file);
    expect(text).not.toContain(data!.classes[0]!.name);
    const opened = await openProgressFile(text, 'Bore da, Blwyddyn 2!', unlock);
    expect(opened.ok && canonical(opened.value)).toBe(canonical(data));
    expect(await openProgressFile(text, 'bore da, blwyddyn 2!', unlock)).toEqual({ ok: false, problem: { code: 'wrong-passphrase' } });
    expect(await openProgressFile(text, '', unlock)).toEqual({ ok: false, problem: { code: 'needs-passphrase' } });
    // A changed byte in the locked data is caught by AES-GCM's check, not read as data.
    const tampered = { ...file, locked: { ...file.locked, data: (file.locked.data[0] === 'A' ? 'B' : 'A') + file.locked.data.slice(1) } };
    expect((await openProgressFile(JSON.stringify(tampered), 'Bore da, Blwyddyn 2!', unlock)).ok).toBe(false);
  });
});

// ---- hostile and broken files ----

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Ways to break a good file, each of which must be refused. */
const breakers: { name: string; code?: FileProblemCode; make: (good: Record<string, Json>, text: string, n: number) => string }[] = [
  { name: 'truncated', make: (_, text, n) => text.slice(0, 1 + (n % (text.length - 2))) },
  { name: 'empty', code: 'empty', make: () => '   ' },
  {
    name: 'not JSON',
    code: 'not-json',
    make: (_, __, n) => ['<html><script>alert(1)</script>', 'BEGIN:VCARD', '{"format":', 'null,'][n % 4]!,
  },
  {
    name: 'another program’s JSON',
    code: 'not-progress-file',
    make: (_, __, n) => JSON.stringify([{ name: 'x' }, [], 'text', 42, { format: 'other' }][n % 5]),
  },
  {
    name: 'newer version',
    code: 'newer-version',
    make: (good, __, n) => JSON.stringify({ ...good, formatVersion: FORMAT_VERSION + 1 + n }),
  },
  { name: 'version zero', code: 'older-version', make: (good) => JSON.stringify({ ...good, formatVersion: 0 }) },
  {
    name: 'HTML in a pupil name',
    code: 'unsafe-name',
    make: (good, _, n) => {
      const names = [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        'Sam<b>',
        '"><svg onload=alert(1)>',
        '{{constructor}}',
        'Ava\u0000',
        `${'A'.repeat(25)}`,
      ];
      const data = good.data as { pupils: { name: string }[] };
      return JSON.stringify({
        ...good,
        data: { ...data, pupils: data.pupils.map((p, i) => (i === 0 ? { ...p, name: names[n % names.length]! } : p)) },
      });
    },
  },
  {
    name: 'HTML in a class name',
    code: 'unsafe-name',
    make: (good) => {
      const data = good.data as { classes: { name: string }[] };
      return JSON.stringify({ ...good, data: { ...data, classes: [{ ...data.classes[0]!, name: '<i>Oak</i>' }] } });
    },
  },
  {
    name: 'a field of the wrong type',
    code: 'invalid',
    make: (good, _, n) => {
      const data = structuredClone(good.data) as Record<string, Record<string, Json>[]>;
      const table = (['classes', 'pupils', 'attempts'] as const)[n % 3]!;
      const record = data[table]![0]!;
      const keys = Object.keys(record);
      const key = keys[n % keys.length]!;
      const wrong: Json[] = [null, 42, 'text', true, [], {}, -1, 1.5, '1'.repeat(300)];
      let value = wrong[n % wrong.length]!;
      if (canonical(value) === canonical(record[key]!) || typeof value === typeof record[key]) value = [value];
      record[key] = value;
      return JSON.stringify({ ...good, data });
    },
  },
  {
    name: 'an unknown field (or __proto__)',
    code: 'invalid',
    make: (good, text, n) =>
      n % 2 === 0
        ? text.replace('"classes":[{', '"classes":[{"__proto__":{"admin":true},')
        : JSON.stringify({ ...good, data: { ...(good.data as object), extra: [] } }),
  },
  {
    name: 'a required field missing',
    code: 'invalid',
    make: (_, text, n) => text.replace([/"avatar":"[a-z]+",?/, /"ageBand":"ks\d",?/, /"exportedAt":"[^"]+",?/][n % 3]!, ''),
  },
  {
    name: 'a repeated id',
    code: 'duplicate-id',
    make: (good) => {
      const data = good.data as { pupils: Json[] };
      return JSON.stringify({ ...good, data: { ...data, pupils: [...data.pupils, data.pupils[0]!] } });
    },
  },
  {
    name: 'impossible numbers',
    code: 'invalid',
    make: (_, text, n) => text.replace(/"createdAt":\d+/, `"createdAt":${['-5', '1e300', '0.5', '99999999999999999'][n % 4]}`),
  },
  {
    name: 'a locked file with a broken lock',
    code: 'invalid',
    make: (good, _, n) =>
      JSON.stringify({
        format: FORMAT,
        formatVersion: FORMAT_VERSION,
        exportedAt: good.exportedAt,
        locked: {
          cipher: 'AES-GCM',
          kdf: 'PBKDF2-SHA-256',
          iterations: [1, 10 ** 12, 600_000][n % 3],
          salt: 'not base64!',
          iv: '',
          data: '',
        },
      }),
  },
];

describe('bad and hostile files', () => {
  it('refuses each of 1,400 broken files with a reason, and the database stays byte-for-byte the same', async () => {
    const [data] = fc.sample(
      dataArb().filter((d) => d.pupils.length > 1 && d.attempts.length > 0),
      { numRuns: 1, seed: 11 },
    );
    const db = open();
    await db.classes.bulkAdd(data!.classes);
    await db.pupils.bulkAdd(data!.pupils);
    await putAttempts(db, data!.attempts);
    await db.settings.put({ key: 'lastExportAt', value: 1 });
    const good = JSON.parse(
      JSON.stringify({ format: FORMAT, formatVersion: FORMAT_VERSION, exportedAt: '2026-11-25T09:00:00.000Z', data }),
    ) as Record<string, Json>;
    const goodText = JSON.stringify(good);
    const dump = async () =>
      canonical({
        classes: await db.classes.orderBy('id').toArray(),
        pupils: await db.pupils.orderBy('id').toArray(),
        attempts: await allAttempts(db).then((all) => all.sort((a, b) => (a.id < b.id ? -1 : 1))),
        settings: await db.settings.orderBy('key').toArray(),
      });
    const before = await dump();
    let refused = 0;
    for (let n = 0; n < 100; n += 1) {
      for (const breaker of breakers) {
        const text = breaker.make(good, goodText, n);
        expect(text, `${breaker.name} #${n} must differ from the good file`).not.toBe(goodText);
        const opened = await openProgressFile(text, '', unlock);
        if (opened.ok) {
          // Shape and names were fine, so the links must be what is wrong: the import says so.
          await expect(importData(db, [opened.value]), `${breaker.name} #${n}`).rejects.toBeInstanceOf(ImportProblem);
        } else if (breaker.code) {
          expect(opened.problem.code, `${breaker.name} #${n}`).toBe(breaker.code);
        }
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThanOrEqual(1000);
    expect(await dump()).toBe(before);
  }, 60_000);

  it('refuses a file too big to be real before reading it', () => {
    expect(readProgressFile(' '.repeat(21 * 1024 * 1024))).toEqual({ ok: false, problem: { code: 'too-big' } });
  });

  it('says where the problem is, counting from one', () => {
    const text = JSON.stringify({
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      exportedAt: '2026-11-25T09:00:00.000Z',
      data: {
        classes: [{ id: 'c1', name: 'Oak', ageBand: 'ks1', createdAt: 1 }],
        pupils: [
          { id: 'p1', classId: 'c1', name: 'Ava', avatar: 'fox', createdAt: 1 },
          { id: 'p2', classId: 'c1', name: '<b>Sam</b>', avatar: 'owl', createdAt: 1 },
        ],
        attempts: [],
      },
    });
    expect(readProgressFile(text)).toEqual({ ok: false, problem: { code: 'unsafe-name', where: 'pupils → 2 → name' } });
  });
});
