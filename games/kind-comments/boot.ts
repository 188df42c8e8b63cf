/** Builds the Phaser game for Kind Comments. Loaded lazily by mount(). */
import * as Phaser from 'phaser';
import type { GameHandle, MountOptions } from '../contract';
import type { KindComment } from '../../src/schemas/game';
import { PlayScene, WIDTH, HEIGHT, type PlayData } from './scenes/play-scene';

export function start(el: HTMLElement, opts: MountOptions<KindComment>): Promise<GameHandle> {
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
      type: Phaser.AUTO,
      parent: el,
      width: WIDTH,
      height: HEIGHT,
      backgroundColor: '#fff8ec',
      // No console banner, no audio of Phaser's own (the page's Howler plays the sounds).
      banner: false,
      audio: { noAudio: true },
      scale: {
        mode: Phaser.Scale.FIT,
        autoCenter: Phaser.Scale.CENTER_HORIZONTALLY,
      },
      // Keys reach the game only while its box has focus, so page buttons keep Enter and Space.
      input: { keyboard: { target: el } },
      disableContextMenu: true,
      // Shown at about its own size, so no smoothing is needed; software WebGL draws faster without.
      render: { antialias: false, roundPixels: true },
      scene: [],
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
