/**
 * Kind Comments, the rules: which comments a round uses, what each action means, and the score.
 * Pure functions, no Phaser: the canvas game and the text-only game both play by these.
 */
import type { AgeBand, GameMistake, GameResult, Translate } from '../contract';
import type { CommentAction, KindComment } from '../../src/schemas/game';
import { shuffle } from '../../src/lib/shuffle';
import { tallyRound } from '../shared/tally';
import { clockFor } from '../shared/clock';
import { choiceParts, replyParts, type Reply } from '../shared/reading';

export const GAME_ID = 'kind-comments';

/** Short rounds: about three minutes for ages 5-7, four or five for ages 7-11. */
export const ROUND_SIZE: Record<AgeBand, number> = { ks1: 6, ks2: 10 };

/** Ages 5-7 choose between two actions; ages 7-11 can also report to a trusted adult. */
export function actionsFor(band: AgeBand): CommentAction[] {
  return band === 'ks1' ? ['send', 'change'] : ['send', 'change', 'report'];
}

/**
 * The comments for one round, in play order: only those for the age band, at least one of each
 * action the band can take (so every round teaches all of them), the rest at random.
 */
export function pickRound(items: readonly KindComment[], band: AgeBand, random: () => number = Math.random): KindComment[] {
  const pool = shuffle(
    items.filter((c) => c.bands.includes(band)),
    random,
  );
  const size = Math.min(ROUND_SIZE[band], pool.length);
  const firstOfEach = actionsFor(band)
    .map((action) => pool.find((c) => c.answer === action))
    .filter((c): c is KindComment => c !== undefined);
  const rest = pool.filter((c) => !firstOfEach.includes(c));
  return shuffle([...firstOfEach, ...rest.slice(0, Math.max(0, size - firstOfEach.length))], random);
}

/**
 * The clock on each comment: seconds at level 1 by band (ages 5-7 get longer: many are still
 * learning to read), a new level every LEVEL_SIZE comments with a quicker clock.
 */
export const CLOCK_SECONDS: Record<AgeBand, number> = { ks1: 20, ks2: 13 };
export const LEVEL_SIZE = 3;
/** levelOf(turn) and clockSeconds(band, turn), for the turn-th comment from 0; never under 8 s. */
export const { levelOf, clockSeconds } = clockFor({ seconds: CLOCK_SECONDS, levelEvery: LEVEL_SIZE, floor: 8 });

export interface Judgement {
  correct: boolean;
  /** Set when the choice was wrong, for the teacher's report. */
  mistake?: GameMistake;
}

/** `action` is null when the clock ran out first: no point, and no mistake (nothing was believed). */
export function judge(comment: KindComment, action: CommentAction | null): Judgement {
  if (action === null) return { correct: false };
  if (action === comment.answer) return { correct: true };
  return {
    correct: false,
    mistake: {
      itemId: comment.id,
      chosen: action,
      misconception: comment.misconception,
    },
  };
}

export interface Answer {
  comment: KindComment;
  /** What the pupil chose, or null when the clock ran out first. */
  action: CommentAction | null;
}

/** The result the page stores: one point for each comment handled as Tom would. */
export function tally(answers: readonly Answer[], durationMs: number): GameResult {
  return tallyRound(
    GAME_ID,
    answers.map((a) => judge(a.comment, a.action)),
    durationMs,
  );
}

/** What a comment's turn says: who wrote it, then what it says. */
export function commentWords(comment: KindComment, t: Translate): string[] {
  return [`${t(`kindComments.author.${comment.author}`)}:`, comment.text];
}

/** What Tom says after `action` (null: the clock ran out), the same on the canvas and read aloud. */
export function replyTo(comment: KindComment, action: CommentAction | null, t: Translate): Reply {
  if (action === null) {
    return {
      correct: false,
      headline: t('game.timeUp'),
      detail: [t('kindComments.theCall', { action: t(`kindComments.action.${comment.answer}`) }), comment.why],
    };
  }
  const { correct } = judge(comment, action);
  return {
    correct,
    headline: correct ? t('kindComments.right') : t('kindComments.notQuite'),
    detail: [
      correct
        ? action === 'change'
          ? t('kindComments.nowItSays', { text: comment.kinder ?? '' })
          : action === 'report'
            ? t('kindComments.told')
            : t('kindComments.sent')
        : comment.why,
    ],
  };
}

/** Every part a round at this band can read aloud: each comment, the choices, every reply. */
export function spoken(items: readonly KindComment[], t: Translate, band: AgeBand): string[] {
  const actions = actionsFor(band);
  const choices = choiceParts(actions.map((a) => t(`kindComments.action.${a}`)));
  return items
    .filter((c) => c.bands.includes(band))
    .flatMap((c) => [...commentWords(c, t), ...choices, ...[...actions, null].flatMap((a) => replyParts(replyTo(c, a, t)))]);
}
