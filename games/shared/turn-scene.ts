/**
 * What every game's play scene shares: shapes drawn once into textures, text in the site's font,
 * and Tom's feedback panel (his face, a headline, why, and Next). Each game's scene extends this
 * and keeps only its own play.
 */
import * as Phaser from 'phaser';

export const FONT = '"Atkinson Hyperlegible Next", "Atkinson Hyperlegible", system-ui, sans-serif';
export const INK = 0x1d2a44;
export const INK_CSS = '#1d2a44';
export const PAPER = 0xffffff;
export const BLUE = 0x1f4fd1;
export const LEAF = 0xe3f6e5;
export const SKY = 0xe6f0ff;
export const SUN = 0xffd23f;
export const SUN_PALE = 0xfff3c4;

export interface FeedbackLayout {
  /** Top of the panel. */
  y: number;
  /** Left edge and width of the panel. */
  x: number;
  width: number;
  detailSize: number;
  nextLabel: string;
  onNext(): void;
}

/** Tom's poses the games show, drawn by the site (pages/games/tom/[pose].svg.ts). */
const TOM_POSES = ['cheering', 'thinking'] as const;
const TOM_SIZE = 110;
/** Tom's centre in the feedback panel. */
const TOM_Y = 68;

export abstract class TurnScene extends Phaser.Scene {
  protected feedback!: Phaser.GameObjects.Container;
  private feedbackPanel!: Phaser.GameObjects.Image;
  private feedbackWidth = 0;
  private tom!: Phaser.GameObjects.Image;
  private headline!: Phaser.GameObjects.Text;
  private detail!: Phaser.GameObjects.Text;

  /** Tom's drawings, from the site's own art, at twice the size they are shown (sharp when scaled up). */
  preload(): void {
    for (const pose of TOM_POSES) {
      if (!this.textures.exists(`tom-${pose}`)) {
        this.load.svg(`tom-${pose}`, `/games/tom/${pose}.svg`, { width: TOM_SIZE * 2, height: TOM_SIZE * 2 });
      }
    }
  }

  /**
   * Calls `handler` once for each key pressed while the game's box has focus. Phaser's keyboard
   * queue is cleared only at the end of a frame, and each new key replays the whole queue, so a
   * number then Enter inside one slow frame would answer twice. Each event is handled once here.
   */
  protected onKeyDown(handler: (event: KeyboardEvent) => void): void {
    const handled = new WeakSet<KeyboardEvent>();
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (handled.has(event)) return;
      handled.add(event);
      handler(event);
    });
  }

  /**
   * Draws a shape once into a texture. Phaser replays a Graphics object's drawing every frame;
   * an image of it costs nothing.
   */
  protected bake(key: string, width: number, height: number, draw: (g: Phaser.GameObjects.Graphics) => void): string {
    if (!this.textures.exists(key)) {
      const g = this.make.graphics({}, false);
      draw(g);
      g.generateTexture(key, width, height);
      g.destroy();
    }
    return key;
  }

  protected text(x: number, y: number, value: string, size: number, wrap?: number): Phaser.GameObjects.Text {
    return this.add.text(x, y, value, {
      fontFamily: FONT,
      fontSize: `${size}px`,
      color: INK_CSS,
      ...(wrap ? { wordWrap: { width: wrap, useAdvancedWrap: true } } : {}),
    });
  }

  /** Tom's panel, built once and hidden; each turn only changes what it says. */
  protected buildFeedback(layout: FeedbackLayout): void {
    const box = this.add.container(0, layout.y);
    this.feedbackWidth = layout.width;
    this.feedbackPanel = this.add.image(layout.x, 0, '__DEFAULT').setOrigin(0);
    this.tom = this.add.image(layout.x + 70, TOM_Y, '__DEFAULT');
    this.headline = this.text(layout.x + 130, 12, '', 25).setFontStyle('bold');
    this.detail = this.text(layout.x + 130, 44, '', layout.detailSize, layout.width - 330);
    const nextX = layout.x + layout.width - 180;
    const next = this.add
      .image(
        nextX,
        38,
        this.bake('next', 150, 56, (g) => {
          g.fillStyle(BLUE).fillRoundedRect(2, 2, 146, 52, 26);
          g.lineStyle(3, INK).strokeRoundedRect(2, 2, 146, 52, 26);
        }),
      )
      .setOrigin(0);
    const label = this.add
      .text(nextX + 75, 66, layout.nextLabel, { fontFamily: FONT, fontSize: '24px', color: '#ffffff', fontStyle: 'bold' })
      .setOrigin(0.5);
    const zone = this.add.zone(nextX, 38, 150, 56).setOrigin(0).setInteractive({ useHandCursor: true });
    zone.on('pointerdown', () => layout.onNext());
    box.add([this.feedbackPanel, this.tom, this.headline, this.detail, next, label, zone]);
    box.setVisible(false);
    this.feedback = box;
  }

  /** Green and a smile when right, yellow and a thinking face when not: shape and words as well as colour. */
  protected showFeedback(correct: boolean, headline: string, detail: string, reducedMotion: boolean): void {
    const width = this.feedbackWidth;
    this.feedbackPanel.setTexture(
      this.bake(`feedback-${correct ? 'right' : 'wrong'}`, width, 134, (g) => {
        g.fillStyle(correct ? LEAF : SUN_PALE).fillRoundedRect(2, 2, width - 4, 130, 20);
        g.lineStyle(4, INK).strokeRoundedRect(2, 2, width - 4, 130, 20);
      }),
    );
    this.tom.setTexture(`tom-${correct ? 'cheering' : 'thinking'}`).setDisplaySize(TOM_SIZE, TOM_SIZE);
    this.headline.setText(headline);
    this.detail.setText(detail);
    this.feedback.setVisible(true);
    if (!reducedMotion) {
      this.feedback.setAlpha(0);
      this.tweens.add({ targets: this.feedback, alpha: 1, duration: 200 });
      // Tom hops for a right answer and tilts his head to think for a wrong one.
      this.tweens.killTweensOf(this.tom);
      this.tom.setY(TOM_Y).setAngle(0);
      this.tweens.add(
        correct
          ? { targets: this.tom, y: TOM_Y - 14, duration: 180, yoyo: true, repeat: 1, ease: 'Sine.easeOut' }
          : { targets: this.tom, angle: -6, duration: 260, yoyo: true, ease: 'Sine.easeInOut' },
      );
    }
  }
}
