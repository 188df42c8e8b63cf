/**
 * The pupil's way through the topics: which lesson to suggest next, and how many stars a topic
 * has. Pure: summaries come from src/db, lessons from content.
 */
import type { AgeBand, Topic } from './vocabulary';

export interface JourneyLesson {
  id: string;
  topic: Topic;
  ageBand: AgeBand;
}

export interface Progress {
  status: 'not-started' | 'in-progress' | 'complete';
  bestStars: number;
}

/** The order the map shows the topics in, and the order a pupil is guided through them. */
export const TOPIC_ORDER: readonly Topic[] = ['respectful-posting', 'sharing-images', 'age-limits'];

/**
 * What to try next: an unfinished lesson first (carry on), then the first lesson not yet done in
 * topic order, for the pupil's age band. Undefined when every lesson in the band is done.
 */
export function nextLesson<L extends JourneyLesson>(
  lessons: readonly L[],
  band: AgeBand,
  progress: ReadonlyMap<string, Progress>,
): L | undefined {
  const mine = lessons.filter((l) => l.ageBand === band).sort((a, b) => TOPIC_ORDER.indexOf(a.topic) - TOPIC_ORDER.indexOf(b.topic));
  return mine.find((l) => progress.get(l.id)?.status === 'in-progress') ?? mine.find((l) => progress.get(l.id)?.status !== 'complete');
}

/** Stars earned in a topic (best per lesson) and the most there are to earn. */
export function topicStars(
  lessons: readonly JourneyLesson[],
  topic: Topic,
  progress: ReadonlyMap<string, Progress>,
): { stars: number; max: number } {
  const inTopic = lessons.filter((l) => l.topic === topic);
  return {
    stars: inTopic.reduce((sum, l) => sum + (progress.get(l.id)?.bestStars ?? 0), 0),
    max: inTopic.length * 3,
  };
}
