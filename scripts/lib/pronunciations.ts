/**
 * How eSpeak NG is told to say the names it gets wrong, per language: a respelling it reads
 * right, used only when recording (the text on screen and the file's name stay as written).
 *
 * The English voice reads Welsh names by English rules ("Cerys" as "Seh-rees", "Osian" as
 * "Oh-zee-an"), and the Welsh voice reads English names by Welsh rules ("Fortnite" as "Vortniteh",
 * "Childline" with the "ch" of "bach"). A child who hears their own name, or a game they know,
 * said wrongly stops listening. Each respelling was checked with `espeak-ng -x` (its phonemes).
 */
import { createHash } from 'node:crypto';
import { narrationText } from '../../src/lib/narration-key';

export const PRONUNCIATIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    Cerys: 'Kerris',
    Osian: 'Oshan',
    Nain: 'Nine',
    Taid: 'Tide',
    Meic: 'Mike',
  },
  cy: {
    'Battle Royale': 'Batl Roial',
    Childline: 'Tsiaildlain',
    'Epic Games': 'Epic Geims',
    Fortnite: 'Ffortnait',
    Jay: 'Jei',
    Minecraft: 'Meincrafft',
    Newsround: 'Niwsrawnd',
    Priya: 'Prïa',
    Snapchat: 'Snaptsiat',
    Terrific: 'Terriffic',
    WhatsApp: 'Wotsap',
    YouTube: 'Iwtiwb',
  },
};

/** Per language, its names as whole words, not part of a longer one ("Jay" but not "Jayden"); an apostrophe may follow ("Osian's"). */
const PATTERNS: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(PRONUNCIATIONS).map(([lang, names]) => {
    const alternatives = Object.keys(names)
      .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    return [lang, new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'gu')];
  }),
);

/** What eSpeak NG is given to say for `text` in `lang`: the text as spoken, with the respellings. */
export function sayable(lang: string, text: string): string {
  const spoken = narrationText(text);
  const names = PRONUNCIATIONS[lang];
  return names ? spoken.replace(PATTERNS[lang]!, (name) => names[name]!) : spoken;
}

/**
 * For each recording made from a respelling, a short mark of what was said: the narration script
 * keeps them in its index.json and records a file again when its mark changes (a respelling was
 * added or mended), since the file's name, from the text on screen, does not change.
 */
export function respelled(texts: readonly { key: string; said?: string }[]): Record<string, string> {
  const marks: Record<string, string> = {};
  for (const { key, said } of texts) if (said) marks[key] = createHash('sha256').update(said).digest('base64url').slice(0, 10);
  return Object.fromEntries(Object.entries(marks).sort(([a], [b]) => a.localeCompare(b)));
}
