// nspell ships no types: the part of its API the Welsh spelling test uses (see its readme).
declare module 'nspell' {
  interface NSpell {
    /** Whether the word is spelled right, as written. */
    correct(word: string): boolean;
    suggest(word: string): string[];
  }
  export default function nspell(dictionary: { aff: Uint8Array | string; dic?: Uint8Array | string }): NSpell;
}
