/**
 * Social media consent: the rules for who must be left out, the answers kept on IndexedDB with
 * their date so the newest wins a merge, and progress files that carry them (and older files that
 * do not).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TomDatabase, type PupilRecord } from '../../src/db/database';
import { addClass, addPupils, deletePupil, setConsent } from '../../src/db/roster';
import { exportData, exportFile, importData } from '../../src/db/transfer';
import { consentOf, NO_FORM, withheld } from '../../src/lib/consent';
import { FORMAT_VERSION, mergeProgress, planImport } from '../../src/lib/progress-file';
import { applyClassDecisions } from '../../src/lib/progress-file-classes';
import { readProgressFile } from '../../src/lib/progress-file-check';

const pupil = (name: string, consent?: PupilRecord['consent']): PupilRecord => ({
  id: name,
  classId: 'c',
  name,
  avatar: 'fox',
  createdAt: 1,
  ...(consent ? { consent } : {}),
});

describe('consent rules', () => {
  it('reads a missing answer as a form not returned, never as permission', () => {
    expect(consentOf(pupil('Ava'))).toEqual(NO_FORM);
    expect(NO_FORM).toEqual({ images: 'not-returned', work: 'not-returned' });
    expect(consentOf(pupil('Ava', { images: 'yes', work: 'no' }))).toEqual({ images: 'yes', work: 'no' });
  });

  it('lists everyone without a yes, with the reason, in register order', () => {
    const pupils = [
      pupil('zara', { images: 'no', work: 'yes' }),
      pupil('Ava', { images: 'yes', work: 'yes' }),
      pupil('Émile'),
      pupil('Ben', { images: 'not-returned', work: 'no' }),
      pupil('Pupil 10', { images: 'no', work: 'no' }),
      pupil('Pupil 9', { images: 'no', work: 'yes' }),
    ];
    const names = (list: { pupil: PupilRecord; answer: string }[]) => list.map((w) => `${w.pupil.name}: ${w.answer}`);
    expect(names(withheld(pupils, 'images'))).toEqual([
      'Ben: not-returned',
      'Émile: not-returned',
      'Pupil 9: no',
      'Pupil 10: no',
      'zara: no',
    ]);
    expect(names(withheld(pupils, 'work'))).toEqual(['Ben: no', 'Émile: not-returned', 'Pupil 10: no']);
  });

  it('lists nobody when every family said yes', () => {
    const pupils = [pupil('Ava', { images: 'yes', work: 'yes' }), pupil('Ben', { images: 'yes', work: 'yes' })];
    expect(withheld(pupils, 'images')).toEqual([]);
    expect(withheld(pupils, 'work')).toEqual([]);
  });
});

let factory = new IDBFactory();
let dbCount = 0;
const open = () => new TomDatabase(`consent-${(dbCount += 1)}`, { indexedDB: factory, IDBKeyRange });
afterEach(() => {
  factory = new IDBFactory();
  vi.restoreAllMocks();
});

describe('consent on IndexedDB', () => {
  it('setting consent dates the change, so a merge keeps the answer given last', async () => {
    const db = open();
    const oak = await addClass(db, 'Year 2 Oak', 'ks1');
    const [ava] = await addPupils(db, oak.id, [{ name: 'Ava', avatar: 'fox' }]);
    const tablet = await exportData(db);

    vi.spyOn(Date, 'now').mockReturnValue(ava!.createdAt + 60_000);
    await setConsent(db, ava!.id, { images: 'no', work: 'yes' });
    const stored = await db.pupils.get(ava!.id);
    expect(stored).toMatchObject({ name: 'Ava', consent: { images: 'no', work: 'yes' }, updatedAt: ava!.createdAt + 60_000 });

    // The tablet's older copy (no answer yet) does not undo the answer, whichever file comes first.
    const laptop = await exportData(db);
    for (const merged of [mergeProgress(tablet, laptop), mergeProgress(laptop, tablet)]) {
      expect(merged.pupils[0]!.consent).toEqual({ images: 'no', work: 'yes' });
    }
    // A later change of mind on the tablet wins over the laptop's answer.
    const changed = {
      ...tablet,
      pupils: [{ ...tablet.pupils[0]!, consent: { images: 'yes', work: 'yes' } as const, updatedAt: ava!.createdAt + 120_000 }],
    };
    expect(mergeProgress(laptop, changed).pupils[0]!.consent).toEqual({ images: 'yes', work: 'yes' });
    const plan = planImport(laptop, [changed]);
    expect(plan.counts.pupils).toEqual({ added: 0, updated: 1, unchanged: 0 });
  });

  it('goes with the file to a fresh device and is deleted with the pupil', async () => {
    const tablet = open();
    const oak = await addClass(tablet, 'Year 2 Oak', 'ks1');
    const [ava, ben] = await addPupils(tablet, oak.id, [
      { name: 'Ava', avatar: 'fox' },
      { name: 'Ben', avatar: 'owl' },
    ]);
    await setConsent(tablet, ava!.id, { images: 'no', work: 'not-returned' });
    const file = await exportFile(tablet);
    expect(file.formatVersion).toBe(FORMAT_VERSION);

    const read = readProgressFile(JSON.stringify(file));
    expect(read.ok).toBe(true);
    const laptop = open();
    await importData(laptop, [read.ok && 'data' in read.value ? read.value.data : file.data]);
    expect((await laptop.pupils.get(ava!.id))?.consent).toEqual({ images: 'no', work: 'not-returned' });
    expect((await laptop.pupils.get(ben!.id))?.consent).toBeUndefined();

    await deletePupil(laptop, ava!.id);
    expect(JSON.stringify(await laptop.pupils.toArray())).not.toContain('"consent"');
  });
});

describe('a class typed in by hand on two devices, merged by name', () => {
  it("the newer answer wins when a tablet's pupil turns out to be one already on the laptop", () => {
    const laptop = {
      classes: [{ id: 'd1', name: 'Year 2 Oak', ageBand: 'ks1' as const, createdAt: 1 }],
      pupils: [{ ...pupil('Siân', { images: 'yes', work: 'yes' }), id: 'dp-sian', classId: 'd1', updatedAt: 5 }],
    };
    const tablet = (consent: PupilRecord['consent'], updatedAt: number) => ({
      classes: [{ id: 't1', name: 'year 2 oak', ageBand: 'ks1' as const, createdAt: 2 }],
      pupils: [{ ...pupil('Siân', consent), id: 't1-sian', classId: 't1', updatedAt }],
      attempts: [],
    });
    const merge = (file: ReturnType<typeof tablet>) => applyClassDecisions([file], laptop, new Map([['t1', 'd1']])).files[0]!.pupils;

    // The family withdrew consent after the laptop's answer: the laptop's Siân takes the "no".
    expect(merge(tablet({ images: 'no', work: 'yes' }, 9))).toEqual([
      { ...laptop.pupils[0]!, consent: { images: 'no', work: 'yes' }, updatedAt: 9 },
    ]);
    // An older answer, the same answer, or none at all changes nothing on the laptop.
    expect(merge(tablet({ images: 'no', work: 'no' }, 4))).toEqual([]);
    expect(merge(tablet({ images: 'yes', work: 'yes' }, 9))).toEqual([]);
    expect(merge(tablet(undefined, 9))).toEqual([]);
  });

  it('on IndexedDB: merged into the laptop, the answer given last is the one kept, and importing again changes nothing', async () => {
    const now = vi.spyOn(Date, 'now');
    now.mockReturnValue(1_800_000_000_000);
    const laptop = open();
    const oakHere = await addClass(laptop, 'Year 2 Oak', 'ks1');
    const [sianHere] = await addPupils(laptop, oakHere.id, [{ name: 'Siân', avatar: 'fox' }]);
    await setConsent(laptop, sianHere!.id, { images: 'yes', work: 'yes' });

    now.mockReturnValue(1_800_000_100_000);
    const tablet = open();
    const oakThere = await addClass(tablet, 'year 2 oak', 'ks1');
    const [sianThere] = await addPupils(tablet, oakThere.id, [{ name: 'Siân', avatar: 'owl' }]);
    await setConsent(tablet, sianThere!.id, { images: 'no', work: 'yes' });
    const file = await exportData(tablet);

    now.mockReturnValue(1_800_000_200_000);
    const decisions = new Map([[oakThere.id, oakHere.id]]);
    await importData(laptop, [file], decisions);
    const pupils = await laptop.pupils.toArray();
    expect(pupils.map((p) => [p.id, p.name, p.consent])).toEqual([[sianHere!.id, 'Siân', { images: 'no', work: 'yes' }]]);
    const again = await importData(laptop, [file], decisions);
    expect(again.pupils).toEqual({ added: 0, updated: 0, unchanged: 0 });
    expect(await laptop.pupils.toArray()).toEqual(pupils);
  });
});

describe('progress files with consent', () => {
  const fixture = readFileSync('tests/fixtures/imports/v2-consent.json', 'utf8');
  const withConsent = (consent: unknown) => {
    const json = JSON.parse(fixture) as { data: { pupils: Record<string, unknown>[] } };
    json.data.pupils[0]!.consent = consent;
    return JSON.stringify(json);
  };

  it('reads a file with consent answers whole', () => {
    expect(readProgressFile(fixture)).toEqual({ ok: true, value: JSON.parse(fixture) });
  });

  it('refuses an answer that is not one the form has, saying where', () => {
    expect(readProgressFile(withConsent({ images: 'maybe', work: 'yes' }))).toEqual({
      ok: false,
      problem: { code: 'invalid', where: 'data → pupils → 1 → consent → images' },
    });
    for (const bad of [{ images: 'yes' }, { images: 'yes', work: 'yes', video: 'yes' }, 'yes', null, { images: true, work: 'no' }]) {
      expect(readProgressFile(withConsent(bad)), JSON.stringify(bad)).toMatchObject({ ok: false, problem: { code: 'invalid' } });
    }
  });

  it('still reads version 1 files, which have no consent', () => {
    const old = readFileSync('tests/fixtures/imports/v1-photo-check-mistakes.json', 'utf8');
    expect(JSON.parse(old).formatVersion).toBe(1);
    expect(readProgressFile(old)).toEqual({ ok: true, value: JSON.parse(old) });
  });

  it('is a newer version than the files that had no consent, so an older copy says "newer version", not "damaged"', () => {
    // A copy of the site that knows only version 1 refuses anything above it as newer-version
    // before looking inside; this copy's files must therefore not claim to be version 1.
    expect(FORMAT_VERSION).toBeGreaterThan(1);
    expect(readProgressFile(fixture.replace('"formatVersion": 2', `"formatVersion": ${FORMAT_VERSION + 1}`))).toEqual({
      ok: false,
      problem: { code: 'newer-version' },
    });
  });
});
