/**
 * Whether the teacher screens are unlocked in this tab. The unlock is kept in sessionStorage, so
 * closing the tab locks them again, and it ends the moment the device goes to pupils:
 * - any pupil page opening, in any tab (it writes a new lock mark in localStorage, which every
 *   unlock in every tab must match),
 * - "Hand to pupils" or "Lock" on a teacher screen,
 * - 10 minutes without a tap, key or scroll on a teacher screen: a class laptop is often left open.
 * A mark rather than a time, so a device whose clock jumps cannot reopen the screens.
 */
import { browserStores, LOCK_MARK_KEY, UNLOCK_KEY, type TeacherStores } from './teacher-lock';

export { lockTeacher, LOCK_MARK_KEY, type TeacherStores } from './teacher-lock';

export const IDLE_LIMIT_MS = 10 * 60 * 1000;
/** Activity is written at most this often: a scroll fires many events a second. */
const ACTIVITY_WRITE_MS = 1000;

interface Unlock {
  /** The lock mark when the PIN was typed; a newer mark means the device went to pupils since. */
  mark: string | null;
  /** When a teacher last tapped, typed or scrolled on a teacher screen. */
  activeAt: number;
}

function lockMark(stores: TeacherStores): string | null {
  try {
    return stores.local.getItem(LOCK_MARK_KEY);
  } catch {
    // No localStorage: pupil pages in other tabs cannot lock this one, but everything else still does.
    return null;
  }
}

function readUnlock(stores: TeacherStores): Unlock | null {
  try {
    const value = JSON.parse(stores.session.getItem(UNLOCK_KEY) ?? 'null') as unknown;
    if (value && typeof value === 'object' && 'mark' in value && 'activeAt' in value) {
      const { mark, activeAt } = value;
      if ((mark === null || typeof mark === 'string') && typeof activeAt === 'number') return { mark, activeAt };
    }
  } catch {
    // Storage blocked or a hand-edited value: locked.
  }
  return null;
}

function writeUnlock(unlock: Unlock, stores: TeacherStores): void {
  try {
    stores.session.setItem(UNLOCK_KEY, JSON.stringify(unlock));
  } catch {
    // No sessionStorage: the unlock lasts for this page only.
  }
}

/** How long until the teacher screens lock for want of use; 0 when they are locked already. */
export function msUntilTeacherLock(now = Date.now(), stores = browserStores): number {
  const unlock = readUnlock(stores);
  if (!unlock || unlock.mark !== lockMark(stores)) return 0;
  const idle = now - unlock.activeAt;
  // A clock that went backwards locks too, rather than keeping the screens open until it catches up.
  if (idle < 0 || idle >= IDLE_LIMIT_MS) return 0;
  return IDLE_LIMIT_MS - idle;
}

export function teacherUnlocked(now = Date.now(), stores = browserStores): boolean {
  return msUntilTeacherLock(now, stores) > 0;
}

export function unlockTeacher(now = Date.now(), stores = browserStores): void {
  writeUnlock({ mark: lockMark(stores), activeAt: now }, stores);
}

/** A tap, key or scroll on a teacher screen: the 10 minutes start again, unless they are over. */
export function noteTeacherActivity(now = Date.now(), stores = browserStores): boolean {
  const unlock = readUnlock(stores);
  if (!unlock || !teacherUnlocked(now, stores)) return false;
  if (now - unlock.activeAt >= ACTIVITY_WRITE_MS) writeUnlock({ ...unlock, activeAt: now }, stores);
  return true;
}
