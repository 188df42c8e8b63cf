/**
 * Kind Comments, the rules: which comments a round uses, what each action means, and the score.
 * Pure functions, no Phaser: the canvas game and the text-only game both play by these.
 */
import type { AgeBand, GameMistake, GameResult, Translate } from '../contract';
import type { CommentAction, KindComment } from '../../src/schemas/game';
import { KINDER } from '../../src/lib/ids';
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

/** How much a comment asks of the pupil: a kind one to send, an unkind one to change, one to tell an adult about. */
export const WEIGHT: Record<CommentAction, number> = { send: 0, change: 1, report: 2 };
/** How far chance moves a comment along the round: more than a step each way, so the order is never fixed. */
const SPREAD = 3;

/**
 * The comments for one round, in play order: only those for the age band, at least one of each
 * action the band can take (so every round teaches all of them), the rest at random. The mix rises
 * with the levels: kind comments come mostly early, the ones to change or to tell an adult about
 * mostly later, with chance mixing them so that no place in the round gives the answer away.
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
  const round = [...firstOfEach, ...rest.slice(0, Math.max(0, size - firstOfEach.length))];
  const place = new Map(round.map((c) => [c, WEIGHT[c.answer] + random() * SPREAD]));
  return round.sort((a, b) => place.get(a)! - place.get(b)!);
}

/**
 * The clock on each comment: seconds at level 1 by band (ages 5-7 get longer: many are still
 * learning to read), a new level every LEVEL_SIZE comments with a quicker clock.
 */
export const CLOCK_SECONDS: Record<AgeBand, number> = { ks1: 20, ks2: 13 };
export const LEVEL_SIZE = 3;
/** levelOf(turn) and clockSeconds(band, turn), for the turn-th comment from 0; never under 8 s. */
export const { levelOf, clockSeconds } = clockFor({ seconds: CLOCK_SECONDS, levelEvery: LEVEL_SIZE, floor: 8 });

/** One of the rewordings offered once the pupil chooses to make a comment kind. */
export interface Rewording {
  id: string;
  text: string;
  kind: boolean;
}

/** Whether choosing `action` for this comment leads on to choosing the kind words (right so far, and there are words to choose from). */
export function asksForWords(comment: KindComment, action: CommentAction | null): boolean {
  return action === 'change' && comment.answer === 'change' && comment.kinder !== undefined && (comment.notKind?.length ?? 0) > 0;
}

/**
 * The rewordings to choose from, in a random order: the kind words and, for ages 5-7, the first
 * that is not kind yet; for ages 7-11, every one.
 */
export function rewordings(comment: KindComment, band: AgeBand, random: () => number = Math.random): Rewording[] {
  const notKind = (comment.notKind ?? []).slice(0, band === 'ks1' ? 1 : undefined);
  return shuffle(
    [{ id: KINDER, text: comment.kinder ?? '', kind: true }, ...notKind.map((o) => ({ id: o.id, text: o.text, kind: false }))],
    random,
  );
}

export interface Judgement {
  correct: boolean;
  /** Set when the choice was wrong, for the teacher's report. */
  mistake?: GameMistake;
}

/**
 * `action` is null when the clock ran out first: no point, and no mistake (nothing was believed).
 * A comment made kind is right when the kind words were chosen (`worded`, a rewording's id); words
 * not kind yet are a mistake of their own, named by that rewording.
 */
export function judge(comment: KindComment, action: CommentAction | null, worded?: string): Judgement {
  if (action === null) return { correct: false };
  if (action !== comment.answer) {
    return { correct: false, mistake: { itemId: comment.id, chosen: action, misconception: comment.misconception } };
  }
  if (!asksForWords(comment, action) || worded === KINDER) return { correct: true };
  const notKind = comment.notKind?.find((o) => o.id === worded);
  // Right so far, but the words were never chosen (the round ended first): no point, nothing believed.
  if (!notKind) return { correct: false };
  return { correct: false, mistake: { itemId: comment.id, chosen: notKind.id, misconception: notKind.misconception } };
}

export interface Answer {
  comment: KindComment;
  /** What the pupil chose, or null when the clock ran out first. */
  action: CommentAction | null;
  /** For a comment made kind: the id of the words chosen for it. */
  worded?: string;
}

/** The result the page stores: one point for each comment handled as Tom would. */
export function tally(answers: readonly Answer[], durationMs: number): GameResult {
  return tallyRound(
    GAME_ID,
    answers.map((a) => judge(a.comment, a.action, a.worded)),
    durationMs,
  );
}

/** What a comment's turn says: who wrote it, then what it says. */
export function commentWords(comment: KindComment, t: Translate): string[] {
  return [`${t(`kindComments.author.${comment.author}`)}:`, comment.text];
}

/** What Tom asks once the pupil has chosen to make a comment kind: the right call, now the words. */
export function wordsQuestion(t: Translate): Reply {
  return { correct: true, headline: t('kindComments.goodCall'), detail: [t('kindComments.whichKind')] };
}

/** What Tom says after the pupil chose the words `worded` for a comment to make kind. */
export function replyToWords(comment: KindComment, worded: string, t: Translate): Reply {
  const notKind = comment.notKind?.find((o) => o.id === worded);
  if (!notKind)
    return { correct: true, headline: t('kindComments.right'), detail: [t('kindComments.nowItSays', { text: comment.kinder ?? '' })] };
  return {
    correct: false,
    headline: t('kindComments.notQuite'),
    detail: [notKind.why, t('kindComments.kindWords', { text: comment.kinder ?? '' })],
  };
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
    .flatMap((c) => [
      ...commentWords(c, t),
      ...choices,
      ...[...actions, null].flatMap((a) => replyParts(replyTo(c, a, t))),
      ...(asksForWords(c, 'change') ? wordsParts(c, t, band) : []),
    ]);
}

/** What the choice of kind words can read aloud: Tom's question, the rewordings, and his reply to each. */
function wordsParts(comment: KindComment, t: Translate, band: AgeBand): string[] {
  const offered = rewordings(comment, band, () => 0);
  return [
    ...replyParts(wordsQuestion(t)),
    ...choiceParts(offered.map((w) => w.text)),
    ...offered.flatMap((w) => replyParts(replyToWords(comment, w.id, t))),
  ];
}
