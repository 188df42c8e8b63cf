/**
 * What a teacher sees of a class: the grid of pupils by activities, the wrong choices pupils made
 * first (what to talk about tomorrow), which curriculum statements the class has met, and next
 * steps. Pure: it reads records and content, never storage, so it is tested and benchmarked alone.
 */
import type { AttemptRecord, PupilRecord } from './records';
import type { AgeBand, Topic } from './vocabulary';
// With its extension: `npm run bench` runs this module under plain Node, which resolves no bare paths.
import { firstChoices, type ChoiceFacts, type FirstChoice } from './progress.ts';
// Types only: a runtime import would split class-vote into a chunk of its own on the pupils' pages.
import type { ClassVoteRecord } from './class-vote.ts';

export interface Activity {
  id: string;
  kind: 'lesson' | 'game';
  topic: Topic;
  /** Lessons are for one age band; games adapt to both. */
  ageBand?: AgeBand;
  title: string;
  /** Every statement the activity teaches somewhere (a lesson's scenes, a game's meta). */
  outcomes: readonly string[];
  /**
   * Lessons: the statements each scene teaches, by scene id. A pupil meets a statement only
   * when their path passes a scene that names it.
   */
  sceneOutcomes?: Readonly<Record<string, readonly string[]>>;
  /**
   * Lessons whose file still names outcomes for the lesson as a whole (deprecated): these are
   * met only by finishing the lesson, since no one scene is known to teach them.
   */
  finishOutcomes?: readonly string[];
}

/**
 * The choices of each lesson scene, to tell a safe first choice from an unsafe one; a choice that
 * leads to an ending names it (`end`), so a whole-class lesson, which stores only the choices the
 * class followed, still knows where it finished.
 */
export type LessonChoices = Record<string, Record<string, readonly (ChoiceFacts & { end?: string | undefined })[]>>;

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
  /** Their ids, so moments of one idea count each pupil once (ideasToTalkAbout). */
  pupilIds: string[];
  /** Pupils who reached the scene (or played the item) at all. */
  reached: number;
}

/**
 * A pupil's first choices in one lesson, over all their attempts at it in the order made: the
 * rule of firstChoices in src/lib/progress.ts, the one that scored each attempt.
 */
export function lessonFirstChoices(attempts: readonly AttemptRecord[], activityId: string, lessons: LessonChoices): FirstChoice[] {
  const steps = attempts
    .filter((a) => a.kind === 'lesson' && a.activityId === activityId)
    .flatMap((a) => a.steps)
    .sort((a, b) => a.at - b.at);
  return firstChoices(steps, (sceneId) => lessons[activityId]?.[sceneId]);
}

/** A pupil's first finished round of a game, whose mistakes are their first choices there. */
export function firstRound(attempts: readonly AttemptRecord[], activityId: string): AttemptRecord | undefined {
  let first: AttemptRecord | undefined;
  for (const a of attempts)
    if (a.kind === 'game' && a.activityId === activityId && a.status === 'complete' && (!first || a.startedAt < first.startedAt)) first = a;
  return first;
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
  const count = (pupilId: string, activityId: string, sceneId: string, choiceId: string, misconception: string) => {
    const key = `${activityId}\u0000${sceneId}\u0000${choiceId}`;
    const held = counts.get(key) ?? { activityId, sceneId, choiceId, misconception, pupils: 0, pupilIds: [], reached: 0 };
    if (!held.pupilIds.includes(pupilId)) {
      held.pupils += 1;
      held.pupilIds.push(pupilId);
    }
    counts.set(key, held);
  };
  for (const [pupilId, list] of attemptsByPupil(attempts)) {
    const played = new Set(list.map((a) => a.activityId));
    for (const activityId of played) {
      if (lessons[activityId]) {
        for (const first of lessonFirstChoices(list, activityId, lessons)) {
          reach(activityId, first.sceneId);
          if (!first.safe) count(pupilId, activityId, first.sceneId, first.choiceId, first.misconception!);
        }
        continue;
      }
      const round = firstRound(list, activityId);
      if (!round) continue;
      reach(activityId, '');
      for (const mistake of round.mistakes ?? []) count(pupilId, activityId, mistake.sceneId, mistake.choiceId, mistake.misconception);
    }
  }
  return [...counts.values()]
    .map((c) => ({ ...c, reached: reached.get(`${c.activityId}\u0000${lessons[c.activityId] ? c.sceneId : ''}`) ?? c.pupils }))
    .sort((a, b) => b.pupils - a.pupils || a.activityId.localeCompare(b.activityId) || a.sceneId.localeCompare(b.sceneId));
}

export interface Idea {
  /** The misconception id: the screen names it with its words from the translation files. */
  misconception: string;
  /** Pupils who showed it at least once with a first choice (each counted once). */
  pupils: number;
  pupilIds: string[];
  /** The moments it showed at, commonest first. */
  moments: MisconceptionCount[];
}

/**
 * "What to talk about", by idea rather than by moment: moments that show the same misconception
 * (the same wrong idea met in two lessons, or at two items of a game) become one item, with the
 * pupils who showed it counted once. Most pupils first.
 */
