/**
 * Photo Check, the play scene: a photo the pupil wants to post. Tom's lens moves to each thing in
 * it in turn: cover it with a sticker, or leave it (fine to show). Then: post it, or keep it off
 * line. Tom says why after every mistake. Keys 1 and 2, the arrows and Enter, a click or a tap.
 */
import * as Phaser from 'phaser';
import type { SceneData } from '../../shared/boot';
import type { GameResult } from '../../contract';
import { TurnScene, INK, PAPER, BLUE, SUN, starPoints, type TurnView, type Verdict } from '../../shared/turn-scene';
import type { Photo, PhotoDetailKind } from '../../../src/schemas/game';
import {
  actionsFor,
  answerFor,
  clockSeconds,
  judge,
  levelOf,
  stepId,
  replyTo,
  stepWords,
  stepsOf,
  tally,
  type Answer,
  type PhotoAction,
  type Step,
} from '../rules';

const SKINS = [0xf1c7a8, 0x8d5a3b, 0xe0ac7e, 0x6b4330, 0xb07a52];
const TOPS = [0xf4a3c0, 0x80cbc4, 0xb39ddb, 0x9ccc65, 0xf7b267];

export type PlayData = SceneData<Photo>;

/**
 * Where the photo goes on each playfield, and at what size (the photo is drawn once at 600 by
 * 300 and scaled), with the words beside it (wide) or under it (tall).
 */
const PLACES = {
  landscape: { photo: { x: 30, y: 50, scale: 1 }, caption: { x: 660, y: 56, wrap: 270 }, question: { x: 660, y: 200, wrap: 270 } },
  portrait: { photo: { x: 20, y: 64, scale: 0.733 }, caption: { x: 20, y: 300, wrap: 440 }, question: { x: 20, y: 410, wrap: 440 } },
} as const;

export class PlayScene extends TurnScene<Photo> {
  protected readonly layout = {
    choicesTop: { landscape: 360, portrait: 520 },
    feedbackTop: 462,
    detailSize: 19,
    words: 'photoCheck',
  };
  private steps: Step[] = [];
  private answers: Answer[] = [];
  private shownPhoto = '';
  private photo!: Phaser.GameObjects.Image;
  private lens!: Phaser.GameObjects.Image;
  private photoBits: Phaser.GameObjects.GameObject[] = [];
  private caption!: Phaser.GameObjects.Text;
  private question!: Phaser.GameObjects.Text;

  private get places() {
    return PLACES[this.frame.orientation];
  }

  /** A point in the photo (600 by 300) on the playfield. */
  private inPhoto(x: number, y: number): { x: number; y: number } {
    const { photo } = this.places;
    return { x: photo.x + x * photo.scale, y: photo.y + y * photo.scale };
  }

  protected reset(): void {
    this.steps = this.setup.items.flatMap(stepsOf);
    this.answers = [];
    this.shownPhoto = '';
    this.photoBits = [];
  }

  protected override turnCount(): number {
    return this.steps.length;
  }

  protected howTo(): string {
    return this.setup.t('photoCheck.howTo');
  }

  protected buildStage(): void {
    const { photo, caption, question } = this.places;
    const frameWidth = Math.round(600 * photo.scale) + 12;
    const frameHeight = Math.round(300 * photo.scale) + 12;
    this.add
      .image(
        photo.x - 6,
        photo.y - 6,
        this.bake(`frame-${frameWidth}`, frameWidth, frameHeight, (g) => {
          g.fillStyle(PAPER).fillRect(0, 0, frameWidth, frameHeight);
          g.lineStyle(4, INK).strokeRect(2, 2, frameWidth - 4, frameHeight - 4);
        }),
      )
      .setOrigin(0);
    this.photo = this.add.image(photo.x, photo.y, '__DEFAULT').setOrigin(0).setScale(photo.scale);
    this.lens = this.add
      .image(
        0,
        0,
        this.bake('lens', 120, 120, (g) => {
          g.lineStyle(10, PAPER).strokeCircle(60, 60, 52);
          g.lineStyle(6, BLUE).strokeCircle(60, 60, 52);
        }),
      )
      .setDepth(2);
    this.caption = this.text(caption.x, caption.y, '', 20, caption.wrap);
    this.question = this.text(question.x, question.y, '', 24, question.wrap).setFontStyle('bold');
    for (const action of ['cover', 'leave', 'post', 'keep'] as const) {
      this.bake(`photo-icon-${action}`, 64, 64, (g) => drawIcon(g, action));
    }
  }

  private get step(): Step {
    return this.steps[this.turn]!;
  }

  protected override upcoming(): (() => void)[] {
    return this.setup.items.map((photo) => () => this.photoTexture(photo));
  }

  private photoTexture(photo: Photo): string {
    return this.bake(`photo-${photo.id}`, 600, 300, (g) => {
      drawScene(g, photo.scene);
      photo.details.forEach((d, i) => drawDetail(g, d.kind, d.x, d.y, i));
    });
  }

