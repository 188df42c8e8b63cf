/** Terrific Tom as the games draw him: one face for every game, smiling or thinking. */
import * as Phaser from 'phaser';

const INK = 0x1d2a44;
const SKIN = 0xd99a6c;
const SUN = 0xffd23f;

export function drawTom(g: Phaser.GameObjects.Graphics, x: number, y: number, happy: boolean): void {
  g.fillStyle(SKIN).fillCircle(x, y, 42);
  g.lineStyle(4, INK).strokeCircle(x, y, 42);
  g.fillStyle(0x3b2a20).fillEllipse(x, y - 34, 76, 26);
  g.fillStyle(INK)
    .fillCircle(x - 14, y - 4, 5)
    .fillCircle(x + 14, y - 4, 5);
  g.lineStyle(4, INK);
  if (happy) {
    g.beginPath();
    g.arc(x, y + 10, 16, Phaser.Math.DegToRad(20), Phaser.Math.DegToRad(160), false);
    g.strokePath();
  } else {
    g.lineBetween(x - 12, y + 20, x + 12, y + 16);
  }
  g.fillStyle(SUN).fillCircle(x, y + 48, 10);
}
