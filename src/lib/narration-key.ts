/**
 * Which recorded file reads a text aloud. The build script (scripts/make-narration.ts) and the
 * browser (src/speech/narration.ts) both name a recording by this key, so a text that changes gets
 * a new key and can never play old audio. Pure: no DOM.
 */

/**
 * The voice the recordings were made with: engine, speed (s), pitch (p) and MP3 bit rate in kbit/s
 * (b). Changing any of them renames every file, so no device keeps playing the old sound.
 */
export const NARRATION_VOICE = 'espeak-ng-1.0.2:s135:p48:b16';

/**
 * The children in the stories speak in their own voices: eSpeak NG's variant (f: girl, m: boy)
 * and a pitch well above Tom's 48 (eSpeak's scale, 0 to 99). Tom and the narrator keep NARRATION_VOICE. A voice's setting
 * is part of its files' names, so changing one renames just that child's recordings.
 */
export const CHARACTER_VOICES: Readonly<Record<string, string>> = {
  ava: 'f2:p84',
  priya: 'f4:p80',
  zara: 'f5:p88',
  cerys: 'f1:p82',
  sam: 'm3:p78',
  jay: 'm7:p72',
  leo: 'm2:p80',
  osian: 'm4:p76',
};

/**
 * A part with more to it than words: said by a story character in their own voice, or lighting up
 * what it reads on screen while it plays. A plain string is read in Tom's voice and lights nothing.
 */
export interface SpokenPart {
  text: string;
  /** A character id (src/schemas/lesson.ts); one without a voice of its own is read as Tom. */
  voice?: string | undefined;
  /** A CSS selector for what this part reads (the speech bubble, a choice): marked while it plays. */
  mark?: string | undefined;
}
export type ReadPart = string | SpokenPart;

export const partText = (part: ReadPart): string => (typeof part === 'string' ? part : part.text);

/** The eSpeak setting a part is read with: "" for Tom's own voice. */
export const partVoice = (part: ReadPart): string => (typeof part === 'string' || !part.voice ? '' : (CHARACTER_VOICES[part.voice] ?? ''));

/** A UK phone number: 0, then groups of digits ("0800 1111", "080 880 23456"). */
const PHONE_NUMBER = /\b0\d{2,4}(?: \d{3,6})+\b/g;

/**
 * The text as it is spoken: the same in the build and in the browser, whatever the spacing. A
 * phone number is said as a child would dial it, a digit at a time with a pause between groups
 * ("0 8 0 0, 1 1 1 1"): as written, eSpeak NG says "one thousand one hundred and eleven".
 */
export function narrationText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PHONE_NUMBER, (number) =>
      number
        .split(' ')
        .map((group) => [...group].join(' '))
        .join(', '),
    );
}

/**
 * cyrb53, a small 53-bit string hash: a few hundred lines of text per language make a collision
 * vanishingly unlikely, and it runs without SubtleCrypto's promises (or its secure-context rule).
 */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The recording's file name (without folder) for a text in a language ("en", "cy"), read in Tom's
 * voice or in a character's (`voice`: a CHARACTER_VOICES setting, as partVoice gives).
 */
export function narrationKey(lang: string, text: string, voice = ''): string {
  return hash53(`${lang}\n${NARRATION_VOICE}${voice ? `+${voice}` : ''}\n${narrationText(text)}`);
}

/** The file name for a part, in its speaker's voice. */
export const partKey = (lang: string, part: ReadPart): string => narrationKey(lang, partText(part), partVoice(part));

/** The folder a BCP 47 speech tag's recordings are in ("cy-GB" → "cy"). */
export function narrationLanguage(speechLang: string): string {
  return speechLang.toLowerCase().split(/[-_]/)[0]!;
}
