/**
 * The Phaser settings every game shares. Imported only by each game's boot.ts, so Phaser still
 * loads on game pages only.
 */
import * as Phaser from 'phaser';

export function baseConfig(el: HTMLElement, width: number, height: number): Phaser.Types.Core.GameConfig {
  return {
    // The canvas renderer: these games are cards, buttons and words, which Canvas 2D draws at a
    // steady 60 fps even without a GPU, where WebGL in software (many school laptops, and CI)
    // managed 23 (`npm run bench -- games`).
    type: Phaser.CANVAS,
    parent: el,
    width,
    height,
    // A transparent canvas over the game box's paper colour (the page's): Phaser
    // then skips filling the whole playfield every frame (4 to 7 more frames a second at 4x
    // slow-down, `npm run bench -- games`).
    transparent: true,
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
    render: { roundPixels: true },
    scene: [],
  };
}
