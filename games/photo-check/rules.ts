/**
 * Photo Check, the rules: what must be covered before a photo is posted, what a round holds, and
 * the score. Pure, no Phaser. Each photo is judged as steps: one for each thing in it (cover it,
 * or fine to show), then the decision to post it or not. The words-only twin asks the steps one by
 * one; the canvas game is a hunt (below) whose taps are recorded as the same steps.
 */
import type { AgeBand, GameMistake, GameResult, Translate } from '../contract';
import type { Photo, PhotoDetail, PhotoDetailKind } from '../../src/schemas/game';
import { shuffle } from '../../src/lib/shuffle';
import { tallyRound } from '../shared/tally';
import { clockFor } from '../shared/clock';
import { choiceParts, replyParts, type Reply } from '../shared/reading';

export const GAME_ID = 'photo-check';

/** Short rounds: 3 photos for ages 5-7, 5 for ages 7-11 (each with a few things to check). */
export const ROUND_SIZE: Record<AgeBand, number> = { ks1: 3, ks2: 5 };

/**
 * What must not be shared: other children (the policy: never post other children from school
 * events), and anything that says where a child goes to school or lives.
 */
const MUST_COVER: ReadonlySet<PhotoDetailKind> = new Set(['other-child', 'school-badge', 'school-name', 'house-number', 'street-name']);

export function mustCover(kind: PhotoDetailKind): boolean {
  return MUST_COVER.has(kind);
}

export type PhotoAction = 'cover' | 'leave' | 'post' | 'keep';

export interface Step {
  photo: Photo;
  /** The detail being checked, or undefined for the post decision. */
  detailId: string | undefined;
}

/** A photo's steps: each detail, then the decision. */
export function stepsOf(photo: Photo): Step[] {
  return [...photo.details.map((d) => ({ photo, detailId: d.id })), { photo, detailId: undefined }];
}

/** The id a step is stored under: "<photo>/<detail>", or "<photo>/post" for the decision. */
export const stepId = (step: Step): string => `${step.photo.id}/${step.detailId ?? 'post'}`;

export function answerFor(step: Step): PhotoAction {
  if (step.detailId === undefined) return step.photo.postable ? 'post' : 'keep';
  const detail = step.photo.details.find((d) => d.id === step.detailId)!;
  return mustCover(detail.kind) ? 'cover' : 'leave';
}

/** The choices a step offers: cover or leave for a detail, post or keep for the decision. */
export function actionsFor(step: Step): [PhotoAction, PhotoAction] {
  return step.detailId === undefined ? ['post', 'keep'] : ['cover', 'leave'];
}

/** The band's photos, at least one that should not be posted at all where the band has one. */
export function pickRound(items: readonly Photo[], band: AgeBand, random: () => number = Math.random): Photo[] {
  const pool = shuffle(
    items.filter((p) => p.bands.includes(band)),
    random,
  );
  const size = Math.min(ROUND_SIZE[band], pool.length);
  const firstOfEach = [pool.find((p) => p.postable), pool.find((p) => !p.postable)].filter((p): p is Photo => p !== undefined);
  const rest = pool.filter((p) => !firstOfEach.includes(p));
  return shuffle([...firstOfEach, ...rest.slice(0, Math.max(0, size - firstOfEach.length))], random);
}

/**
 * The clock on each thing to check (and on the decision): seconds at level 1 by band, one level
 * a photo, so the last photos are checked against a quicker clock. Ages 5-7 get longer.
 */
export const CLOCK_SECONDS: Record<AgeBand, number> = { ks1: 15, ks2: 10 };
/** levelOf(photo) and clockSeconds(band, photo), for the photo-th photo from 0; never under 7 s. */
export const { levelOf, clockSeconds } = clockFor({ seconds: CLOCK_SECONDS, levelEvery: 1, floor: 7 });

