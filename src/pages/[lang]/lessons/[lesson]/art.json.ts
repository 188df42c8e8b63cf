/**
 * Every drawing one lesson needs, as SVG markup keyed like LessonArt. The lesson page carries
 * only its first scene's drawings (startArt) and fetches this file once it is live; the service
 * worker precaches it, so a story keeps its pictures offline.
 */
import type { APIRoute } from 'astro';
import { locales } from '../../../../i18n/config';
import { useTranslations } from '../../../../i18n/translate';
import { lessonsFor, type LocalizedLesson } from '../../../../data/lessons';
import { lessonStrings } from '../../../../components/lesson/strings';
import { lessonArt } from '../../../../components/lesson/lesson-art';

export async function getStaticPaths() {
  const paths = [];
  for (const lang of locales) {
    for (const localized of await lessonsFor(lang)) {
      paths.push({ params: { lang, lesson: localized.lesson.id }, props: { ...localized } });
    }
  }
  return paths;
}

export const GET: APIRoute = ({ props }) => {
  const { lesson, lang } = props as LocalizedLesson;
  const art = lessonArt(lesson, lessonStrings(useTranslations(lang)).starsOutOf);
  return new Response(JSON.stringify(art), { headers: { 'Content-Type': 'application/json' } });
};
