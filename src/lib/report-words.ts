/**
 * What the progress screens are handed at build time (src/data/report.ts), and the one place that
 * turns an id into words. A missing word falls back to a general phrase, never to the id: ids such
 * as "jay-whatsapp-ks2" mean nothing to a teacher or a parent.
 */
import type { Activity, LessonChoices } from './report';

export interface Statement {
  id: string;
  framework: string;
  strand: string;
  ageBand: string;
  number?: number | undefined;
  statement: string;
}

/** The words of each lesson scene or game item, and of its choices, by id. */
export type MomentTexts = Record<string, Record<string, { text: string; choices: Record<string, string> }>>;

export interface ReportContent {
  activities: Activity[];
  choices: LessonChoices;
  texts: MomentTexts;
  statements: Statement[];
  /** Each misconception's words, by id ("what the wrong choice shows"). */
  misconceptionLabels: Record<string, string>;
  /** Each lesson's promises, by lesson id and pledge id. */
  pledges: Record<string, Record<string, string>>;
  /** The language each lesson's words are in (a lesson not yet translated is in English). */
  langs: Record<string, string>;
}

/** Cuts a long scene to its opening words, at a word, so a line of the report stays a line. */
export function brief(text: string, max = 70): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).replace(/[\s,.;:]+$/, '')}…`;
}

/** What naming needs: a pupil's page has no coverage, so no statements. */
export type NamingContent = Pick<ReportContent, 'activities' | 'texts' | 'misconceptionLabels' | 'pledges'> & { statements?: Statement[] };

export function namer(content: NamingContent, fallbackIdea: string) {
  const activities = new Map(content.activities.map((a) => [a.id, a]));
  return {
    title: (activityId: string) => activities.get(activityId)?.title ?? '',
    idea: (misconception: string) => content.misconceptionLabels[misconception] ?? fallbackIdea,
    /**
     * One moment in a sentence's parts: a lesson's words are the choice the pupil made; a game's
     * are the item they met (its choices are the same few buttons every time).
     */
    moment(activityId: string, sceneId: string, choiceId: string) {
      const game = activities.get(activityId)?.kind === 'game';
      return {
        activity: activities.get(activityId)?.title ?? '',
        scene: brief(content.texts[activityId]?.[sceneId]?.text ?? ''),
        choice: game ? '' : brief(content.texts[activityId]?.[sceneId]?.choices[choiceId] ?? ''),
      };
    },
    pledge: (activityId: string, pledgeId: string) => content.pledges[activityId]?.[pledgeId] ?? '',
    statement: (id: string) => content.statements?.find((s) => s.id === id),
  };
}
export type Namer = ReturnType<typeof namer>;