/** `action` is null when the clock ran out first: no point, and no mistake (nothing was believed). */
export function judge(step: Step, action: PhotoAction | null): { correct: boolean; mistake?: GameMistake } {
  if (action === null) return { correct: false };
  if (action === answerFor(step)) return { correct: true };
  return { correct: false, mistake: { itemId: stepId(step), chosen: action, misconception: misconceptionOf(step) } };
}

/** Leaving another child in shows the background matters; leaving a badge or door number in, that photos show more than you think. */
function misconceptionOf(step: Step): string {
  if (step.detailId === undefined) return step.photo.misconception;
  const kind = step.photo.details.find((d) => d.id === step.detailId)!.kind;
  if (kind === 'other-child') return 'background-does-not-matter';
  if (mustCover(kind)) return 'photos-show-nothing';
  return 'everything-must-be-hidden';
}

/** What Tom says after a wrong choice at a step. */
export function whyFor(step: Step): string {
  if (step.detailId === undefined) return step.photo.whyPost;
  return step.photo.details.find((d) => d.id === step.detailId)!.why;
}

export interface Answer {
  step: Step;
  /** What the pupil chose, or null when the clock ran out first. */
  action: PhotoAction | null;
}

export function tally(answers: readonly Answer[], durationMs: number): GameResult {
  return tallyRound(
    GAME_ID,
    answers.map((a) => judge(a.step, a.action)),
    durationMs,
  );
}

/*
 * The hunt. On the canvas each photo is a scene to search: the pupil taps (or moves the lens to
 * and presses Enter on) what gives too much away, and a sticker goes on it. Things that are fine
 * to leave are in the scene too, so every tap is a choice. The hunt ends when everything that
 * must be covered is covered, when the pupil says they have finished looking, or when the clock
 * runs out; then comes the decision to post. What the hunt found is recorded as the same steps
 * the words-only twin asks one by one (`huntAnswers`), so the score, the mistakes and their ids
 * are the same whichever way the pupil played.
 */

/** How near (in photo pixels) a tap must be to a thing's centre to touch it: 88 across, 44 CSS px or more on a phone. */
export const HIT_RADIUS = 44;

/** The lens moves in steps this size (photo pixels), over a grid that reaches every thing in every photo. */
export const LENS_STEP = 40;
export const PHOTO_SIZE = { width: 600, height: 300 } as const;

/** The lens's places: columns and rows of the grid, from 20 px in. */
export const LENS_GRID = {
  columns: Math.ceil((PHOTO_SIZE.width - LENS_STEP / 2) / LENS_STEP),
  rows: Math.ceil((PHOTO_SIZE.height - LENS_STEP / 2) / LENS_STEP),
};

/** The lens starts each hunt near the top left corner, over nothing, so Enter at once never finds a thing. */
export const LENS_START = { column: 1, row: 1 } as const;

/** Where a lens at grid cell (column, row) looks, in photo pixels. */
export function lensPoint(column: number, row: number): { x: number; y: number } {
  return { x: LENS_STEP / 2 + column * LENS_STEP, y: LENS_STEP / 2 + row * LENS_STEP };
}

/** One step of the lens by an arrow key, stopping at the edges (it never wraps, so it never jumps). */
export function moveLens(at: { column: number; row: number }, dx: number, dy: number): { column: number; row: number } {
  return {
    column: Math.min(LENS_GRID.columns - 1, Math.max(0, at.column + dx)),
    row: Math.min(LENS_GRID.rows - 1, Math.max(0, at.row + dy)),
  };
}

/**
 * Where a thing is touched: a child's face (faces are what must not be shared), a door's number
 * plate, a tree's leaves; otherwise where the content puts it.
 */
const TOUCH_OFFSET: Partial<Record<PhotoDetailKind, readonly [number, number]>> = {
  me: [0, -27],
  'other-child': [0, -22],
  'house-number': [0, -22],
  tree: [0, -10],
  dog: [8, -4],
};

export function spotCentre(detail: PhotoDetail): { x: number; y: number } {
  const [dx, dy] = TOUCH_OFFSET[detail.kind] ?? [0, 0];
  return { x: detail.x + dx, y: detail.y + dy };
}

