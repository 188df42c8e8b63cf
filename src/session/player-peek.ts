/**
 * A few lines that run in the page's <head>, before the first paint, and say on <html
 * data-player> whether a pupil, a guest or nobody is playing (the same reading as
 * currentPlayer()). The player bar and the map show the right state from the first frame, where
 * they used to wait for the page's JavaScript and then appear: text that appears late is what a
 * slow phone counted as the page's largest paint, and a bar that fills in pushes things down.
 * The pupil's name and animal still come from IndexedDB once the page is live.
 *
 * The CSP allows this one inline script by its hash (astro.config.ts), so it must stay plain
 * text with nothing interpolated but the storage key.
 */
import { PLAYER_KEY } from './player';

export type PlayerPeek = 'pupil' | 'guest' | 'nobody';

// Short, as it is in every page: storage that throws leaves v undefined, and anything but a
// guest or a pupil with an id (nothing stored, a hand-edited value) reads as nobody.
export const playerPeekScript =
  `!function(){try{var v=JSON.parse(localStorage.getItem(${JSON.stringify(PLAYER_KEY)}))}catch(e){}` +
  `document.documentElement.dataset.player=v&&v.kind=='guest'?'guest':v&&v.kind=='pupil'&&typeof v.pupilId=='string'?'pupil':'nobody'}()`;

/** The script's CSP source, for security.csp.scriptDirective.hashes. */
export async function playerPeekHash(): Promise<`sha256-${string}`> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(playerPeekScript));
  return `sha256-${Buffer.from(digest).toString('base64')}`;
}
