import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { narrationTexts } from '../../scripts/lib/narration-texts';
import { narrationKey, narrationLanguage, narrationText } from '../../src/lib/narration-key';
import { choiceParts, sceneParts } from '../../src/lib/lesson-reading';
import { lessonStrings } from '../../src/components/lesson/strings';
import { useTranslations } from '../../src/i18n/translate';
import { fillFactsDeep } from '../../src/lib/fact-tokens';
import { factLookup } from '../../src/data/facts';
import { loadLessons } from './support/content';

const texts = narrationTexts();
const file = (lang: string, key: string) => `public/audio/narration/${lang}/${key}.mp3`;

describe('narration', () => {
  it('collects the words of every KS1 lesson, in English and in Welsh', () => {
    for (const lang of ['en', 'cy'] as const) {
      const ks1 = loadLessons(lang).filter((l) => l.ageBand === 'ks1');
      expect(ks1.length).toBeGreaterThan(0);
      for (const lesson of ks1) {
        const mine = new Set(texts.filter((t) => t.lang === lang && t.group === lesson.id).map((t) => t.text));
        const filled = fillFactsDeep(lesson, factLookup);
        for (const scene of Object.values(filled.scenes)) {
          expect(mine.has(narrationText(scene.text)), `${lang}/${lesson.id}: ${scene.text}`).toBe(true);
          for (const choice of scene.choices ?? []) {
            expect(mine.has(narrationText(choice.text))).toBe(true);
            expect(mine.has(narrationText(choice.feedback))).toBe(true);
          }
          if (scene.end) expect(mine.has(narrationText(scene.end.remember))).toBe(true);
        }
        for (const pledge of filled.pledges) expect(mine.has(narrationText(pledge.text))).toBe(true);
      }
      // No fact token is ever read out as "{{age:…}}".
      expect(texts.filter((t) => t.text.includes('{{'))).toEqual([]);
    }
  });

  it("collects the prompts around the lessons: Who's playing, the map's places, how to play each game", () => {
    for (const lang of ['en', 'cy'] as const) {
      const t = useTranslations(lang);
      const pupils = new Set(texts.filter((x) => x.lang === lang && x.group === 'pupils').map((x) => x.text));
      for (const key of ['who.pickClassSpoken', 'who.isThisYouSpoken', 'game.chooseSpoken', 'map.about.sharing-images']) {
        expect(pupils.has(narrationText(t(key))), `${lang}: ${key}`).toBe(true);
      }
      expect(pupils.has(`${t('map.place.age-limits')}.`)).toBe(true);
      expect([...pupils].filter((text) => text.startsWith(t('kindComments.intro')))).toHaveLength(1);
    }
  });

  it('has a recording for every text a KS1 pupil can hear', () => {
    const missing = texts.filter((t) => !existsSync(file(t.lang, t.key)));
    expect(
      missing.map((t) => `${t.lang}: ${t.text}`),
      `${missing.length} texts have no recording: run \`npm run narration\` and commit public/audio/narration`,
    ).toEqual([]);
  });

  it("lists each language's recordings by lesson, for keeping them offline", () => {
    for (const lang of ['en', 'cy']) {
      const index = JSON.parse(readFileSync(`public/audio/narration/${lang}/index.json`, 'utf8')) as { groups: Record<string, string[]> };
      const groups: Record<string, string[]> = {};
      for (const t of texts.filter((x) => x.lang === lang)) (groups[t.group] ??= []).push(t.key);
      expect(index.groups, 'run `npm run narration`').toEqual(groups);
    }
  });

  it('names a recording by its language, voice and text, whatever the spacing', () => {
    expect(narrationKey('cy', 'Helo, Tom ydw i!')).toBe(narrationKey('cy', '  Helo,  Tom\nydw i! '));
    expect(narrationKey('cy', 'Helo')).not.toBe(narrationKey('en', 'Helo'));
    expect(narrationKey('en', 'Hello')).not.toBe(narrationKey('en', 'Hello!'));
    // A fixed value: the key must not drift between the build and the browser, or between runs.
    expect(narrationKey('en', 'Hello')).toMatchInlineSnapshot(`"1cauk6axva7"`);
    expect(narrationLanguage('cy-GB')).toBe('cy');
  });

  it('reads what the player shows: the parts of any order of choices were all recorded', () => {
    const strings = lessonStrings(useTranslations('cy'));
    const lesson = fillFactsDeep(
      loadLessons('cy').find((l) => l.ageBand === 'ks1')!,
      factLookup,
    );
    const recorded = new Set(texts.filter((t) => t.lang === 'cy').map((t) => t.key));
    for (const scene of Object.values(lesson.scenes)) {
      const parts = [...sceneParts(scene, strings), ...(scene.choices ? choiceParts(scene, [...scene.choices].reverse(), strings) : [])];
      for (const part of parts) expect(recorded.has(narrationKey('cy', part)), part).toBe(true);
    }
    // Joined, the parts are what Web Speech reads where there is no recording.
    const first = lesson.scenes[lesson.start]!;
    expect(sceneParts(first, strings).join(' ')).toContain(`${strings.characters[first.speaker]}: ${first.text}`);
  });
});