/** The thing at a point of the photo: the nearest within reach, or undefined for plain background. */
export function spotAt(photo: Photo, x: number, y: number): PhotoDetail | undefined {
  let best: PhotoDetail | undefined;
  let bestDistance = HIT_RADIUS;
  for (const detail of photo.details) {
    const c = spotCentre(detail);
    const distance = Math.hypot(c.x - x, c.y - y);
    if (distance <= bestDistance) {
      best = detail;
      bestDistance = distance;
    }
  }
  return best;
}

/** What the pupil has done in one photo's hunt so far. */
export interface Hunt {
  photo: Photo;
  /** Things covered with a sticker, in the order found. */
  covered: readonly string[];
  /** Things fine to show that the pupil tapped anyway (each a mistake, once). */
  tappedFine: readonly string[];
}

export const startHunt = (photo: Photo): Hunt => ({ photo, covered: [], tappedFine: [] });

/**
 * What a tap on a thing does: `covered` (a sticker goes on), `fine` (it is fine to show: Tom says
 * why, and it counts as a mistake), or `again` (already covered, or already explained: nothing).
 */
export type TapOutcome = 'covered' | 'fine' | 'again';

export function tapSpot(hunt: Hunt, detailId: string): { hunt: Hunt; outcome: TapOutcome } {
  const detail = hunt.photo.details.find((d) => d.id === detailId);
  if (!detail || hunt.covered.includes(detailId) || hunt.tappedFine.includes(detailId)) return { hunt, outcome: 'again' };
  if (mustCover(detail.kind)) return { hunt: { ...hunt, covered: [...hunt.covered, detailId] }, outcome: 'covered' };
  return { hunt: { ...hunt, tappedFine: [...hunt.tappedFine, detailId] }, outcome: 'fine' };
}

/** The things in a photo that must be covered. */
export const toCover = (photo: Photo): PhotoDetail[] => photo.details.filter((d) => mustCover(d.kind));

/** Everything that must be covered is covered: the hunt is won. */
export const huntComplete = (hunt: Hunt): boolean => toCover(hunt.photo).every((d) => hunt.covered.includes(d.id));

/** What the pupil did not find: Tom points at these when the hunt ends, and covers them. */
export const missed = (hunt: Hunt): PhotoDetail[] => toCover(hunt.photo).filter((d) => !hunt.covered.includes(d.id));

/**
 * The hunt as the twin's steps: a thing found was covered; a thing fine to show was covered if
 * tapped (a mistake, "everything must be hidden"), and left if not. A thing not found depends on
 * how the hunt ended: when the pupil said they had finished looking, they chose to leave it (a
 * mistake, as leaving it is in the twin, so the class report learns what they think); when the
 * clock ran out, nothing was decided (no point and no mistake, as for any clock).
 */
export function huntAnswers(hunt: Hunt, ended: 'finished' | 'time' = 'time'): Answer[] {
  return stepsOf(hunt.photo)
    .filter((step) => step.detailId !== undefined)
    .map((step) => {
      const id = step.detailId!;
      if (answerFor(step) === 'cover') return { step, action: hunt.covered.includes(id) ? 'cover' : ended === 'finished' ? 'leave' : null };
      return { step, action: hunt.tappedFine.includes(id) ? 'cover' : 'leave' };
    });
}

/** Points so far in this hunt, shown the moment a sticker goes on; things rightly left score when the hunt ends. */
export function huntPoints(hunt: Hunt, ended: boolean): number {
  return ended ? huntAnswers(hunt).filter((a) => judge(a.step, a.action).correct).length : hunt.covered.length;
}

/** Finds this close together (ms) make a combo: "2 quick finds!". */
export const COMBO_MS = 5000;

/** The combo after a find at `now`: one more if the last find was recent, else a new run of 1. */
export function comboAfter(combo: { count: number; at: number } | undefined, now: number): { count: number; at: number } {
  return { count: combo && now - combo.at <= COMBO_MS ? combo.count + 1 : 1, at: now };
}

