/**
 * What a teacher sees of a class: the grid of pupils by activities, the wrong choices pupils made
 * first (what to talk about tomorrow), which curriculum statements the class has met, and next
 * steps. Pure: it reads records and content, never storage, so it is tested and benchmarked alone.
 */
import type { AttemptRecord, PupilRecord } from './records';
import type { AgeBand, Topic } from './vocabulary';

export interface Activity {
  id: string;
  kind: 'lesson' | 'game';
  topic: Topic;
  /** Lessons are for one age band; games adapt to both. */
  ageBand?: AgeBand;
  title: string;
  outcomes: readonly string[];
}

/** The choices of each lesson scene, to tell a safe first choice from an unsafe one. */
export type LessonChoices = Record<string, Record<string, readonly { id: string; safe: boolean; misconception?: string | undefined }[]>>;

export interface Cell {
  status: 'not-started' | 'in-progress' | 'complete';
  bestStars: number;
  attempts: number;
}

export interface GridRow {
  pupil: PupilRecord;
  cells: Record<string, Cell>;
  /** How many of the activities the pupil has completed. */
  completed: number;
}

export interface ClassGrid {
  rows: GridRow[];
  /** For each activity, how many pupils have completed it. */
  completedBy: Record<string, number>;
}

const EMPTY: Cell = { status: 'not-started', bestStars: 0, attempts: 0 };

/** Attempts grouped by pupil, each pupil's in the order they were started. */
export function attemptsByPupil(attempts: readonly AttemptRecord[]): Map<string, AttemptRecord[]> {
  const byPupil = new Map<string, AttemptRecord[]>();
  for (const attempt of attempts) {
    const list = byPupil.get(attempt.pupilId);
    if (list) list.push(attempt);
    else byPupil.set(attempt.pupilId, [attempt]);
  }
  for (const list of byPupil.values()) list.sort((a, b) => a.startedAt - b.startedAt);
  return byPupil;
}

export function classGrid(pupils: readonly PupilRecord[], attempts: readonly AttemptRecord[], activities: readonly Activity[]): ClassGrid {
  const byPupil = attemptsByPupil(attempts);
  const completedBy: Record<string, number> = Object.fromEntries(activities.map((a) => [a.id, 0]));
  const rows = pupils.map((pupil) => {
    const cells: Record<string, Cell> = {};
    for (const attempt of byPupil.get(pupil.id) ?? []) {
      const cell = { ...(cells[attempt.activityId] ?? EMPTY) };
      cell.attempts += 1;
      if (attempt.status === 'complete') {
        cell.status = 'complete';
        cell.bestStars = Math.max(cell.bestStars, attempt.stars ?? 0);
      } else if (cell.status === 'not-started') cell.status = 'in-progress';
      cells[attempt.activityId] = cell;
    }
    let completed = 0;
    for (const activity of activities) {
      cells[activity.id] ??= EMPTY;
      if (cells[activity.id]!.status === 'complete') {
        completed += 1;
        completedBy[activity.id] = (completedBy[activity.id] ?? 0) + 1;
      }
    }
    return { pupil, cells, completed };
  });
  return { rows, completedBy };
}

export interface MisconceptionCount {
  activityId: string;
  /** The lesson scene or game item. */
  sceneId: string;
  choiceId: string;
  misconception: string;
  /** Pupils whose first choice here was this one. */
  pupils: number;
  /** Pupils who reached the scene (or played the item) at all. */
  reached: number;
}

/**
 * For each lesson scene, how many pupils chose each unsafe option first; for each game item, how
 * many pupils got it wrong in their first round. Most common first.
 */
export function misconceptions(attempts: readonly AttemptRecord[], lessons: LessonChoices): MisconceptionCount[] {
  const counts = new Map<string, MisconceptionCount>();
  const reached = new Map<string, number>();
  const reach = (activityId: string, sceneId: string) => {
    const key = `${activityId}\u0000${sceneId}`;
    reached.set(key, (reached.get(key) ?? 0) + 1);
  };
  const count = (activityId: string, sceneId: string, choiceId: string, misconception: string) => {
    const key = `${activityId}\u0000${sceneId}\u0000${choiceId}`;
    const held = counts.get(key) ?? { activityId, sceneId, choiceId, misconception, pupils: 0, reached: 0 };
    held.pupils += 1;
    counts.set(key, held);
  };
  for (const list of attemptsByPupil(attempts).values()) {
    // Lessons: the pupil's first choice at each scene, over all their attempts.
    const firstChoice = new Map<string, { sceneId: string; choiceId: string; activityId: string }>();
    const steps = list
      .filter((a) => a.kind === 'lesson')
      .flatMap((a) => a.steps.map((s) => ({ ...s, activityId: a.activityId })))
      .sort((a, b) => a.at - b.at);
    for (const step of steps) {
      const key = `${step.activityId}\u0000${step.sceneId}`;
      if (!firstChoice.has(key)) firstChoice.set(key, step);
    }
    for (const step of firstChoice.values()) {
      const choice = lessons[step.activityId]?.[step.sceneId]?.find((c) => c.id === step.choiceId);
      if (!choice) continue; // A scene or choice since removed from the lesson.
      reach(step.activityId, step.sceneId);
      if (!choice.safe) count(step.activityId, step.sceneId, step.choiceId, choice.misconception ?? 'unsafe-choice');
    }
    // Games: the mistakes of the pupil's first finished round of each game.
    const firstRounds = new Map<string, AttemptRecord>();
    for (const attempt of list)
      if (attempt.kind === 'game' && attempt.status === 'complete' && !firstRounds.has(attempt.activityId))
        firstRounds.set(attempt.activityId, attempt);
    for (const round of firstRounds.values()) {
      reach(round.activityId, '');
      for (const mistake of round.mistakes ?? []) count(round.activityId, mistake.sceneId, mistake.choiceId, mistake.misconception);
    }
  }
  return [...counts.values()]
    .map((c) => ({ ...c, reached: reached.get(`${c.activityId}\u0000${lessons[c.activityId] ? c.sceneId : ''}`) ?? c.pupils }))
    .sort((a, b) => b.pupils - a.pupils || a.activityId.localeCompare(b.activityId) || a.sceneId.localeCompare(b.sceneId));
}

