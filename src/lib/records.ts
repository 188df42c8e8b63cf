/**
 * The records the device stores, as plain types: storage (src/db) keeps them, and the pure logic
 * here (merging, reports) reads them without touching storage.
 */
import type { Step } from './progress';
import type { Mistake } from './scoring';
import type { AvatarId } from './avatars';
import type { AgeBand } from './vocabulary';
import type { Consent } from './consent';

export interface AttemptRecord {
  id: string;
  pupilId: string;
  kind: 'lesson' | 'game';
  /** The lesson or game id. */
  activityId: string;
  /** The language it was played in. */
  locale: string;
  status: 'in-progress' | 'complete';
  startedAt: number;
  updatedAt: number;
  /** Choices made, by id: never the text, so reports survive rewording and translation. */
  steps: Step[];
  /** The scene the pupil is on (for a lesson). */
  sceneId: string;
  finishedAt?: number;
  durationMs?: number;
  score?: number;
  maxScore?: number;
  stars?: number;
  mistakes?: Mistake[];
  /** The pledge the pupil chose at the end (its id in the lesson). */
  pledgeId?: string;
}

export interface ClassRecord {
  id: string;
  /** As the teacher writes it, e.g. "Year 2 Oak". */
  name: string;
  /** Which lessons the class sees first. */
  ageBand: AgeBand;
  createdAt: number;
  /** The last rename, so a merge keeps the newest name (not indexed: no schema change). */
  updatedAt?: number;
}

/** The least a shared device needs: a first name or nickname, an avatar, a class. */
export interface PupilRecord {
  id: string;
  classId: string;
  name: string;
  avatar: AvatarId;
  createdAt: number;
  /** The last rename, new avatar, move or consent answer, so a merge keeps the newest (not indexed: no schema change). */
  updatedAt?: number;
  /** The family's answers on the social media consent form; missing means the form has not come back (not indexed). */
  consent?: Consent;
}

/**
 * A finished game round as the game page hands it to storage (src/db/attempts.ts saveGameResult),
 * built from the game's result by src/lib/game-attempt.ts. A game's mistakes are kept like a
 * lesson's: the item (or part of it) as the "scene", the action as the "choice".
 */
export interface GameAttempt {
  pupilId: string;
  gameId: string;
  locale: string;
  score: number;
  maxScore: number;
  stars: number;
  durationMs: number;
  finishedAt: number;
  mistakes: Mistake[];
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
