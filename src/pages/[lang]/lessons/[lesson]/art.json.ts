/**
 * Every drawing one lesson needs, as SVG markup keyed like LessonArt. The lesson page carries
 * only its first scene's drawings (startArt) and fetches this file once it is live; the service
 * worker precaches it, so a story keeps its pictures offline.
 */
import type { APIRoute } from 'astro';
import { useTranslations } from '../../../../i18n/translate';
import { lessonPaths, type LocalizedLesson } from '../../../../data/lessons';
import { lessonStrings } from '../../../../components/lesson/strings';
import { lessonArt } from '../../../../components/lesson/lesson-art';

export const getStaticPaths = lessonPaths;

export const GET: APIRoute = ({ props }) => {
  const { lesson, lang } = props as LocalizedLesson;
  const art = lessonArt(lesson, lessonStrings(useTranslations(lang)).starsOutOf);
  return new Response(JSON.stringify(art), { headers: { 'Content-Type': 'application/json' } });
};