export interface Coverage {
  /** Statements taught by an activity at least one pupil has completed, with how many pupils. */
  met: { id: string; pupils: number }[];
  /** Statements an activity teaches, but that nobody in the class has completed yet. */
  notYet: string[];
  /** Statements no Terrific Tom activity teaches: for the teacher to cover another way. */
  uncovered: string[];
}

export function coverage(statementIds: readonly string[], activities: readonly Activity[], grid: ClassGrid): Coverage {
  const met: Coverage['met'] = [];
  const notYet: string[] = [];
  const uncovered: string[] = [];
  for (const id of statementIds) {
    const teaching = activities.filter((a) => a.outcomes.includes(id));
    if (teaching.length === 0) {
      uncovered.push(id);
      continue;
    }
    const pupils = grid.rows.filter((row) => teaching.some((a) => row.cells[a.id]?.status === 'complete')).length;
    if (pupils > 0) met.push({ id, pupils });
    else notYet.push(id);
  }
  return { met, notYet, uncovered };
}

export type NextStep =
  | { kind: 'discuss'; misconception: string; pupils: number; activityId: string }
  | { kind: 'play'; activityId: string; completed: number }
  | { kind: 'help-start'; pupils: string[] };

/**
 * What to do next, most useful first: talk about the commonest wrong first choices, play the
 * activities most of the class has not finished, and help pupils who have not started.
 */
export function nextSteps(
  grid: ClassGrid,
  counts: readonly MisconceptionCount[],
  activities: readonly Activity[],
  band: AgeBand,
): NextStep[] {
  const steps: NextStep[] = [];
  const seen = new Set<string>();
  for (const c of counts) {
    if (seen.has(c.misconception) || steps.length >= 3) continue;
    seen.add(c.misconception);
    steps.push({ kind: 'discuss', misconception: c.misconception, pupils: c.pupils, activityId: c.activityId });
  }
  const size = grid.rows.length;
  for (const activity of activities) {
    if (activity.ageBand && activity.ageBand !== band) continue;
    const completed = grid.completedBy[activity.id] ?? 0;
    if (size > 0 && completed < size / 2) steps.push({ kind: 'play', activityId: activity.id, completed });
  }
  const waiting = grid.rows.filter((r) => Object.values(r.cells).every((c) => c.status === 'not-started')).map((r) => r.pupil.name);
  if (waiting.length > 0 && waiting.length < size) steps.push({ kind: 'help-start', pupils: waiting });
  return steps;
}

export interface CertificateDue {
  pupil: PupilRecord;
  activityId: string;
  stars: number;
  pledgeId: string | undefined;
  finishedAt: number;
}

/**
 * One certificate for each pupil for each topic they have finished a lesson in: the lesson try
 * with the most stars (the latest, of equals), with the promise they chose that time.
 */
export function certificatesDue(
  pupils: readonly PupilRecord[],
  attempts: readonly AttemptRecord[],
  activities: readonly Activity[],
): CertificateDue[] {
  const topicOf = new Map(activities.filter((a) => a.kind === 'lesson').map((a) => [a.id, a.topic]));
  const byPupil = attemptsByPupil(attempts);
  return pupils.flatMap((pupil) => {
    const best = new Map<Topic, AttemptRecord>();
    for (const attempt of byPupil.get(pupil.id) ?? []) {
      const topic = topicOf.get(attempt.activityId);
      if (!topic || attempt.status !== 'complete') continue;
      const held = best.get(topic);
      const better =
        !held ||
        (attempt.stars ?? 0) > (held.stars ?? 0) ||
        ((attempt.stars ?? 0) === (held.stars ?? 0) && attempt.updatedAt >= held.updatedAt);
      if (better) best.set(topic, attempt);
    }
    return [...best.values()].map((a) => ({
      pupil,
      activityId: a.activityId,
      stars: a.stars ?? 0,
      pledgeId: a.pledgeId,
      finishedAt: a.finishedAt ?? a.updatedAt,
    }));
  });
}
