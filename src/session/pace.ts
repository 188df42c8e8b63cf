/**
 * The game pace chosen on this device: with a clock, or "take your time" (no clock). Kept in
 * localStorage, like the sound setting, so a pupil who needs longer does not have to ask for it
 * at every game; a teacher sets it once on that pupil's device.
 */
import type { Pace } from '../../games/contract';

const KEY = 'terrific-tom.pace';

export function loadPace(): Pace {
  try {
    return localStorage.getItem(KEY) === 'relaxed' ? 'relaxed' : 'timed';
  } catch {
    return 'timed';
  }
}

export function savePace(pace: Pace): void {
  try {
    localStorage.setItem(KEY, pace);
  } catch {
    // Without storage the choice lasts for this page.
  }
}
