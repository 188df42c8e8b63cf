import type { Component } from 'svelte';
import type { AgeBand, GameResult, Translate } from '../../../games/contract';
import type { StorageWords } from '../storage-words';

/** The props of a game's words-only twin: the same round and rules as the canvas, as buttons and words. */
export interface WordsOnlyProps<Item> {
  items: readonly Item[];
  ageBand: AgeBand;
  t: Translate;
  onFinish: (result: GameResult) => void;
}
export type WordsOnly<Item> = Component<WordsOnlyProps<Item>>;

/** What the game page hands every game's island, made at build time. */
export interface GamePageProps<Item> {
  items: Item[];
  templates: Record<string, string>;
  strings: {
    readAloud: string;
    stopReading: string;
    switchPlayer: string;
    chooseWho: string;
    guestPlaying: string;
    starsOutOf: string[];
    storage: StorageWords;
  };
  locale: string;
  dir: 'ltr' | 'rtl';
  speechLang: string;
  audioSrc: string;
  whoHref: string;
  mapHref: string;
}
