/**
 * Photo Check, the rules: what must be covered before a photo is posted, what a round holds, and
 * the score. Pure, no Phaser. Each photo is played as steps: one for each thing in it (cover it,
 * or fine to show), then the decision to post it or not.
 */
import type { AgeBand, GameMistake, GameResult, Translate } from '../contract';
import type { Photo, PhotoDetailKind } from '../../src/schemas/game';
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

/** What a step says: the photo's caption, then the thing Tom's lens is on (or the decision). */
export function stepWords(step: Step, t: Translate): string[] {
  const detail = step.photo.details.find((d) => d.id === step.detailId);
  return [step.photo.caption, detail ? t('photoCheck.whatAbout', { thing: detail.label }) : t('photoCheck.postQuestion')];
}

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

/** Every part a round at this band can read aloud: each step of each photo, the choices, every reply. */
export function spoken(photos: readonly Photo[], t: Translate, band: AgeBand): string[] {
  return photos
    .filter((p) => p.bands.includes(band))
    .flatMap(stepsOf)
    .flatMap((step) => {
      const actions = actionsFor(step);
      return [
        ...stepWords(step, t),
        ...choiceParts(actions.map((a) => t(`photoCheck.action.${a}`))),
        ...[...actions, null].flatMap((a) => replyParts(replyTo(step, a, t))),
      ];
    });
}
