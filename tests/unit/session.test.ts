import { describe, expect, it } from 'vitest';
import {
  IDLE_LIMIT_MS,
  lockTeacher,
  msUntilTeacherLock,
  noteTeacherActivity,
  teacherUnlocked,
  unlockTeacher,
  type TeacherStores,
} from '../../src/session/teacher';
import { readWhoIsPlayingHash, whoIsPlayingHref } from '../../src/session/player';

/** A browser Storage in memory; `blocked` throws as a browser does when storage is turned off. */
class FakeStorage {
  readonly items = new Map<string, string>();
  constructor(readonly blocked = false) {}
  getItem(key: string) {
    if (this.blocked) throw new DOMException('blocked', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.blocked) throw new DOMException('blocked', 'SecurityError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    if (this.blocked) throw new DOMException('blocked', 'SecurityError');
    this.items.delete(key);
  }
}

/** One device: its localStorage shared by every tab, each tab with its own sessionStorage. */
function device() {
  const local = new FakeStorage();
  return { tab: (): TeacherStores => ({ session: new FakeStorage(), local }) };
}

const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const MINUTE = 60_000;

describe('the teacher screens lock', () => {
  it('are locked until the PIN is typed, then stay open while the teacher uses them', () => {
    const tab = device().tab();
    expect(teacherUnlocked(T0, tab)).toBe(false);
    unlockTeacher(T0, tab);
    expect(teacherUnlocked(T0, tab)).toBe(true);
    // Busy for half an hour, never 10 minutes without a tap: still open.
    for (let minute = 9; minute <= 36; minute += 9) expect(noteTeacherActivity(T0 + minute * MINUTE, tab)).toBe(true);
    expect(teacherUnlocked(T0 + 45 * MINUTE - 1, tab)).toBe(true);
  });

  it('after 10 minutes without a tap, key or scroll, and activity after that does not reopen them', () => {
    const tab = device().tab();
    unlockTeacher(T0, tab);
    expect(msUntilTeacherLock(T0 + 4 * MINUTE, tab)).toBe(6 * MINUTE);
    expect(teacherUnlocked(T0 + IDLE_LIMIT_MS - 1, tab)).toBe(true);
    expect(teacherUnlocked(T0 + IDLE_LIMIT_MS, tab)).toBe(false);
    expect(noteTeacherActivity(T0 + IDLE_LIMIT_MS + 1, tab)).toBe(false);
    expect(teacherUnlocked(T0 + IDLE_LIMIT_MS + 2, tab)).toBe(false);
  });

  it('counts the last activity across pages of the same tab, not the moment of unlocking', () => {
    const tab = device().tab();
    unlockTeacher(T0, tab);
    noteTeacherActivity(T0 + 8 * MINUTE, tab);
    // A new page reads the same sessionStorage: 8 + 10 minutes from the PIN.
    expect(msUntilTeacherLock(T0 + 9 * MINUTE, tab)).toBe(9 * MINUTE);
    expect(teacherUnlocked(T0 + 18 * MINUTE - 1, tab)).toBe(true);
    expect(teacherUnlocked(T0 + 18 * MINUTE, tab)).toBe(false);
  });

  it('when a pupil page opens in this tab or any other, or the teacher hands the device over', () => {
    const { tab } = device();
    const teacher = tab();
    const pupil = tab();
    unlockTeacher(T0, teacher);
    lockTeacher(T0 + MINUTE, pupil);
    expect(teacherUnlocked(T0 + MINUTE, teacher)).toBe(false);
    // Typing the PIN again opens them, until the next pupil page.
    unlockTeacher(T0 + 2 * MINUTE, teacher);
    expect(teacherUnlocked(T0 + 2 * MINUTE, teacher)).toBe(true);
    lockTeacher(T0 + 2 * MINUTE, teacher);
    expect(teacherUnlocked(T0 + 2 * MINUTE, teacher)).toBe(false);
  });

  it('a lock in the same millisecond as the unlock still locks, and a clock turned back does not reopen', () => {
    const tab = device().tab();
    unlockTeacher(T0, tab);
    lockTeacher(T0, tab);
    expect(teacherUnlocked(T0, tab)).toBe(false);
    unlockTeacher(T0, tab);
    expect(teacherUnlocked(T0, tab)).toBe(true);
    expect(teacherUnlocked(T0 - MINUTE, tab)).toBe(false);
  });

  it('a new tab asks for the PIN, and blocked storage asks on every page without throwing', () => {
    const { tab } = device();
    const first = tab();
    unlockTeacher(T0, first);
    expect(teacherUnlocked(T0, tab())).toBe(false);

    const blocked: TeacherStores = { session: new FakeStorage(true), local: new FakeStorage(true) };
    expect(() => unlockTeacher(T0, blocked)).not.toThrow();
    expect(teacherUnlocked(T0, blocked)).toBe(false);
    expect(() => lockTeacher(T0, blocked)).not.toThrow();
    expect(noteTeacherActivity(T0, blocked)).toBe(false);
  });

  it('a hand-edited unlock is read as locked', () => {
    const tab = device().tab();
    for (const value of ['{"mark":null}', '{"mark":3,"activeAt":1}', 'yes', '1e99']) {
      (tab.session as FakeStorage).items.set('terrific-tom.teacher-unlock', value);
      expect(teacherUnlocked(T0, tab)).toBe(false);
    }
  });
});

describe("the address of Who's playing", () => {
  it('carries the switch and the lesson or game to come back to', () => {
    expect(whoIsPlayingHref('/en/pupils/')).toBe('/en/pupils/');
    expect(whoIsPlayingHref('/en/pupils/', { switchPlayer: true })).toBe('/en/pupils/#switch');
    const back = whoIsPlayingHref('/cy/pupils/', { then: '/cy/games/kind-comments/' });
    expect(back).toBe('/cy/pupils/#then=/cy/games/kind-comments/');
    expect(readWhoIsPlayingHash(new URL(back, 'http://x').hash)).toEqual({ switchPlayer: false, then: '/cy/games/kind-comments/' });
    expect(readWhoIsPlayingHash('#switch&then=/en/lessons/posting-kindly-ks1/')).toEqual({
      switchPlayer: true,
      then: '/en/lessons/posting-kindly-ks1/',
    });
    expect(readWhoIsPlayingHash('')).toEqual({ switchPlayer: false, then: null });
  });

  it('goes back only to a lesson or game of this site', () => {
    for (const then of [
      'https://example.com/',
      '//example.com/en/games/x/',
      '/en/teachers/classes/',
      '/en/games/x/?a=1',
      'javascript:alert(1)',
    ]) {
      expect(readWhoIsPlayingHash(`#then=${encodeURIComponent(then)}`).then).toBeNull();
      expect(whoIsPlayingHref('/en/pupils/', { then })).toBe('/en/pupils/');
    }
  });
});
