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

/** The text as it is spoken: the same in the build and in the browser, whatever the spacing. */
export function narrationText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
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

/** The recording's file name (without folder) for a text in a language ("en", "cy"). */
export function narrationKey(lang: string, text: string): string {
  return hash53(`${lang}\n${NARRATION_VOICE}\n${narrationText(text)}`);
}

/** The folder a BCP 47 speech tag's recordings are in ("cy-GB" → "cy"). */
export function narrationLanguage(speechLang: string): string {
  return speechLang.toLowerCase().split(/[-_]/)[0]!;
}
