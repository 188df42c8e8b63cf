/**
 * What the read-aloud button says at each moment of a lesson, as a list of parts. The lesson
 * player reads the parts one after another, and the narration script records each part once, so
 * a part shared by many moments ("Tom:", "What do you do?", "2.") is one file, and the choices can
 * be read in whatever order the player shuffled them into. Joined with spaces, the parts are the
 * text Web Speech reads where no recording exists.
 */

import type { ReadPart } from './narration-key';

/** The parts of a lesson this reads (structural: src/lib sits below the schemas). */
interface ReadChoice {
  /** Lights up the choice's button (data-choice) while it is read. */
  id?: string;
  text: string;
  feedback: string;
}
interface ReadScene {
  speaker: string;
  text: string;
  viewpoint?: string | undefined;
  beat?: true | undefined;
  post?: { author: string; text: string; image?: string | undefined } | undefined;
  choices?: readonly ReadChoice[] | undefined;
  end?: { remember: string } | undefined;
}
export interface ReadLesson {
  scenes: Readonly<Record<string, ReadScene>>;
  pledges: readonly { text: string }[];
}

/** The words around the lesson's own text, translated at build time (a subset of LessonStrings). */
export interface ReadingWords {
  characters: Readonly<Record<string, string>>;
  viewpoint: string;
  postBy: string;
  pictureDescription: string;
  whatDoYouDo: string;
  beatNote: string;
  tomSays: string;
  remember: string;
  pledgeHeading: string;
  pledgeIntro: string;
  resumeHeading: string;
  resumeText: string;
  resumeCarryOn: string;
  resumeStartAgain: string;
}

/**
 * A `{name}` template filled, as fill() (./template) would: not imported, so the lesson page's
 * chunks stay as they were (the reading rules load only with the read-aloud player).
 */
const named = (template: string, name = '') => template.replace('{name}', name);

/**
 * The scene: whose eyes, who speaks and what (in the speaker's own voice), and the post on screen
 * in its author's voice, with its picture. Tom says who is speaking.
 */
export function sceneParts(scene: ReadScene, w: ReadingWords): ReadPart[] {
  const parts: ReadPart[] = [
    scene.viewpoint ? named(w.viewpoint, w.characters[scene.viewpoint]) : '',
    `${w.characters[scene.speaker]}:`,
    { text: scene.text, voice: scene.speaker, mark: '.bubble' },
    scene.post ? `${named(w.postBy, w.characters[scene.post.author])}:` : '',
    scene.post ? { text: scene.post.text, voice: scene.post.author, mark: '.post' } : '',
    scene.post?.image ? w.pictureDescription : '',
    scene.post?.image ?? '',
  ];
  return parts.filter((part) => (typeof part === 'string' ? part : part.text));
}

/** The question and the choices, numbered in the order they are shown; each button lights up as it is read. */
export function choiceParts(scene: ReadScene, shown: readonly ReadChoice[], w: ReadingWords): ReadPart[] {
  const question: ReadPart[] = [w.whatDoYouDo, scene.beat ? w.beatNote : ''].filter(Boolean);
  return [
    ...question,
    ...shown.flatMap((c, i) => {
      const mark = c.id && `[data-choice="${c.id}"]`;
      return [
        { text: `${i + 1}.`, mark },
        { text: c.text, mark },
      ];
    }),
  ];
}

export function feedbackParts(choice: ReadChoice, w: ReadingWords): ReadPart[] {
  return [`${w.tomSays}:`, { text: choice.feedback, mark: '.feedback' }];
}

export function rememberParts(remember: string, w: ReadingWords): string[] {
  return [`${w.remember}:`, remember];
}

export function pledgeParts(pledges: ReadLesson['pledges'], w: ReadingWords): string[] {
  return [w.pledgeHeading, w.pledgeIntro, ...pledges.map((p) => p.text)];
}

/** "Welcome back!": a pupil who left part-way can carry on, or start again (the two buttons' words). */
export function resumeParts(w: ReadingWords): string[] {
  return [w.resumeHeading, w.resumeText, w.resumeCarryOn, w.resumeStartAgain];
}