  /**
   * The photo as one image, drawn once: its scene and everything in it. Words on signs are text
   * on top, on a plate of their own, so they stay as readable as every other word in the game.
   */
  private showPhoto(photo: Photo): void {
    if (this.shownPhoto === photo.id) return;
    this.shownPhoto = photo.id;
    for (const bit of this.photoBits) bit.destroy();
    this.photoBits = [];
    this.photo.setTexture(this.photoTexture(photo));
    for (const d of photo.details.filter((d) => d.text)) {
      const at = this.inPhoto(d.x, d.kind === 'house-number' ? d.y - 22 : d.y);
      this.photoBits.push(
        this.text(at.x, at.y, d.text!, d.kind === 'house-number' ? 22 : 18)
          .setOrigin(0.5)
          .setFontStyle('bold')
          .setBackgroundColor('#ffffff')
          .setPadding(4, 0, 4, 0),
      );
    }
    this.caption.setText(photo.caption);
  }

  private cover(photo: Photo, detailId: string): void {
    const d = photo.details.find((x) => x.id === detailId)!;
    const at = this.inPhoto(d.x, d.y);
    const sticker = this.add
      .image(
        at.x,
        at.y,
        this.bake('sticker', 84, 84, (g) => {
          g.fillStyle(SUN).fillCircle(42, 42, 38);
          g.lineStyle(4, INK).strokeCircle(42, 42, 38);
          const star = starPoints(42, 42, 26, 11);
          g.fillStyle(PAPER).fillPoints(star, true);
          g.lineStyle(3, INK).strokePoints(star, true);
        }),
      )
      .setScale(this.places.photo.scale)
      .setDepth(1);
    this.photoBits.push(sticker);
  }

  protected showTurn(): TurnView {
    const { t, items } = this.setup;
    const step = this.step;
    const photoNumber = items.indexOf(step.photo) + 1;
    this.showPhoto(step.photo);
    const detail = step.photo.details.find((d) => d.id === step.detailId);
    const scale = this.places.photo.scale;
    if (detail) {
      const at = this.inPhoto(detail.x, detail.y);
      this.lens.setVisible(true).setPosition(at.x, at.y).setScale(scale);
      if (!this.setup.reducedMotion) {
        this.lens.setScale(1.4 * scale);
        this.tweens.add({ targets: this.lens, scale, duration: 250, ease: 'Quad.easeOut' });
      }
    } else {
      this.lens.setVisible(false);
    }
    const words = stepWords(step, t);
    this.question.setText(words[1]!);
    const progress = t('photoCheck.progress', { n: photoNumber, total: items.length });
    return {
      itemId: stepId(step),
      choices: actionsFor(step).map((a) => ({ label: t(`photoCheck.action.${a}`), icon: `photo-icon-${a}` })),
      progress,
      words,
    };
  }

  protected scoreLine(): string {
    const { t } = this.setup;
    return t('photoCheck.score', { score: this.answers.filter((a) => judge(a.step, a.action).correct).length });
  }

  protected answer(choice: number): Verdict {
    const step = this.step;
    const action = actionsFor(step)[choice]!;
    this.answers.push({ step, action });
    // What should happen happens: a thing that must be covered gets its sticker either way.
    if (step.detailId && answerFor(step) === 'cover') this.cover(step.photo, step.detailId);
    return replyTo(step, action, this.setup.t);
  }

  protected override clockSeconds(): number {
    return clockSeconds(this.setup.ageBand, this.photoIndex);
  }

  protected override level(): number {
    return levelOf(this.photoIndex);
  }

  /** Time ran out on this thing (or on the decision): Tom does what should be done, and says why. */
  protected override timeUp(): Verdict {
    const step = this.step;
    this.answers.push({ step, action: null });
    if (step.detailId && answerFor(step) === 'cover') this.cover(step.photo, step.detailId);
    return replyTo(step, null, this.setup.t);
  }

  /** Which photo of the round is on screen, from 0. */
  private get photoIndex(): number {
    return this.setup.items.indexOf(this.step.photo);
  }

  protected result(durationMs: number): GameResult {
    return tally(this.answers, durationMs);
  }
}

/** Each photo's setting, drawn simply: sky, ground and one or two things that say where it is. */
function drawScene(g: Phaser.GameObjects.Graphics, scene: Photo['scene']): void {
  if (scene === 'party') {
    g.fillStyle(0xfff1b8).fillRect(0, 0, 600, 300);
    g.fillStyle(0xd7b98e).fillRect(0, 240, 600, 60);
    for (let i = 0; i < 8; i += 1) g.fillStyle(TOPS[i % TOPS.length]!).fillTriangle(i * 75, 10, i * 75 + 60, 10, i * 75 + 30, 40);
  } else if (scene === 'school-play') {
    g.fillStyle(0x7a1f2b).fillRect(0, 0, 600, 300);
    g.fillStyle(0xa8323f).fillRect(0, 0, 80, 300).fillRect(520, 0, 80, 300);
    g.fillStyle(0x8a5a2b).fillRect(0, 250, 600, 50);
  } else if (scene === 'walk-home') {
    g.fillStyle(0xcfe8ff).fillRect(0, 0, 600, 300);
    g.fillStyle(0xc9b8a6).fillRect(330, 60, 220, 190);
    g.lineStyle(3, INK).strokeRect(330, 60, 220, 190);
    g.fillStyle(0xb0b0b0).fillRect(0, 250, 600, 50);
  } else {
    // sports day and the park: grass under a blue sky
    g.fillStyle(0xcfe8ff).fillRect(0, 0, 600, 300);
    g.fillStyle(0x8bc47a).fillRect(0, 200, 600, 100);
    if (scene === 'sports-day') {
      g.lineStyle(4, PAPER).lineBetween(0, 250, 600, 250);
      g.lineStyle(6, 0xe53935).lineBetween(40, 150, 560, 150);
    }
  }
}

