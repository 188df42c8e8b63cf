/**
 * Build-time content for the class report: every activity (lessons and games) with its title and
 * curriculum statements, the choices of each lesson scene (to tell safe from unsafe), and the
 * words a teacher needs to read a wrong choice (the scene, the choice, the game item).
 */
import type { Locale } from '../i18n/config';
import { templatesUnder, type Translate } from '../i18n/translate';
import type { LessonChoices } from '../lib/report';
import type { MomentTexts, ReportContent } from '../lib/report-words';
import { lessonsFor, curriculumOutcomes } from './lessons';
import { lessonOutcomes } from '../schemas/lesson';
import { isEnding } from '../lib/progress';
import { GAMES, gameContent, gameItems } from './games';

/** Each game's meta (its curriculum statements), read from games/<id>/index.ts at build time. */
const gameModules = import.meta.glob<{ meta: { id: string; outcomes: readonly string[] } }>('../../games/*/index.ts', { eager: true });
const gameOutcomes = new Map(Object.values(gameModules).map((m) => [m.meta.id, m.meta.outcomes]));

export async function reportContent(locale: Locale, t: Translate): Promise<ReportContent> {
  const lessons = await lessonsFor(locale);
  const activities: ReportContent['activities'] = [
    ...lessons.map(({ lesson }) => ({
      id: lesson.id,
      kind: 'lesson' as const,
      topic: lesson.topic,
      ageBand: lesson.ageBand,
      title: lesson.title,
      outcomes: lessonOutcomes(lesson),
      // Coverage follows the path: each scene's statements, and the old whole-lesson list (met by finishing).
      sceneOutcomes: Object.fromEntries(
        Object.entries(lesson.scenes).flatMap(([id, scene]) => (scene.outcomes ? [[id, scene.outcomes]] : [])),
      ),
      ...(lesson.outcomes ? { finishOutcomes: lesson.outcomes } : {}),
    })),
    ...GAMES.map((game) => ({
      id: game.id,
      kind: 'game' as const,
      topic: game.topic,
      title: t(`${game.i18n}.title`),
      outcomes: gameOutcomes.get(game.id) ?? [],
    })),
  ];
  // For the class's certificates: each lesson's promises, and the language its words are in.
  const pledges = Object.fromEntries(
    lessons.map(({ lesson }) => [lesson.id, Object.fromEntries(lesson.pledges.map((p) => [p.id, p.text]))]),
  );
  const langs = Object.fromEntries(lessons.map(({ lesson, lang }) => [lesson.id, lang]));
  const choices: LessonChoices = {};
  const texts: MomentTexts = {};
  for (const { lesson } of lessons) {
    choices[lesson.id] = {};
    texts[lesson.id] = {};
    for (const [sceneId, scene] of Object.entries(lesson.scenes)) {
      if (!scene.choices) continue;
      // A choice into an ending names it: a whiteboard lesson stores only the choices the class followed.
      choices[lesson.id]![sceneId] = scene.choices.map((c) => ({
        id: c.id,
        safe: c.safe,
        misconception: c.misconception,
        ...(isEnding(lesson, c.next) ? { end: c.next } : {}),
      }));
      texts[lesson.id]![sceneId] = { text: scene.text, choices: Object.fromEntries(scene.choices.map((c) => [c.id, c.text])) };
    }
  }
  for (const game of GAMES) {
    const { data } = await gameContent(game.id, locale);
    const items = gameItems(data).items as readonly {
      id: string;
      text?: string;
      caption?: string;
      who?: string;
      age?: number;
      service?: { name: string };
      details?: { id: string; label: string }[];
    }[];
    texts[game.id] = {};
    for (const item of items) {
      // What the pupil read for this item: a comment, a photo's caption, or Age Gate's child and
      // their wish ("Jay is 9. Jay wants to join WhatsApp."), never the item's id.
      const said =
        item.text ??
        item.caption ??
        (item.who && item.service
          ? t('ageGate.wants', { name: t(`ageGate.who.${item.who}`), age: item.age, service: item.service.name })
          : t(`${game.i18n}.title`));
      texts[game.id]![item.id] = { text: said, choices: {} };
      // Photo Check's mistakes are kept by "<photo>/<detail>" and "<photo>/post".
      for (const d of item.details ?? []) texts[game.id]![`${item.id}/${d.id}`] = { text: `${said} ${d.label}`, choices: {} };
      if (item.details) texts[game.id]![`${item.id}/post`] = { text: said, choices: {} };
    }
    // A game's choices are its actions ("send", "change", …), named in the translation files.
    const actions = Object.fromEntries(
      Object.entries(t(`${game.i18n}.action`, { returnObjects: true }) ?? {}).map(([k, v]) => [k, String(v)]),
    );
    for (const moment of Object.values(texts[game.id]!)) moment.choices = actions;
  }
  const statements = (await curriculumOutcomes()).map((o) => ({
    id: o.id,
    framework: o.framework.framework,
    strand: o.strand,
    ageBand: o.ageBand,
    number: o.number,
    statement: o.statement,
  }));
  // Each misconception's words ("what the wrong choice shows"), by id.
  const misconceptionLabels = Object.fromEntries(
    Object.entries(templatesUnder(locale, 'misconceptions')).map(([key, text]) => [key.replace('misconceptions.', ''), text]),
  );
  return { activities, choices, texts, statements, pledges, langs, misconceptionLabels };
}
