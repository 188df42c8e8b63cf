/**
 * Whether the teacher screens are unlocked in this tab. sessionStorage, so closing the tab locks
 * them again, and an hour without a new page locks them too: a class laptop is often left open.
 */
const KEY = 'terrific-tom.teacher-unlocked-until';
const HOUR = 60 * 60 * 1000;

export function teacherUnlocked(now = Date.now()): boolean {
  try {
    const until = Number(sessionStorage.getItem(KEY));
    if (until > now) {
      sessionStorage.setItem(KEY, String(now + HOUR));
      return true;
    }
  } catch {
    // No sessionStorage: ask for the PIN on every page.
  }
  return false;
}

export function unlockTeacher(now = Date.now()): void {
  try {
    sessionStorage.setItem(KEY, String(now + HOUR));
  } catch {
    // The unlock lasts for this page only.
  }
}

export function lockTeacher(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}
