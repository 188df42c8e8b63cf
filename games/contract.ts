/**
 * The contract between the site and a game. A game knows nothing of storage, pages or the sound
 * library: it is handed its words, its items, a way to make sounds and a callback for the result.
 * The site imports only a game's index.ts; Phaser arrives through the dynamic import in mount().
 */
export type AgeBand = 'ks1' | 'ks2';

/** What the pupil got wrong, by id: never text, so reports survive rewording and translation. */
export interface GameMistake {
  itemId: string;
  chosen: string;
  misconception: string;
}

export interface GameResult {
  gameId: string;
  score: number;
  maxScore: number;
  durationMs: number;
  mistakes: GameMistake[];
}

/** The sounds a game may ask for; the page decides how (and whether) they play. */
export type Effect = 'tap' | 'right' | 'wrong' | 'finish';

export interface GameSound {
  effect(name: Effect): void;
  music(playing: boolean): void;
}

/** A fixed translation function for the page's language, filling {{name}} placeholders. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The two shapes a game's playfield comes in, in game pixels: wide for laptops, whiteboards and
 * tablets on their side, tall for phones and tablets held upright. The page picks one from the
 * space it has (src/lib/game-fit.ts) and the game lays itself out for it. `minFont` is the
 * smallest text a game draws in that shape: the page never shows the playfield so small that it
 * would fall under 16 CSS pixels.
 */
export type Orientation = 'landscape' | 'portrait';

export const STAGES: Readonly<Record<Orientation, { width: number; height: number; minFont: number }>> = {
  landscape: { width: 960, height: 600, minFont: 17 },
  portrait: { width: 480, height: 854, minFont: 22 },
};

/**
 * How a round is paced: `timed` puts a clock on each turn where the game has one (and the clock
 * gets quicker level by level); `relaxed` ("take your time") turns every clock off, for pupils who
 * need longer and for anyone using a screen reader or a switch (WCAG 2.2.1, timing adjustable).
 */
export type Pace = 'timed' | 'relaxed';

export interface MountOptions<Item = unknown> {
  t: Translate;
  /** The playfield's shape; the page sizes the game's box to it. */
  orientation: Orientation;
  locale: string;
  dir: 'ltr' | 'rtl';
  ageBand: AgeBand;
  /** This round's items, in play order, already chosen for the age band. */
  items: readonly Item[];
  reducedMotion: boolean;
  pace: Pace;
  sound: GameSound;
  /** Called exactly once, when the round ends. */
  onFinish(result: GameResult): void;
  /**
   * What the page's read-aloud button reads now, as parts (the turn's words and its choices, then
   * Tom's reply): called at every turn and every reply. Each part is one recording for a KS1 round.
   */
  onReading?(parts: readonly string[]): void;
}

export interface GameHandle {
  pause(): void;
  resume(): void;
  destroy(): void;
}

export type Mount<Item = unknown> = (el: HTMLElement, opts: MountOptions<Item>) => Promise<GameHandle>;

/**
 * Everything the game page needs from a game: the same shape for every game, so one page plays
 * them all. `games/<id>/index.ts` exports these names; nothing here imports Phaser.
 */
export interface GameModule<Item extends { id: string }> {
  meta: {
    id: string;
    topic: 'respectful-posting' | 'age-limits' | 'sharing-images';
    /** The game's block in the translation files (`kindComments.title`, `kindComments.boxLabel`, …). */
    i18n: string;
    outcomes: readonly string[];
    /** Whether turns have a clock (then the page offers "take your time", which turns it off). */
    clock: boolean;
  };
  /** This round's items, in play order, for the age band (a short round: 3 to 5 minutes). */
  pickRound(items: readonly Item[], band: AgeBand, random?: () => number): Item[];
  /** The instructions, shown and spoken before play. */
  howTo(t: Translate, band: AgeBand): string;
  /**
   * Every part the read-aloud button can read in a round of these items at this band: each turn's
   * words and choices, and every reply Tom can give (right, wrong, or the clock ran out). The
   * narration script records them for both ages (scripts/lib/narration-texts.ts).
   */
  spoken(items: readonly Item[], t: Translate, band: AgeBand): string[];
  /** What Tom says on the results page about a mistake: why, not just "wrong". */
  explain(mistake: GameMistake, items: readonly Item[]): string | undefined;
  mount: Mount<Item>;
  /** Fetches Phaser and the scenes ahead of time, while the pupil reads the instructions. */
  preload(): Promise<void>;
}
