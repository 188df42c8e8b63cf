/** Builds the Phaser game for Photo Check. Loaded lazily by mount(). */
import * as Phaser from 'phaser';
import type { GameHandle, MountOptions } from '../contract';
import type { Photo } from '../../src/schemas/game';
import { PlayScene, WIDTH, HEIGHT, type PlayData } from './scenes/play-scene';
import { baseConfig } from '../shared/phaser-config';

export function start(el: HTMLElement, opts: MountOptions<Photo>): Promise<GameHandle> {
  // What the canvas shows, in words, for screen readers: the game owns this box and its contents.
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  el.append(live);
  const data: PlayData = {
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
      ...baseConfig(el, WIDTH, HEIGHT),
      callbacks: {
        postBoot: (booted) => {
          booted.scene.add('play', PlayScene, true, data);
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
