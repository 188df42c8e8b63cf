/**
 * The yardstick for the game benchmarks: a bare Phaser scene (one moving shape and a line of
 * text) built the same way as the games, so the figures for each game can be read as a ratio.
 */
import * as Phaser from 'phaser';

class Bare extends Phaser.Scene {
  constructor() {
    super('bare');
  }
  create(): void {
    const square = this.add.rectangle(480, 300, 160, 160, 0x1f4fd1);
    this.add.text(40, 40, 'A bare Phaser scene', { fontSize: '32px', color: '#1d2a44' });
    this.tweens.add({ targets: square, angle: 360, duration: 2000, repeat: -1 });
    (window as unknown as { playableAt: number }).playableAt = performance.now();
  }
}

// The games' renderer (games/shared/phaser-config.ts), so the ratios compare like with like.
new Phaser.Game({
  type: Phaser.CANVAS,
  parent: 'game',
  width: 960,
  height: 600,
  backgroundColor: '#fff8ec',
  banner: false,
  audio: { noAudio: true },
  scene: [Bare],
});