export function ideasToTalkAbout(counts: readonly MisconceptionCount[]): Idea[] {
  const ideas = new Map<string, Idea>();
  for (const c of counts) {
    const idea = ideas.get(c.misconception) ?? { misconception: c.misconception, pupils: 0, pupilIds: [], moments: [] };
    for (const id of c.pupilIds) if (!idea.pupilIds.includes(id)) idea.pupilIds.push(id);
    idea.pupils = idea.pupilIds.length;
    idea.moments.push(c);
    ideas.set(c.misconception, idea);
  }
  return [...ideas.values()]
    .map((idea) => ({ ...idea, moments: [...idea.moments].sort((a, b) => b.pupils - a.pupils) }))
    .sort((a, b) => b.pupils - a.pupils || b.moments.length - a.moments.length || a.misconception.localeCompare(b.misconception));
}

/**
 * The statements one attempt met, following the path the pupil took. A lesson: the scenes they
 * chose at (every try counts, finished or not) and, once finished, the ending they reached and
 * any whole-lesson statements. A game: its statements, for a finished round only.
 */
export function statementsMet(attempt: Pick<AttemptRecord, 'steps' | 'status' | 'sceneId'>, activity: Activity): Set<string> {
  const met = new Set<string>();
  const add = (ids: readonly string[] | undefined) => ids?.forEach((id) => met.add(id));
  if (activity.kind === 'game') {
    if (attempt.status === 'complete') add(activity.outcomes);
    return met;
  }
  for (const step of attempt.steps) add(activity.sceneOutcomes?.[step.sceneId]);
  if (attempt.status === 'complete') {
    add(activity.sceneOutcomes?.[attempt.sceneId]);
    add(activity.finishOutcomes);
  }
  return met;
}

/** A lesson the class had together on the whiteboard, on the day it began. */
export interface WholeClassLesson {
  activityId: string;
  at: number;
}

/**
 * The path the whole class followed on the whiteboard, read as a pupil's attempt: the choices the
 * teacher followed after each vote and, once finished, the ending the last of them led to.
 */
export function wholeClassPath(record: ClassVoteRecord, lessons: LessonChoices): Pick<AttemptRecord, 'steps' | 'status' | 'sceneId'> {
  const last = record.votes.at(-1);
  const end = last && lessons[record.activityId]?.[last.sceneId]?.find((c) => c.id === last.followed)?.end;
  return {
    // As voteSteps in ./class-vote: the choice followed after each vote.
    steps: record.votes.map((v) => ({ sceneId: v.sceneId, choiceId: v.followed, at: v.at })),
    status: record.finishedAt === undefined ? 'in-progress' : 'complete',
    sceneId: end ?? last?.sceneId ?? '',
  };
}

/**
 * For each statement, the whiteboard lessons whose path met it, oldest first: the class met it
 * together, as a pupil meets it on their own path (statementsMet). It says what the class was
 * taught, not what any one pupil chose, so coverage keeps it apart from the pupils' count.
 */
export function wholeClassMet(
  records: readonly ClassVoteRecord[],
  activities: readonly Activity[],
  lessons: LessonChoices,
): Map<string, WholeClassLesson[]> {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const met = new Map<string, WholeClassLesson[]>();
  for (const record of [...records].sort((a, b) => a.startedAt - b.startedAt)) {
    const activity = byId.get(record.activityId);
    if (activity?.kind !== 'lesson') continue;
    for (const id of statementsMet(wholeClassPath(record, lessons), activity))
      met.set(id, [...(met.get(id) ?? []), { activityId: record.activityId, at: record.startedAt }]);
  }
  return met;
}

export interface CoverageRow {
  id: string;
  /** The activities that teach it somewhere, in the order given. */
  taughtBy: string[];
  /** Pupils whose own path met it. */
  pupils: number;
  /** Whiteboard lessons in which the whole class met it together, oldest first. */
  wholeClass: WholeClassLesson[];
  /**
   * met: at least one pupil on their own path; whole-class: no pupil yet, but the class met it
   * together on the whiteboard; not-yet: taught here, nobody has met it; untaught: no activity teaches it.
   */
  status: 'met' | 'whole-class' | 'not-yet' | 'untaught';
}

/**
 * For each statement, in the order given: which activities teach it, how many of these pupils met
 * it, and the whiteboard lessons in which the whole class met it (wholeClassMet).
 */
export function coverage(
  statementIds: readonly string[],
  activities: readonly Activity[],
  pupils: readonly PupilRecord[],
  attempts: readonly AttemptRecord[],
  wholeClass: ReadonlyMap<string, WholeClassLesson[]> = new Map(),
): CoverageRow[] {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const byPupil = attemptsByPupil(attempts);
  const metBy = new Map<string, number>();
  for (const pupil of pupils) {
    const met = new Set<string>();
    for (const attempt of byPupil.get(pupil.id) ?? []) {
      const activity = byId.get(attempt.activityId);
      if (activity) for (const id of statementsMet(attempt, activity)) met.add(id);
    }
    for (const id of met) metBy.set(id, (metBy.get(id) ?? 0) + 1);
  }
  return statementIds.map((id) => {
    const taughtBy = activities.filter((a) => a.outcomes.includes(id)).map((a) => a.id);
    const count = metBy.get(id) ?? 0;
    const together = wholeClass.get(id) ?? [];
    const status = taughtBy.length === 0 ? 'untaught' : count > 0 ? 'met' : together.length > 0 ? 'whole-class' : 'not-yet';
    return { id, taughtBy, pupils: count, wholeClass: together, status };
  });
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
