/**
 * A lesson taught to the whole class from the whiteboard: at each decision the class votes (hands
 * up, or cards), the teacher taps in how many chose each option, and the class follows the option
 * the teacher picks to talk about, wrong ones included. The record belongs to the class, never to
 * a pupil, and holds only ids and counts, like a pupil's attempt, so it survives rewording and
 * translation and replays against the lesson like one.
 */
import type { Step } from './progress';

/** One decision: how many chose each option, and which one the class then followed. */
export interface ClassVote {
  sceneId: string;
  /** Hands up for each choice id; a choice nobody counted is left out (not zero: "not counted"). */
  counts: Record<string, number>;
  /** The choice the teacher picked to talk about and follow. */
  followed: string;
  at: number;
}

export interface ClassVoteRecord {
  id: string;
  classId: string;
  /** The lesson id. */
  activityId: string;
  locale: string;
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
  votes: ClassVote[];
  /** The promise the class chose together at the end. */
  pledgeId?: string;
}

/** Most hands a count box takes: a class, not a school hall. */
export const MAX_HANDS = 60;

/** A count as typed: whole numbers 0–60, anything else is "not counted". */
export function readCount(typed: string): number | undefined {
  const trimmed = typed.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n <= MAX_HANDS ? n : undefined;
}

/** The votes as the steps of an attempt, so scoring, coverage and replay read them like a pupil's path. */
export function voteSteps(votes: readonly ClassVote[]): Step[] {
  return votes.map((v) => ({ sceneId: v.sceneId, choiceId: v.followed, at: v.at }));
}

/** How many voted at a decision, or undefined when no option was counted. */
export function handsUp(vote: Pick<ClassVote, 'counts'>): number | undefined {
  const counts = Object.values(vote.counts);
  return counts.length === 0 ? undefined : counts.reduce((a, b) => a + b, 0);
}

/** One thing the class got wrong in a vote, for the report's "What to talk about". */
export interface VoteMisconception {
  sceneId: string;
  choiceId: string;
  misconception: string;
  /** How many chose it, and out of how many hands. */
  chose: number;
  of: number;
  at: number;
}

/** A lesson's choices by scene, as the report holds them (LessonChoices in ./report). */
export type ChoicesByScene = Readonly<Record<string, readonly { id: string; safe: boolean; misconception?: string | undefined }[]>>;

/**
 * The unsafe options some of the class chose, with the misunderstanding each shows. Only counted
 * hands say anything about the class: an option followed to discuss it, with no count, is the
 * teacher's choice, not the class's.
 */
export function voteMisconceptions(scenes: ChoicesByScene, record: Pick<ClassVoteRecord, 'votes'>): VoteMisconception[] {
  const found: VoteMisconception[] = [];
  for (const vote of record.votes) {
    const of = handsUp(vote);
    if (of === undefined || of === 0) continue;
    for (const choice of scenes[vote.sceneId] ?? []) {
      const chose = vote.counts[choice.id] ?? 0;
      if (chose > 0 && !choice.safe && choice.misconception) {
        found.push({ sceneId: vote.sceneId, choiceId: choice.id, misconception: choice.misconception, chose, of, at: vote.at });
      }
    }
  }
  return found;
}

/** Records a vote at the scene it was made in, replacing an earlier one there (the teacher went back). */
export function withVote(votes: readonly ClassVote[], vote: ClassVote): ClassVote[] {
  const at = votes.findIndex((v) => v.sceneId === vote.sceneId);
  return at === -1 ? [...votes, vote] : [...votes.slice(0, at), vote];
}

/** The channel the whiteboard and its notes window share: same origin, nothing leaves the device. */
export const BOARD_CHANNEL = 'terrific-tom-board';

/** Which lesson a message is about, so a notes window left open for another lesson ignores it. */
export const boardKey = (lessonId: string) => `lesson:${lessonId}`;

/** Where the board is, for the notes window. */
export type BoardMessage =
  | { key: string; view: 'waiting' }
  | { key: string; view: 'scene' | 'feedback' | 'end'; sceneId: string; order: string[]; choiceId?: string };
