/**
 * Age Gate, the rules: who may come in, who must wait and who asks a grown-up first, what a round
 * holds, and the score. Pure: the ages come in with each item from the facts file, so the rules
 * never hold a number.
 *
 * What the rules teach (and the lessons say the same): an age in a service's own terms is its rule,
 * so a younger child waits ("not yet"); a PEGI number is advice that grown-ups use, so a younger
 * child asks a grown-up, who decides; where the service's own pages need a parent's consent for a
 * child's account, the child asks a grown-up first; and at ages 5-7 every new game or app starts
 * with a grown-up, so no child there comes in on their own.
 */
import type { AgeBand, GameMistake, GameResult, Translate } from '../contract';
import type { AgeGateRound, GateAction } from '../../src/schemas/game';
import { shuffle } from '../../src/lib/shuffle';
import { tallyRound } from '../shared/tally';
import { clockFor } from '../shared/clock';
import { choiceParts, replyParts, type Reply } from '../shared/reading';

export const GAME_ID = 'age-gate';

/** Short rounds: about three minutes for ages 5-7, four or five for ages 7-11. */
export const ROUND_SIZE: Record<AgeBand, number> = { ks1: 6, ks2: 9 };

/**
 * The clock at the gate: seconds to make each call, by band, at level 1. Every LEVEL_SIZE children
 * the level goes up and the clock gets shorter, never under the floor (enough to read the sign
 * and the badge). Ages 5-7 get longer: many are still learning to read.
 */
export const CLOCK_SECONDS: Record<AgeBand, number> = { ks1: 20, ks2: 14 };
export const LEVEL_SIZE = 3;
/** levelOf(turn) and clockSeconds(band, turn), for the turn-th child from 0; never under 8 s. */
export const { levelOf, clockSeconds } = clockFor({ seconds: CLOCK_SECONDS, levelEvery: LEVEL_SIZE, floor: 8 });

/** Ages 5-7: ask a grown-up first, or not yet (nobody comes in alone). Ages 7-11 can also let a child in. */
export function actionsFor(band: AgeBand): GateAction[] {
  return band === 'ks1' ? ['ask', 'not-yet'] : ['join', 'not-yet', 'ask'];
}

type Child = Pick<AgeGateRound, 'age' | 'service'>;

/** The service's own terms set an age, and the child has not reached it. */
export function tooYoungByTerms(item: Child): boolean {
  return item.service.kind === 'minimum-age' && item.age < item.service.value;
}

/** The game's PEGI number is above the child's age: advice for the grown-ups who decide. */
export function underRating(item: Child): boolean {
  return item.service.kind === 'pegi' && item.age < item.service.value;
}

/** The service's own pages say a parent must agree to an account for a child this young. */
export function needsConsent(item: Child): boolean {
  return item.service.consentUnder !== undefined && item.age < item.service.consentUnder;
}

/** What Tom would say to this child, in this band. */
export function answerFor(item: Child, band: AgeBand): GateAction {
  // A parent's consent comes first: where the service lets a parent agree (YouTube Kids, an Epic or
  // Microsoft child account, Roblox), asking them is the way in, whatever the age on the sign.
  if (needsConsent(item)) return 'ask';
  if (tooYoungByTerms(item)) return 'not-yet';
  if (band === 'ks1' || underRating(item)) return 'ask';
  return 'join';
}

/**
 * Misconceptions the rules can name on their own, whatever the child: what a pupil believed who was
 * more careful than the answer. Letting a child straight in names the item's own misconception.
 */
export const RULE_MISCONCEPTIONS = {
  /** Said "not yet" to a child under a PEGI number: took advice for a law. */
  ratingAsLaw: 'pegi-rating-is-a-law',
  /** Said "not yet" where a parent's consent opens the way: thought a parent's OK changes nothing. */
  consentAsNo: 'needing-consent-means-no',
  /** Said "ask a grown-up" where the service's own terms say not yet: thought a grown-up can say yes anyway. */
  grownUpOverrulesTerms: 'grown-up-can-overrule-age-rules',
  /** Held back a child who is old enough. */
  neverOldEnough: 'never-old-enough',
} as const;

export function misconceptionFor(item: AgeGateRound, chosen: GateAction, band: AgeBand): string | undefined {
  const answer = answerFor(item, band);
  if (chosen === answer) return undefined;
  if (chosen === 'join') return item.misconception ?? 'no-need-to-ask-first';
  if (answer === 'join') return RULE_MISCONCEPTIONS.neverOldEnough;
  if (answer === 'not-yet') return RULE_MISCONCEPTIONS.grownUpOverrulesTerms;
  // The answer was "ask a grown-up first" and the pupil said "not yet".
  if (underRating(item)) return RULE_MISCONCEPTIONS.ratingAsLaw;
  if (needsConsent(item)) return RULE_MISCONCEPTIONS.consentAsNo;
  return RULE_MISCONCEPTIONS.neverOldEnough;
}

