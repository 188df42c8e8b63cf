/**
 * Starting a game's Phaser scene in the box the page hands over: a live region that says in words
 * what the canvas shows, data attributes for tests, and the handle the page pauses and destroys.
 * Every game's boot.ts calls this; it is imported only from there, so Phaser stays lazy.
 */
import * as Phaser from 'phaser';
import { STAGES, type GameHandle, type MountOptions } from '../contract';
import { baseConfig } from './phaser-config';

/** `follow-up`: choosing again on the same turn, after a choice that was right so far (turn-scene.ts FollowUp). */
export type Phase = 'choosing' | 'follow-up' | 'feedback' | 'done';

/** What a game's play scene gets on top of the page's options. */
export interface SceneData<Item> extends MountOptions<Item> {
  /** Says the current state in words, for screen readers (a live region the game owns). */
  announce(text: string): void;
  /** Marks the game's box with the item on screen and the phase, for tests and styling. */
  mark(itemId: string, phase: Phase): void;
}

export function startScene<Item>(el: HTMLElement, opts: MountOptions<Item>, scene: new () => Phaser.Scene): Promise<GameHandle> {
  const size = STAGES[opts.orientation];
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  el.append(live);
  const data: SceneData<Item> = {
    ...opts,
    announce: (text) => {
      live.textContent = text;
    },
    mark: (itemId, phase) => {
      el.dataset.item = itemId;
      el.dataset.phase = phase;
    },
  };
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      ...baseConfig(el, size.width, size.height),
      callbacks: {
        postBoot: (booted) => {
          booted.scene.add('play', scene, true, data);
          resolve({
            pause: () => booted.pause(),
            resume: () => booted.resume(),
            destroy: () => {
              booted.destroy(true);
              live.remove();
            },
          });
        },
      },
    });
    void game;
  });
}
