/**
 * Locking the teacher screens, on its own so every pupil page (LockTeacherScreens) carries only
 * this and not the unlock logic in teacher.ts.
 */
export const UNLOCK_KEY = 'terrific-tom.teacher-unlock';
export const LOCK_MARK_KEY = 'terrific-tom.teacher-lock-mark';

export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
/** Where the unlock (this tab) and the lock mark (every tab) are kept; the browser's unless a test gives its own. */
export interface TeacherStores {
  readonly session: Store;
  readonly local: Store;
}
// Getters, so a browser that blocks storage throws inside the try blocks below, not on import.
export const browserStores: TeacherStores = {
  get session() {
    return sessionStorage;
  },
  get local() {
    return localStorage;
  },
};

/** Locks the teacher screens in this tab and, through a new lock mark, in every other tab. */
export function lockTeacher(now = Date.now(), stores = browserStores): void {
  try {
    stores.session.removeItem(UNLOCK_KEY);
  } catch {
    // Nothing to forget.
  }
  try {
    stores.local.setItem(LOCK_MARK_KEY, `${now.toString(36)}-${Math.random().toString(36).slice(2)}`);
  } catch {
    // Other tabs lock when their own 10 minutes run out.
  }
}
