import { existsSync, readFileSync, readFileSync as read, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { narrationTexts } from '../../scripts/lib/narration-texts';
import {
  CHARACTER_VOICES,
  NARRATION_VOICE,
  narrationKey,
  narrationLanguage,
  narrationText,
  partKey,
  partText,
} from '../../src/lib/narration-key';
import { characterSchema } from '../../src/schemas/lesson';
import { choiceParts, feedbackParts, resumeParts, sceneParts } from '../../src/lib/lesson-reading';
import { lessonStrings } from '../../src/components/lesson/strings';
import { useTranslations } from '../../src/i18n/translate';
import { fillFactsDeep } from '../../src/lib/fact-tokens';
import { factLookup } from '../../src/data/facts';
import { loadLessons } from './support/content';
import { parse } from 'yaml';
import { kindCommentsSchema, photoCheckSchema } from '../../src/schemas/game';
import * as ageGate from '../../games/age-gate';
import * as photoCheck from '../../games/photo-check';
import { resolveAgeGate } from '../../src/lib/age-gate-items';
import { ageLimits, helplinesFor } from '../../src/data/facts';
import { helpLinesParts } from '../../src/lib/help-lines-reading';
import { gameContentSchema } from '../../src/schemas/game';
import { actionsFor, commentWords, replyTo } from '../../games/kind-comments/rules';
import { choiceParts as gameChoiceParts, replyParts } from '../../games/shared/reading';
import { templatesUnder } from '../../src/i18n/translate';
import { translator } from '../../src/lib/template';
import { resultsParts } from '../../src/lib/game-reading';
import { agreementParts } from '../../src/lib/agreement-reading';
import { localize, school } from '../../src/settings/school';
import { respelled, sayable } from '../../scripts/lib/pronunciations';

const texts = narrationTexts();
const file = (lang: string, key: string) => `public/audio/narration/${lang}/${key}.mp3`;

describe('narration', () => {
  it('collects the words of every lesson, for both ages, in English and in Welsh', () => {
    for (const lang of ['en', 'cy'] as const) {
      const lessons = loadLessons(lang);
      expect(new Set(lessons.map((l) => l.ageBand))).toEqual(new Set(['ks1', 'ks2']));
      for (const lesson of lessons) {
        const mine = new Set(texts.filter((t) => t.lang === lang && t.group === lesson.id).map((t) => t.text));
        const filled = fillFactsDeep(lesson, factLookup);
        for (const scene of Object.values(filled.scenes)) {
          expect(mine.has(narrationText(scene.text)), `${lang}/${lesson.id}: ${scene.text}`).toBe(true);
          // A post on screen is read too, in its author's voice: a child who cannot read hears what was posted.
          if (scene.post) expect(mine.has(narrationText(scene.post.text)), `${lang}/${lesson.id}: ${scene.post.text}`).toBe(true);
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
      // How to play, once for each age.
      expect([...pupils].filter((text) => text.startsWith(t('kindComments.intro')))).toHaveLength(2);
    }
  });

  it('collects what a game reads at either age: each comment, its choices and every reply Tom can give, in a Welsh and an English round', () => {
    for (const lang of ['en', 'cy'] as const) {
      const t = translator({ ...templatesUnder(lang, 'kindComments'), ...templatesUnder(lang, 'game') });
      const mine = new Set(texts.filter((x) => x.lang === lang && x.group === 'kind-comments').map((x) => x.text));
      const comments = kindCommentsSchema.parse(parse(read(`content/games/${lang}/kind-comments.yaml`, 'utf8'))).items;
      for (const band of ['ks1', 'ks2'] as const) {
        const inBand = comments.filter((c) => c.bands.includes(band));
        expect(inBand.length).toBeGreaterThan(0);
        // KS2 has more actions than KS1 (sending a nasty one to a grown-up): each has its own words.
        const labels = actionsFor(band).map((a) => t(`kindComments.action.${a}`));
        for (const comment of inBand) {
          // What the scene hands the page's read-aloud button (games/shared/turn-scene.ts): the turn, then each reply.
          const turn = [...commentWords(comment, t), ...gameChoiceParts(labels)];
          const replies = [...actionsFor(band), null].flatMap((a) => replyParts(replyTo(comment, a, t)));
          for (const part of [...turn, ...replies]) expect(mine.has(narrationText(part)), `${lang}/${band}: ${part}`).toBe(true);
          expect(mine.has(narrationText(comment.text))).toBe(true);
          expect(mine.has(narrationText(comment.why))).toBe(true);
        }
      }
      // The results, for every game: all of it recorded (the stars say the score, not numbers).
      for (const game of ['kind-comments', 'age-gate', 'photo-check']) {
        const results = new Set(texts.filter((x) => x.lang === lang && x.group === game).map((x) => x.key));
        const parts = resultsParts(t, {
          starsLabel: useTranslations(lang)('stars.outOf', { count: 1 }),
          timedOut: 2,
          timed: true,
          missed: [],
          guest: true,
        });
        expect(parts).toContain(t('game.tryTakeYourTime'));
        expect(
          parts.filter((part) => !results.has(narrationKey(lang, part))),
          game,
        ).toEqual([]);
      }
    }
  });

  it("collects Tom's reason for any mistake a pupil can make in Age Gate and Photo Check, as the results read it", () => {
    for (const lang of ['en', 'cy'] as const) {
      const heard = (group: string) => new Set(texts.filter((x) => x.lang === lang && x.group === group).map((x) => x.text));
      const mistake = (itemId: string) => ({ itemId, chosen: 'x', misconception: 'x' });
      const gate = gameContentSchema.parse(parse(read(`content/games/${lang}/age-gate.yaml`, 'utf8')));
      if (gate.id !== 'age-gate') throw new Error('not the age gate');
      const rounds = resolveAgeGate(gate.items, Object.fromEntries(ageLimits.services.map((s) => [s.id, s])));
      const gateHeard = heard('age-gate');
      for (const round of rounds) {
        const why = ageGate.explain(mistake(round.id), rounds)!;
        expect(gateHeard.has(narrationText(why)), `${lang}: ${why}`).toBe(true);
      }
      const photos = photoCheckSchema.parse(parse(read(`content/games/${lang}/photo-check.yaml`, 'utf8'))).items;
      const photoHeard = heard('photo-check');
      for (const photo of photos) {
        for (const id of [...photo.details.map((d) => d.id), 'post']) {
          const why = photoCheck.explain(mistake(`${photo.id}/${id}`), photos)!;
          expect(photoHeard.has(narrationText(why)), `${lang}: ${why}`).toBe(true);
        }
      }
    }
  });

  it("collects the resume prompt of every lesson, the pupils' agreements for both ages and the help lines", () => {
    for (const lang of ['en', 'cy'] as const) {
      const strings = lessonStrings(useTranslations(lang));
      for (const lesson of loadLessons(lang)) {
        const mine = new Set(texts.filter((x) => x.lang === lang && x.group === lesson.id).map((x) => x.text));
        for (const part of resumeParts(strings)) expect(mine.has(narrationText(part)), `${lang}/${lesson.id}: ${part}`).toBe(true);
      }
      type Agreement = { title: string; intro: string; promises: { text: string }[] };
      const agreement = fillFactsDeep(
        parse(read(`content/agreements/${lang}.yaml`, 'utf8')) as { bands: { ks1: Agreement; ks2: Agreement } },
        factLookup,
      );
      const mine = new Set(texts.filter((x) => x.lang === lang && x.group === 'pupil-agreement').map((x) => x.text));
      for (const band of ['ks1', 'ks2'] as const) {
        const parts = agreementParts(agreement.bands[band], localize(school.goldenRule, lang).text);
        expect(parts.length).toBeGreaterThan(3);
        for (const part of parts) expect(mine.has(narrationText(part)), `${lang}/${band}: ${part}`).toBe(true);
      }
      // The help lines box on the pupils' pages: every line's name and number, as HelpLines.astro reads them.
      const pupils = new Set(texts.filter((x) => x.lang === lang && x.group === 'pupils').map((x) => x.text));
      for (const line of helplinesFor(lang)) {
        expect(pupils.has(narrationText(`${line.name}: ${line.phone}.`)), `${lang}: ${line.name}`).toBe(true);
      }
    }
  });

  it('reads a phone number a digit at a time, pausing between its groups, as a child would dial it', () => {
    expect(narrationText('Call Childline free on 0800 1111.')).toBe('Call Childline free on 0 8 0 0, 1 1 1 1.');
    expect(narrationText('ffonio Meic ar 080 880 23456 neu')).toBe('ffonio Meic ar 0 8 0, 8 8 0, 2 3 4 5 6 neu');
    // Not a phone number: an age, a year, a text short code.
    expect(narrationText('Ava is 13. In 2025, text 84001.')).toBe('Ava is 13. In 2025, text 84001.');
    expect(helpLinesParts({ heading: 'Help', rule: 'Tell', cantTell: 'Or call', lines: [] })).toEqual(['Help', 'Tell']);
  });

  it('has a recording for every text a pupil can hear', () => {
    const missing = texts.filter((t) => !existsSync(file(t.lang, t.key)));
    expect(
      missing.map((t) => `${t.lang}: ${t.text}`),
      `${missing.length} texts have no recording: run \`npm run narration\` and commit public/audio/narration`,
    ).toEqual([]);
  });

  it('keeps what ages 5-7 hear under 8 MB a language, and says what both ages need', () => {
    const bytes = (list: readonly { lang: string; key: string }[], lang: string) =>
      [...new Set(list.filter((t) => t.lang === lang).map((t) => t.key))].reduce((sum, key) => sum + statSync(file(lang, key)).size, 0);
    const ks1 = narrationTexts('content', ['ks1']);
    for (const lang of ['en', 'cy']) {
      const young = bytes(ks1, lang);
      const all = bytes(texts, lang);
      console.log(`narration ${lang}: ages 5-7 ${(young / 1e6).toFixed(2)} MB, both ages ${(all / 1e6).toFixed(2)} MB`);
      expect(young).toBeLessThan(8_000_000);
      expect(young).toBeLessThan(all);
    }
  });

  it('has no recording cut short or drawn out: each lasts about as long as its words take to say', () => {
    // The MP3s have a constant bit rate (NARRATION_VOICE's "b16": 16 kbit/s, 2,000 bytes a second).
    // Speech at the recorded speed runs at 11 to 12 characters a second; a phone number said a
    // digit at a time, at about 5.
    const bytesPerSecond = (Number(NARRATION_VOICE.split(':b')[1]) * 1000) / 8;
    for (const t of texts.filter((x) => x.text.length > 25)) {
      const seconds = statSync(file(t.lang, t.key)).size / bytesPerSecond;
      const perSecond = (t.said ?? t.text).length / seconds;
      expect(perSecond, `${t.lang}: ${t.text}`).toBeGreaterThan(4);
      expect(perSecond, `${t.lang}: ${t.text}`).toBeLessThan(20);
    }
  });

  it("lists each language's recordings by lesson, for keeping them offline", () => {
    for (const lang of ['en', 'cy']) {
      const index = JSON.parse(readFileSync(`public/audio/narration/${lang}/index.json`, 'utf8')) as {
        groups: Record<string, string[]>;
        said: Record<string, string>;
      };
      const groups: Record<string, string[]> = {};
      for (const t of texts.filter((x) => x.lang === lang)) (groups[t.group] ??= []).push(t.key);
      expect(index.groups, 'run `npm run narration`').toEqual(groups);
      // Every file made from a respelling was made from the respelling there is now.
      expect(index.said, 'a respelling changed: run `npm run narration`').toEqual(respelled(texts.filter((x) => x.lang === lang)));
    }
  });

  it('has each voice say the names it would get wrong from a respelling, whole names only', () => {
    expect(sayable('en', "Cerys and Osian's tablet")).toBe("Kerris and Oshan's tablet");
    expect(sayable('cy', 'Mae Jayden a Jay yn chwarae Fortnite.')).toBe('Mae Jayden a Jei yn chwarae Ffortnait.');
    // Each voice says its own language's names right: Cerys in Welsh, Fortnite in English.
    expect(sayable('cy', 'Mae Cerys yn hapus.')).toBe('Mae Cerys yn hapus.');
    expect(sayable('en', 'Jay plays Fortnite.')).toBe('Jay plays Fortnite.');
    // The English lessons name Cerys and Osian often: their recordings are said from the respelling.
    const english = texts.filter((x) => x.lang === 'en' && /\bCerys\b/.test(x.text));
    expect(english.length).toBeGreaterThan(10);
    for (const t of english) expect(t.said).toContain('Kerris');
  });

  it('names a recording by its language, voice and text, whatever the spacing', () => {
    expect(narrationKey('cy', 'Helo, Tom ydw i!')).toBe(narrationKey('cy', '  Helo,  Tom\nydw i! '));
    expect(narrationKey('cy', 'Helo')).not.toBe(narrationKey('en', 'Helo'));
    expect(narrationKey('en', 'Hello')).not.toBe(narrationKey('en', 'Hello!'));
    // A fixed value: the key must not drift between the build and the browser, or between runs.
    expect(narrationKey('en', 'Hello')).toMatchInlineSnapshot(`"12o95lqhwgt"`);
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
      for (const part of parts) expect(recorded.has(partKey('cy', part)), partText(part)).toBe(true);
    }
    // Joined, the parts are what Web Speech reads where there is no recording.
    const first = lesson.scenes[lesson.start]!;
    expect(sceneParts(first, strings).map(partText).join(' ')).toContain(`${strings.characters[first.speaker]}: ${first.text}`);
  });

  it("points each part at what it reads on screen: the bubble, the post, each choice button, Tom's reply", () => {
    const strings = lessonStrings(useTranslations('en'));
    const lesson = fillFactsDeep(
      loadLessons('en').find((l) => l.id === 'posting-kindly-ks1')!,
      factLookup,
    );
    const withPost = Object.values(lesson.scenes).find((s) => s.post && s.choices)!;
    const marks = (parts: readonly (string | { text: string; mark?: string | undefined })[]) =>
      parts.map((p) => (typeof p === 'string' ? undefined : p.mark));
    expect(marks(sceneParts(withPost, strings))).toContain('.bubble');
    expect(marks(sceneParts(withPost, strings))).toContain('.post');
    const shown = [...withPost.choices!].reverse();
    // The number and the words of each choice light up its own button, in the order shown.
    const lit = marks(choiceParts(withPost, shown, strings)).filter(Boolean);
    expect(lit).toEqual(shown.flatMap((c) => [`[data-choice="${c.id}"]`, `[data-choice="${c.id}"]`]));
    expect(marks(feedbackParts(shown[0]!, strings))).toEqual([undefined, '.feedback']);
  });

  it("reads each child in the stories in a voice of their own, and Tom and the narrator in Tom's", () => {
    const children = characterSchema.options.filter((c) => c !== 'tom' && c !== 'narrator');
    expect(Object.keys(CHARACTER_VOICES).sort()).toEqual([...children].sort());
    expect(new Set(Object.values(CHARACTER_VOICES)).size).toBe(children.length);
    const strings = lessonStrings(useTranslations('en'));
    const lessons = loadLessons('en');
    const recorded = new Set(texts.filter((t) => t.lang === 'en').map((t) => t.key));
    let heard = 0;
    for (const scene of lessons.flatMap((l) => Object.values(fillFactsDeep(l, factLookup).scenes))) {
      const words = sceneParts(scene, strings).find((part) => partText(part) === scene.text)!;
      const own = partKey('en', words);
      // Tom and the narrator share Tom's recordings; a child's words are recorded in their voice.
      expect(own === narrationKey('en', scene.text)).toBe(scene.speaker === 'tom' || scene.speaker === 'narrator');
      expect(recorded.has(own), scene.text).toBe(true);
      if (scene.speaker !== 'tom' && scene.speaker !== 'narrator') heard += 1;
    }
    expect(heard).toBeGreaterThan(5);
  });
});
