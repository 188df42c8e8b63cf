import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';
import { curriculumSchema } from './schemas/curriculum';
import { gameContentSchema } from './schemas/game';
import { teacherNotesSchema } from './schemas/teacher-notes';

/** content/lessons/<locale>/<lesson-id>.yaml; entry ids look like "cy/posting-kindly-ks2". */
const lessons = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/lessons' }),
  schema: lessonSchema,
});

/** content/curriculum/<framework>.yaml */
const curriculum = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/curriculum' }),
  schema: curriculumSchema,
});

/** content/games/<locale>/<game-id>.yaml: the words a game plays with. */
const games = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/games' }),
  schema: gameContentSchema,
});

/** content/teacher-notes/<locale>/<activity-id>.yaml: one per lesson and game in every language (checked at build). */
const teacherNotes = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/teacher-notes' }),
  schema: teacherNotesSchema,
});

export const collections = { lessons, curriculum, games, teacherNotes };
