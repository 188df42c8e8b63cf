/**
 * Every text a pupil can have read aloud (ages 5-7 and 7-11), per language, grouped by where it is heard (a lesson
 * id, or "pupils" for the prompts around the lessons and games). The narration script records
 * exactly these and the unit test checks each has its file, so the two cannot disagree. Reads
 * content/ and the translations as the pages do (facts filled in, the same translated words).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { locales, type Locale } from '../../src/i18n/config';
import { useTranslations } from '../../src/i18n/translate';
import { lessonSchema } from '../../src/schemas/lesson';
import { lessonStrings } from '../../src/components/lesson/strings';
import { factLookup } from '../../src/data/facts';
import { fillFactsDeep } from '../../src/lib/fact-tokens';
import { lessonReadingParts, welcomeParts } from '../../src/lib/reading-all';
import { nextLessonPart, placeParts } from '../../src/lib/map-reading';
import { TOPIC_ORDER } from '../../src/lib/journey';
import { narrationKey, narrationText, partText, partVoice, type ReadPart } from '../../src/lib/narration-key';
import { templatesUnder } from '../../src/i18n/translate';
import { translator } from '../../src/lib/template';
import { helplines, helplinesFor } from '../../src/data/facts';
import { helpLinesParts } from '../../src/lib/help-lines-reading';
import { localize, school } from '../../src/settings/school';
import * as kindComments from '../../games/kind-comments';
import * as ageGate from '../../games/age-gate';
import * as photoCheck from '../../games/photo-check';
import type { AgeBand, GameModule } from '../../games/contract';
import { gameContentSchema } from '../../src/schemas/game';
import { resolveAgeGate } from '../../src/lib/age-gate-items';
import { ageLimits } from '../../src/data/facts';
import { agreementParts } from '../../src/lib/agreement-reading';
import { pupilAgreementFor } from '../../src/data/parents';
import { sayable } from './pronunciations';

const BANDS: readonly AgeBand[] = ['ks1', 'ks2'];

export interface NarrationText {
  lang: Locale;
  /** A lesson id, or "pupils": what a device caches together for offline use. */
  group: string;
  text: string;
  /** A story character's eSpeak setting ("f2:p74"), or "" for Tom's voice (CHARACTER_VOICES). */
  voice: string;
  /** The recording's file name without ".mp3" (src/lib/narration-key.ts). */
  key: string;
  /** What eSpeak NG is given instead of `text`, where a name is respelled for it (./pronunciations.ts). */
  said?: string;
}

/** Every lesson in a language, facts filled in as the site fills them. */
function allLessons(lang: Locale, root: string) {
  const dir = join(root, 'lessons', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => fillFactsDeep(lessonSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))), factLookup));
}

/** A game's items as its page hands them over: Age Gate's joined to the facts file (src/data/games.ts). */
function gameItems(lang: Locale, id: string, root: string): { id: string; bands: AgeBand[] }[] {
  const data = gameContentSchema.parse(parse(readFileSync(join(root, 'games', lang, `${id}.yaml`), 'utf8')));
  if (data.id !== 'age-gate') return data.items;
  return resolveAgeGate(data.items, Object.fromEntries(ageLimits.services.map((s) => [s.id, s])));
}

/**
 * What a round of a game can read aloud at either age: the results' fixed words (the stars say the
 * score: see resultsParts), each turn and Tom's every reply (the game's own `spoken`).
 */
function gameParts(lang: Locale, game: GameModule<{ id: string; bands: AgeBand[] }>, root: string, bands: readonly AgeBand[]): string[] {
  const t = translator({ ...templatesUnder(lang, game.meta.i18n), ...templatesUnder(lang, 'game') });
  const words = useTranslations(lang);
  const results = [
    t('game.resultsHeading'),
    t('game.tryTakeYourTime'),
    t('game.tomSays'),
    t('game.notSaved'),
    ...[0, 1, 2, 3].map((count) => words('stars.outOf', { count })),
  ];
  const items = gameItems(lang, game.meta.id, root);
  return [...bands.flatMap((band) => game.spoken(items, t, band)), ...results];
}

/** The help lines box as the pupils' pages show it: ages 7-11 also hear the lines to call (HelpLines.astro). */
function helpLinesPartsFor(lang: Locale, bands: readonly AgeBand[]): string[] {
  const t = useTranslations(lang);
  return helpLinesParts({
    heading: t('helpLines.heading'),
    rule: localize(helplines.tellSomeone.ks1, lang).text,
    cantTell: t('helpLines.cantTell'),
    lines: bands.includes('ks2') ? helplinesFor(lang) : [],
  });
}

/** Every text to record, for both ages; `bands` narrows it (to measure what ages 5-7 alone need). */
export function narrationTexts(root = 'content', bands: readonly AgeBand[] = BANDS): NarrationText[] {
  const out: NarrationText[] = [];
  for (const lang of locales) {
    const seen = new Set<string>();
    const add = (group: string, parts: readonly ReadPart[]) => {
      for (const part of parts) {
        const text = narrationText(partText(part));
        const voice = partVoice(part);
        const key = narrationKey(lang, text, voice);
        if (seen.has(`${group}\n${key}`)) continue;
        seen.add(`${group}\n${key}`);
        const said = sayable(lang, text);
        out.push({ lang, group, text, voice, key, ...(said === text ? {} : { said }) });
      }
    };
    const strings = lessonStrings(useTranslations(lang));
    const lessons = allLessons(lang, root).filter((lesson) => bands.includes(lesson.ageBand));
    for (const lesson of lessons) add(lesson.id, lessonReadingParts(lesson, strings));
    const t = useTranslations(lang);
    add('pupils', [
      // "Who's playing?" (WhoIsPlaying.svelte) and a game with nobody chosen (GamePlayer.svelte).
      t('who.pickClassSpoken'),
      t('who.pickYourselfSpoken'),
      t('who.isThisYouSpoken'),
      t('game.chooseSpoken'),
      // Tom's map: its places, and where to go next (TomMap.svelte; a pupil's name is not recorded).
      t('who.guestNote'),
      t('map.allDone'),
      ...lessons.map((lesson) => nextLessonPart(t('map.tryNext'), lesson.title)),
      ...TOPIC_ORDER.flatMap((topic) => placeParts(t(`map.place.${topic}`), t(`map.about.${topic}`))),
      // The home page's welcome.
      ...welcomeParts(t('home.hello'), t('home.intro'), t('home.goldenRuleLabel'), localize(school.goldenRule, lang).text),
      // Where to get help, at the end of a lesson and on the pupils' pages (HelpLines.astro).
      ...helpLinesPartsFor(lang, bands),
      // How to play each game at each age, worded as the game page words it (the same templates).
      ...[kindComments, ageGate, photoCheck].flatMap((game) =>
        bands.map((band) => game.howTo(translator({ ...templatesUnder(lang, game.meta.i18n), ...templatesUnder(lang, 'game') }), band)),
      ),
    ]);
    // The pupils' agreements (parents/pupil-agreement/<band>/), in the language their pages show.
    const agreement = pupilAgreementFor(lang);
    if (agreement.lang === lang) {
      for (const band of bands) add('pupil-agreement', agreementParts(agreement.data.bands[band], localize(school.goldenRule, lang).text));
    }
    // Inside each game, grouped by the game's id (its page's path), as a lesson's are.
    for (const game of [kindComments, ageGate, photoCheck] as unknown as GameModule<{ id: string; bands: AgeBand[] }>[]) {
      add(game.meta.id, gameParts(lang, game, root, bands));
    }
  }
  return out;
}