/**
 * The hunt's clock: longer than a single choice, a level a photo as the decisions' clock. Ages 5-7
 * get longer, and every hunt leaves time to look at the whole scene.
 */
export const HUNT_SECONDS: Record<AgeBand, number> = { ks1: 45, ks2: 35 };
export const { clockSeconds: huntSeconds } = clockFor({ seconds: HUNT_SECONDS, levelEvery: 1, floor: 20 });

/** What Tom says after `action` (null: the clock ran out), the same on the canvas and read aloud. */
export function replyTo(step: Step, action: PhotoAction | null, t: Translate): Reply {
  const answer = answerFor(step);
  if (action === null) {
    return {
      correct: false,
      headline: t('game.timeUp'),
      detail: [t('photoCheck.theCall', { action: t(`photoCheck.action.${answer}`) }), whyFor(step)],
    };
  }
  const { correct } = judge(step, action);
  return {
    correct,
    headline: correct ? t('photoCheck.right') : t('photoCheck.notQuite'),
    detail: [correct ? t(`photoCheck.done.${answer}`) : whyFor(step)],
  };
}

/**
 * Tom's reply when a hunt ends: everything covered, or what he covered for the pupil and why (the
 * first two reasons, then how many more).
 */
export function huntReply(hunt: Hunt, ended: 'finished' | 'time', t: Translate): Reply {
  const left = missed(hunt);
  if (left.length === 0) return { correct: true, headline: t('photoCheck.allFound'), detail: [t('photoCheck.allFoundWhy')] };
  const shown = left.slice(0, 2).map((d) => d.why);
  if (left.length > 2) shown.push(t('photoCheck.andMore', { n: left.length - 2 }));
  return {
    correct: false,
    headline: ended === 'time' ? t('game.timeUp') : t('photoCheck.notQuite'),
    detail: [t('photoCheck.tomCovered'), ...shown],
  };
}

/** The hunt's words as its turn starts (the button's choice parts follow them). */
export const huntWords = (hunt: Hunt, t: Translate): string[] => [
  hunt.photo.caption,
  t('photoCheck.hunt'),
  `${t('photoCheck.found', { n: hunt.covered.length, total: toCover(hunt.photo).length })}.`,
];

/**
 * Every part a round at this band can read aloud: each photo's hunt (its words, the button, and
 * every reply Tom can give when it ends), then the question whether to post it, its choices and
 * every reply. (What the lens passes over is said to screen readers, not read from recordings.)
 */
export function spoken(photos: readonly Photo[], t: Translate, band: AgeBand): string[] {
  return photos
    .filter((p) => p.bands.includes(band))
    .flatMap((photo) => {
      const step = stepsOf(photo).at(-1)!;
      const actions = actionsFor(step);
      // Whatever is left when a hunt ends, Tom's reply is made of these parts: any thing's reason
      // may be among the two he gives, then "and N more".
      const cover = toCover(photo);
      // The first n things left showing: n = 0 is everything covered.
      const leaving = (n: number): Hunt => ({ ...startHunt(photo), covered: cover.slice(n).map((d) => d.id) });
      return [
        ...huntWords(startHunt(photo), t),
        ...choiceParts([t('photoCheck.action.done')]),
        ...replyParts(huntReply(leaving(0), 'finished', t)),
        ...cover.flatMap((_, i) => (['finished', 'time'] as const).flatMap((ended) => replyParts(huntReply(leaving(i + 1), ended, t)))),
        // The results give the reason for each mistake: a thing left showing, or a thing covered that was fine.
        ...photo.details.map((d) => d.why),
        photo.caption,
        t('photoCheck.postQuestion'),
        ...choiceParts(actions.map((a) => t(`photoCheck.action.${a}`))),
        ...[...actions, null].flatMap((a) => replyParts(replyTo(step, a, t))),
      ];
    });
}
