/**
 * What a game's results read aloud, as parts: one function for the game page and the narration
 * script each, so the recorded text is the text the page says. Pure: no DOM.
 */
type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface RoundOutcome {
  /** "2 out of 3 stars", as the page writes it beside the stars. */
  starsLabel: string;
  /** Turns the clock ran out on. */
  timedOut: number;
  /** The round had a clock (so the page suggests "Take your time" when it ran out). */
  timed: boolean;
  /** Tom's reason for each mistake, once each. */
  missed: readonly string[];
  /** Nobody was chosen, so nothing was saved (a pupil's "Saved for Ava" has a name, and no recording). */
  guest: boolean;
}

/**
 * The results, as the page shows them: the heading, the stars, the clock, what Tom says. Read from
 * the site's recordings, so the stars say the score and the lines with numbers (on screen) are
 * not read: there are too many to record, and Welsh numbers change their first letter after "o"
 * ("o bump"), so they cannot be pieced together.
 */
export function resultsParts(t: Translate, o: RoundOutcome): string[] {
  return [
    t('game.resultsHeading'),
    o.starsLabel,
    o.timedOut > 0 && o.timed ? t('game.tryTakeYourTime') : '',
    o.missed.length > 0 ? t('game.tomSays') : '',
    ...o.missed,
    o.guest ? t('game.notSaved') : '',
  ].filter(Boolean);
}