/**
 * A round, in play order: only the band's items, at least one of each answer the band can give
 * (so every round teaches all of them), the rest at random.
 */
export function pickRound(items: readonly AgeGateRound[], band: AgeBand, random: () => number = Math.random): AgeGateRound[] {
  const pool = shuffle(
    items.filter((i) => i.bands.includes(band)),
    random,
  );
  const size = Math.min(ROUND_SIZE[band], pool.length);
  const firstOfEach = actionsFor(band)
    .map((action) => pool.find((i) => answerFor(i, band) === action))
    .filter((i): i is AgeGateRound => i !== undefined);
  const rest = pool.filter((i) => !firstOfEach.includes(i));
  return shuffle([...firstOfEach, ...rest.slice(0, Math.max(0, size - firstOfEach.length))], random);
}

export interface Judgement {
  correct: boolean;
  mistake?: GameMistake;
}

/** `action` is null when the clock ran out before a call: no point, and no mistake (nothing was believed). */
export function judge(item: AgeGateRound, action: GateAction | null, band: AgeBand): Judgement {
  if (action === null) return { correct: false };
  const misconception = misconceptionFor(item, action, band);
  if (misconception === undefined) return { correct: true };
  return { correct: false, mistake: { itemId: item.id, chosen: action, misconception } };
}

export interface Answer {
  item: AgeGateRound;
  /** The call made, or null when the clock ran out first. */
  action: GateAction | null;
}

export function tally(answers: readonly Answer[], band: AgeBand, durationMs: number): GameResult {
  return tallyRound(
    GAME_ID,
    answers.map((a) => judge(a.item, a.action, band)),
    durationMs,
  );
}

/** The words on the gate's sign, the same on the canvas and in the words-only twin. */
export function signWords(service: AgeGateRound['service'], t: Translate): { rule: string; consent?: string } {
  const rule =
    service.kind === 'pegi'
      ? t('ageGate.pegi', { age: service.value })
      : service.kind === 'parental-consent'
        ? t('ageGate.anyAge')
        : t('ageGate.minimumAge', { age: service.value });
  return service.consentUnder === undefined ? { rule } : { rule, consent: t('ageGate.consent', { age: service.consentUnder }) };
}

/**
 * What Tom says at the gate, the same on the canvas and in the words-only twin: after a right
 * call, what happens; after a mistake, why, and for a child too young, what to try instead (not
 * "not yet" again: the why has said it).
 */
export function gateWords(item: AgeGateRound, band: AgeBand, correct: boolean, t: Translate, name: string): string[] {
  const answer = answerFor(item, band);
  if (!correct) return answer === 'not-yet' ? [item.why, t('ageGate.tryInstead', { instead: item.instead })] : [item.why];
  if (answer === 'join') return [t('ageGate.cameIn', { name })];
  return [answer === 'ask' ? t('ageGate.askFirst', { instead: item.instead }) : t('ageGate.notYet', { instead: item.instead })];
}

/** What a child's turn says: who they are and what they want, then the sign on the gate. */
export function childWords(item: AgeGateRound, t: Translate): string[] {
  const name = t(`ageGate.who.${item.who}`);
  const sign = signWords(item.service, t);
  return [
    t('ageGate.wants', { name, age: item.age, service: item.service.name }),
    `${t('ageGate.sign', { service: item.service.name, rule: sign.rule })}.`,
    ...(sign.consent ? [sign.consent] : []),
  ];
}

/** What Tom says after `action` (null: the clock ran out), the same on the canvas and read aloud. */
export function replyTo(item: AgeGateRound, action: GateAction | null, band: AgeBand, t: Translate): Reply {
  const name = t(`ageGate.who.${item.who}`);
  if (action === null) {
    return {
      correct: false,
      headline: t('game.timeUp'),
      detail: [t('ageGate.theCall', { action: t(`ageGate.action.${answerFor(item, band)}`) }), ...gateWords(item, band, false, t, name)],
    };
  }
  const { correct } = judge(item, action, band);
  return {
    correct,
    headline: correct ? t('ageGate.right') : t('ageGate.notQuite'),
    detail: gateWords(item, band, correct, t, name),
  };
}

/** Every part a round at this band can read aloud: each child and sign, the choices, every reply. */
export function spoken(items: readonly AgeGateRound[], t: Translate, band: AgeBand): string[] {
  const actions = actionsFor(band);
  const choices = choiceParts(actions.map((a) => t(`ageGate.action.${a}`)));
  return items
    .filter((i) => i.bands.includes(band))
    .flatMap((i) => [...childWords(i, t), ...choices, ...[...actions, null].flatMap((a) => replyParts(replyTo(i, a, band, t)))]);
}
