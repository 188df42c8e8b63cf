/** Lessons for a page's language, from the content collection. */
import { getCollection } from 'astro:content';
import { defaultLocale, locales, type Locale } from '../i18n/config';
import type { Lesson } from '../schemas/lesson';
import { fillFactsDeep } from '../lib/fact-tokens';
import { factLookup } from './facts';

export interface LocalizedLesson {
  lesson: Lesson;
  /** The language the lesson's text is in: the default language when no translation exists yet. */
  lang: Locale;
}

/** Every lesson, in the page's language where translated: each topic's first stories (`order` 1) before its second ones. */
export async function lessonsFor(locale: Locale): Promise<LocalizedLesson[]> {
  const entries = await getCollection('lessons');
  // Facts such as minimum ages are filled in here, once, from content/facts.
  const byId = new Map(entries.map((e) => [e.id, fillFactsDeep(e.data, factLookup)]));
  return (
    entries
      .filter((e) => e.id.startsWith(`${defaultLocale}/`))
      // A topic's first story before its second (`order`), then by file name for a stable order.
      .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
      .map((e) => {
        const translated = byId.get(`${locale}/${e.data.id}`);
        return translated ? { lesson: translated, lang: locale } : { lesson: byId.get(e.id)!, lang: defaultLocale };
      })
  );
}

export async function curriculumOutcomes() {
  const frameworks = await getCollection('curriculum');
  return frameworks.flatMap((f) => f.data.outcomes.map((o) => ({ ...o, framework: f.data })));
}

/** One static path per language and lesson, with the lesson as props: the lesson page and its art.json. */
export async function lessonPaths() {
  const perLanguage = await Promise.all(
    locales.map(async (lang) =>
      (await lessonsFor(lang)).map((localized) => ({ params: { lang, lesson: localized.lesson.id }, props: { ...localized } })),
    ),
  );
  return perLanguage.flat();
}
