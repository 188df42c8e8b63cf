import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TomDatabase } from '../../src/db/database';
import { avatarChoices, checkClassName, checkName, checkNameList, nextAvatar } from '../../src/lib/roster';
import { addClass, addPupils, deleteClass, deletePupil, getPupil, listClasses, pupilsIn, updatePupil } from '../../src/db/roster';
import { recordStep } from '../../src/db/attempts';
import { avatarIds } from '../../src/lib/avatars';
import { allAttempts } from '../../src/db/packs';

describe('pupil names', () => {
  it('tidies spaces and keeps letters from any language', () => {
    expect(checkName('  Siân   Ll.  ')).toEqual({ ok: true, name: 'Siân Ll.' });
    expect(checkName("D'Arcy-Mae")).toEqual({ ok: true, name: "D'Arcy-Mae" });
    expect(checkName('Zoë')).toEqual({ ok: true, name: 'Zoë' });
  });

  it('refuses empty, over-long and markup names with a reason', () => {
    expect(checkName('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkName('A'.repeat(25))).toEqual({ ok: false, problem: 'too-long' });
    expect(checkName('<img src=x onerror=alert(1)>')).toEqual({ ok: false, problem: 'odd-characters' });
    expect(checkClassName('Year 2 <script>')).toEqual({ ok: false, problem: 'odd-characters' });
  });

  it('refuses a name already in the class, whatever its case', () => {
    expect(checkName('sam', ['Sam'])).toEqual({ ok: false, problem: 'taken' });
  });

  it('checks a pasted list line by line, catching repeats inside the paste', () => {
    const checked = checkNameList('Ava\nSam, Jay\n\nsam\n<b>', ['Priya']);
    expect(checked.map((c) => (c.check.ok ? c.check.name : c.check.problem))).toEqual(['Ava', 'Sam', 'Jay', 'taken', 'odd-characters']);
  });

  it('gives a new class forty different avatars before repeating one', () => {
    expect(avatarIds.length).toBeGreaterThanOrEqual(40);
    const used: (typeof avatarIds)[number][] = [];
    for (let i = 0; i < avatarIds.length; i += 1) used.push(nextAvatar(used));
    expect(new Set(used).size).toBe(avatarIds.length);
    expect(nextAvatar(used)).toBe(avatarIds[0]);
  });

  it('offers a pupil only the animals nobody else in the class has, and their own', () => {
    const others = avatarIds.slice(0, 39);
    expect(avatarChoices(others, 'fox')).toEqual(['fox', avatarIds[39]]);
    expect(avatarChoices(others)).toEqual([avatarIds[39]]);
    expect(avatarChoices([], 'cat')).toEqual([...avatarIds]);
    // A class over forty: nothing is free, so the picker shows every animal rather than none.
    expect(avatarChoices([...avatarIds])).toEqual([...avatarIds]);
    expect(avatarChoices([...avatarIds.filter((id) => id !== 'owl'), 'fox'], 'owl')).toEqual(['owl']);
  });
});

let factory = new IDBFactory();
const open = () => new TomDatabase('roster', { indexedDB: factory, IDBKeyRange });
afterEach(() => {
  factory = new IDBFactory();
});

describe('classes and pupils in IndexedDB', () => {
  it('adds a class and its pupils, listed in register order', async () => {
    const db = open();
    const oak = await addClass(db, 'Year 2 Oak', 'ks1');
    await addPupils(db, oak.id, [
      { name: 'Zara', avatar: 'fox' },
      { name: 'ava', avatar: 'owl' },
    ]);
    expect((await listClasses(db)).map((c) => c.name)).toEqual(['Year 2 Oak']);
    expect((await pupilsIn(db, oak.id)).map((p) => p.name)).toEqual(['ava', 'Zara']);
    const [ava] = await pupilsIn(db, oak.id);
    await updatePupil(db, ava!.id, { name: 'Ava', avatar: 'bee' });
    expect(await getPupil(db, ava!.id)).toMatchObject({ pupil: { name: 'Ava', avatar: 'bee' }, group: { name: 'Year 2 Oak' } });
  });

  it('refuses pupils for a class that does not exist, storing none', async () => {
    const db = open();
    await expect(addPupils(db, 'missing', [{ name: 'Sam', avatar: 'cat' }])).rejects.toThrow(/no class/);
    expect(await db.pupils.count()).toBe(0);
  });

  it('deleting a pupil deletes their attempts and nobody else’s', async () => {
    const db = open();
    const oak = await addClass(db, 'Oak', 'ks2');
    const [sam, jay] = await addPupils(db, oak.id, [
      { name: 'Sam', avatar: 'cat' },
      { name: 'Jay', avatar: 'dog' },
    ]);
    const step = { sceneId: 'a', choiceId: 'b', at: 1 };
    for (const pupil of [sam!, jay!]) {
      await recordStep(db, { pupilId: pupil.id, activityId: 'x', attemptId: undefined, locale: 'en', startedAt: 1, step, sceneId: 'b' });
    }
    await deletePupil(db, sam!.id);
    expect((await allAttempts(db)).map((a) => a.pupilId)).toEqual([jay!.id]);
    expect(await getPupil(db, sam!.id)).toBeUndefined();
  });

  it('deleting a class deletes its pupils and their attempts, and leaves other classes alone', async () => {
    const db = open();
    const oak = await addClass(db, 'Oak', 'ks1');
    const ash = await addClass(db, 'Ash', 'ks2');
    const [sam] = await addPupils(db, oak.id, [{ name: 'Sam', avatar: 'cat' }]);
    const [leo] = await addPupils(db, ash.id, [{ name: 'Leo', avatar: 'lion' }]);
    const step = { sceneId: 'a', choiceId: 'b', at: 1 };
    for (const pupil of [sam!, leo!]) {
      await recordStep(db, { pupilId: pupil.id, activityId: 'x', attemptId: undefined, locale: 'en', startedAt: 1, step, sceneId: 'b' });
    }
    await deleteClass(db, oak.id);
    expect((await listClasses(db)).map((c) => c.name)).toEqual(['Ash']);
    expect((await db.pupils.toArray()).map((p) => p.name)).toEqual(['Leo']);
    expect((await allAttempts(db)).map((a) => a.pupilId)).toEqual([leo!.id]);
  });
});
