/**
 * Build-time content for the teacher notes pages: the notes file in the page's language, and the
 * learning intentions, which are not written in the notes but read from what the activity's
 * scenes (or the game's meta) name, so notes and coverage cannot disagree.
 */
import { getEntry } from 'astro:content';
import type { Locale } from '../i18n/config';
import type { TeacherNotes } from '../schemas/teacher-notes';
import { curriculumOutcomes } from './lessons';
import { GAMES } from './game-list';

/** Each game's curriculum statements, from its meta in games/<id>/index.ts. */
const gameOutcomeIds = new Map(GAMES.map((game) => [game.id, game.outcomes]));

export function gameOutcomes(id: string): readonly string[] {
  const ids = gameOutcomeIds.get(id);
  if (!ids) throw new Error(`games/${id}/index.ts has no meta with curriculum outcomes`);
  return ids;
}

/**
 * The notes for one activity in this language. The content check fails the build before this
 * when a file is missing, so a missing file here is a bug: say which file.
 */
export async function teacherNotesFor(id: string, locale: Locale): Promise<TeacherNotes> {
  const entry = await getEntry('teacherNotes', `${locale}/${id}`);
  if (!entry) throw new Error(`content/teacher-notes/${locale}/${id}.yaml is missing: every lesson and game needs notes in every language`);
  return entry.data;
}

export interface Intention {
  id: string;
  framework: string;
  strand: string;
  ageBand: string;
  number: number | undefined;
  statement: string;
}

/** The statements with these ids, in the order given; an unknown id fails the build. */
export async function intentions(ids: readonly string[]): Promise<Intention[]> {
  const all = new Map((await curriculumOutcomes()).map((o) => [o.id, o]));
  return ids.map((id) => {
    const o = all.get(id);
    if (!o) throw new Error(`curriculum statement "${id}" is not in content/curriculum`);
    return { id, framework: o.framework.framework, strand: o.strand, ageBand: o.ageBand, number: o.number, statement: o.statement };
  });
}
