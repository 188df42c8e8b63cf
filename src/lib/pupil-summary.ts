/**
 * One pupil's page for parents' evening: what they played, their first choices and the ideas
 * those show, the promises they made, and the time they spent. Pure, and built from the same
 * rules as the class report (first choices from firstChoices in src/lib/progress.ts through report.ts), so a
 * parent hears what the class report says about their child, and nothing about anyone else.
 */
import type { AttemptRecord } from './records';
import { activeDurationMs } from './progress';
import { firstRound, ideasToTalkAbout, lessonFirstChoices, misconceptions, type Activity, type Idea, type LessonChoices } from './report';

export interface PlayedActivity {
  activityId: string;
  kind: Activity['kind'];
  status: 'complete' | 'in-progress';
  bestStars: number;
  tries: number;
  /** Time spent over every try (a lesson left open does not count the time away). */
  timeMs: number;
  /** First choices: lessons, the decisions answered safely first time of those met; games, the first finished round's score. */
  firstSafe: number;
  firstOf: number;
  lastAt: number;
}

export interface MadePledge {
  activityId: string;
  pledgeId: string;
  at: number;
}

export interface PupilSummary {
  played: PlayedActivity[];
  /** The latest promise made in each lesson, newest first. */
  pledges: MadePledge[];
  timeMs: number;
  /** The ideas their unsafe first choices show, with the moments; most moments first. */
  ideas: Idea[];
  /** The language they played in most (an attempt's locale), a hint for the printout's language. */
  playedIn: string | undefined;
}

/** How long one try took: a finished game or lesson keeps its own; an unfinished lesson is worked out from its steps. */
export function attemptTimeMs(attempt: AttemptRecord): number {
  if (attempt.durationMs !== undefined) return attempt.durationMs;
  return activeDurationMs(
    attempt.startedAt,
    attempt.steps.map((s) => s.at),
    attempt.updatedAt,
  );
}

/** Lessons: decisions answered safely first time, of those met; games: the first finished round's score. */
function firstScore(activity: Activity, tries: readonly AttemptRecord[], lessons: LessonChoices): [number, number] {
  if (activity.kind === 'lesson') {
    const firsts = lessonFirstChoices(tries, activity.id, lessons);
    return [firsts.filter((f) => f.safe).length, firsts.length];
  }
  const round = firstRound(tries, activity.id);
  return [round?.score ?? 0, round?.maxScore ?? 0];
}

/**
 * `activities` give the order (the report's, for the class's age band first). Only this pupil's
 * attempts are read, whatever else is handed in: the page goes home with one family.
 */
export function pupilSummary(
  pupilId: string,
  allAttempts: readonly AttemptRecord[],
  activities: readonly Activity[],
  lessons: LessonChoices,
): PupilSummary {
  const attempts = allAttempts.filter((a) => a.pupilId === pupilId);
  const played: PlayedActivity[] = [];
  for (const activity of activities) {
    const tries = attempts.filter((a) => a.activityId === activity.id);
    if (tries.length === 0) continue;
    const finished = tries.filter((a) => a.status === 'complete');
    const [firstSafe, firstOf] = firstScore(activity, tries, lessons);
    played.push({
      activityId: activity.id,
      kind: activity.kind,
      status: finished.length > 0 ? 'complete' : 'in-progress',
      bestStars: Math.max(0, ...finished.map((a) => a.stars ?? 0)),
      tries: tries.length,
      timeMs: tries.reduce((sum, a) => sum + attemptTimeMs(a), 0),
      firstSafe,
      firstOf,
      lastAt: Math.max(...tries.map((a) => a.updatedAt)),
    });
  }
  const latest = new Map<string, MadePledge>();
  for (const a of attempts) {
    if (!a.pledgeId) continue;
    const at = a.finishedAt ?? a.updatedAt;
    const held = latest.get(a.activityId);
    if (!held || at > held.at) latest.set(a.activityId, { activityId: a.activityId, pledgeId: a.pledgeId, at });
  }
  const locales = new Map<string, number>();
  for (const a of attempts) locales.set(a.locale, (locales.get(a.locale) ?? 0) + 1);
  const known = new Set(activities.map((a) => a.id));
  return {
    played,
    pledges: [...latest.values()].sort((a, b) => b.at - a.at),
    timeMs: played.reduce((sum, p) => sum + p.timeMs, 0),
    // The class report's rule on one pupil's attempts: the same ideas, from the same first choices.
    ideas: ideasToTalkAbout(misconceptions(attempts, lessons).filter((c) => known.has(c.activityId))),
    playedIn: [...locales].sort((a, b) => b[1] - a[1])[0]?.[0],
  };
}
