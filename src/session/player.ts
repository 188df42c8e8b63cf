/**
 * Who is playing on this device. Kept in localStorage so a closed tab or a flat battery mid-lesson
 * brings the same child back to "Welcome back!"; every pupil page shows the player's name and
 * avatar with a one-tap "Not you?" switch, so the next child on a shared device changes it.
 * Only the pupil's id is kept here; the name and avatar stay in IndexedDB.
 */
export type CurrentPlayer = { kind: 'pupil'; pupilId: string } | { kind: 'guest' };

export const PLAYER_KEY = 'terrific-tom.player';

export function currentPlayer(): CurrentPlayer | null {
  try {
    const value = JSON.parse(localStorage.getItem(PLAYER_KEY) ?? 'null') as unknown;
    if (value && typeof value === 'object' && 'kind' in value) {
      if (value.kind === 'guest') return { kind: 'guest' };
      if (value.kind === 'pupil' && 'pupilId' in value && typeof value.pupilId === 'string') {
        return { kind: 'pupil', pupilId: value.pupilId };
      }
    }
  } catch {
    // Storage blocked or a hand-edited value: nobody is playing yet.
  }
  return null;
}

export function choosePlayer(player: CurrentPlayer): void {
  try {
    localStorage.setItem(PLAYER_KEY, JSON.stringify(player));
  } catch {
    // Without localStorage the choice lasts for this page only; the pages still work.
  }
}

export function forgetPlayer(): void {
  try {
    localStorage.removeItem(PLAYER_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/**
 * The address of "Who's playing?" with what it should do, in the fragment (a query would miss the
 * offline copy of the page): `switch` opens straight on the class and animal picker for the next
 * child (the menu's plain link offers to carry on as whoever is playing), and `then` is the lesson
 * or game to go back to once someone is chosen, instead of Tom's map.
 */
export function whoIsPlayingHref(
  base: string,
  { switchPlayer = false, then }: { switchPlayer?: boolean; then?: string | null } = {},
): string {
  const parts = [switchPlayer ? 'switch' : '', then && returnPath.test(then) ? `then=${then}` : ''].filter(Boolean);
  return parts.length > 0 ? `${base}#${parts.join('&')}` : base;
}

/** Only a lesson or game page of this site, so the fragment cannot send a child anywhere else. */
const returnPath = /^\/[a-z]{2,3}\/(lessons|games)\/[a-z0-9-]+\/$/;

export function readWhoIsPlayingHash(hash: string): { switchPlayer: boolean; then: string | null } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const then = params.get('then');
  return { switchPlayer: params.has('switch'), then: then && returnPath.test(then) ? then : null };
}