/** Everything that can be in a photo, each with a shape of its own. */
function drawDetail(g: Phaser.GameObjects.Graphics, kind: PhotoDetailKind, x: number, y: number, n: number): void {
  g.lineStyle(3, INK);
  const child = (size: number, skin: number, top: number) => {
    g.fillStyle(top).fillRoundedRect(x - size, y, size * 2, size * 2.2, size / 2);
    g.strokeRoundedRect(x - size, y, size * 2, size * 2.2, size / 2);
    g.fillStyle(skin).fillCircle(x, y - size * 0.9, size);
    g.strokeCircle(x, y - size * 0.9, size);
    g.fillStyle(INK)
      .fillCircle(x - size / 3, y - size, 3)
      .fillCircle(x + size / 3, y - size, 3);
  };
  switch (kind) {
    case 'me':
      child(30, SKINS[2]!, 0x1f4fd1);
      g.fillStyle(SUN).fillCircle(x, y + 14, 8);
      break;
    case 'other-child':
      child(24, SKINS[(n + 1) % SKINS.length]!, TOPS[n % TOPS.length]!);
      break;
    case 'school-badge':
      g.fillStyle(SUN).fillTriangle(x - 12, y - 12, x + 12, y - 12, x, y + 14);
      g.strokeTriangle(x - 12, y - 12, x + 12, y - 12, x, y + 14);
      break;
    case 'school-name':
    case 'street-name':
      if (kind === 'street-name') g.fillStyle(0x666666).fillRect(x - 3, y, 6, 110);
      g.fillStyle(PAPER).fillRect(x - 70, y - 18, 140, 36);
      g.strokeRect(x - 70, y - 18, 140, 36);
      break;
    case 'house-number':
      g.fillStyle(0x2e7d32).fillRect(x - 30, y - 50, 60, 110);
      g.strokeRect(x - 30, y - 50, 60, 110);
      g.fillStyle(PAPER).fillRect(x - 18, y - 36, 36, 28);
      g.strokeRect(x - 18, y - 36, 36, 28);
      break;
    case 'tree':
      g.fillStyle(0x8a5a2b).fillRect(x - 8, y, 16, 80);
      g.fillStyle(0x4caf50).fillCircle(x, y - 10, 46);
      g.strokeCircle(x, y - 10, 46);
      break;
    case 'cake':
      g.fillStyle(0xf8bbd0).fillRect(x - 40, y - 20, 80, 40);
      g.strokeRect(x - 40, y - 20, 80, 40);
      g.fillStyle(SUN).fillRect(x - 2, y - 36, 4, 16);
      break;
    case 'dog':
      g.fillStyle(0xa1887f).fillEllipse(x, y, 60, 30);
      g.strokeEllipse(x, y, 60, 30);
      g.fillCircle(x + 32, y - 14, 14);
      g.strokeCircle(x + 32, y - 14, 14);
      break;
    case 'balloon':
      g.fillStyle(0xe53935).fillEllipse(x, y, 40, 50);
      g.strokeEllipse(x, y, 40, 50);
      g.lineBetween(x, y + 25, x, y + 90);
      break;
  }
}

/** Shapes say what each button does, so colour is never the only cue. */
function drawIcon(g: Phaser.GameObjects.Graphics, action: PhotoAction): void {
  g.lineStyle(3, INK);
  if (action === 'cover') {
    g.fillStyle(SUN).fillCircle(32, 32, 26);
    g.strokeCircle(32, 32, 26);
  } else if (action === 'leave') {
    g.fillStyle(PAPER).fillEllipse(32, 32, 54, 30);
    g.strokeEllipse(32, 32, 54, 30);
    g.fillStyle(INK).fillCircle(32, 32, 8);
  } else if (action === 'post') {
    g.fillStyle(PAPER).fillTriangle(8, 30, 58, 12, 28, 56);
    g.strokeTriangle(8, 30, 58, 12, 28, 56);
  } else {
    g.fillStyle(0xe53935).fillCircle(32, 32, 26);
    g.strokeCircle(32, 32, 26);
    g.lineStyle(6, PAPER).lineBetween(14, 32, 50, 32);
  }
}
