/**
 * Photo Check, the play scene: a photo the pupil wants to post. Tom's lens moves to each thing in
 * it in turn: cover it with a sticker, or leave it (fine to show). Then: post it, or keep it off
 * line. Tom says why after every mistake. Keys 1 and 2, the arrows and Enter, a click or a tap.
 */
import * as Phaser from 'phaser';
import type { SceneData } from '../../shared/boot';
import { TurnScene, INK, PAPER, BLUE, SKY, SUN, SUN_PALE } from '../../shared/turn-scene';
import type { Photo, PhotoDetailKind } from '../../../src/schemas/game';
import { actionsFor, answerFor, judge, stepId, stepsOf, tally, whyFor, type Answer, type PhotoAction, type Step } from '../rules';

export const WIDTH = 960;
export const HEIGHT = 600;
const PHOTO_X = 30;
const PHOTO_Y = 52;

const SKINS = [0xf1c7a8, 0x8d5a3b, 0xe0ac7e, 0x6b4330, 0xb07a52];
const TOPS = [0xf4a3c0, 0x80cbc4, 0xb39ddb, 0x9ccc65, 0xf7b267];

export type PlayData = SceneData<Photo>;

export class PlayScene extends TurnScene {
  private setup!: PlayData;
  private steps: Step[] = [];
  private index = 0;
  private answers: Answer[] = [];
  private startedAt = 0;
  private focused = 0;
  private phase: 'choosing' | 'feedback' | 'done' = 'choosing';
  private finished = false;
  private shownPhoto = '';
  private photo!: Phaser.GameObjects.Image;
  private lens!: Phaser.GameObjects.Image;
  private photoBits: Phaser.GameObjects.GameObject[] = [];
  private caption!: Phaser.GameObjects.Text;
  private question!: Phaser.GameObjects.Text;
  private buttonBoxes: Phaser.GameObjects.Image[] = [];
  private buttonLabels: Phaser.GameObjects.Text[] = [];
  private buttonIcons: Phaser.GameObjects.Image[] = [];
  private progress!: Phaser.GameObjects.Text;
  private score!: Phaser.GameObjects.Text;

  constructor() {
    super('play');
  }

  init(data: PlayData): void {
    this.setup = data;
    this.steps = data.items.flatMap(stepsOf);
    this.index = 0;
    this.answers = [];
    this.focused = 0;
    this.phase = 'choosing';
    this.finished = false;
    this.shownPhoto = '';
  }

  create(): void {
    this.startedAt = this.time.now;
    this.progress = this.text(PHOTO_X, 14, '', 22);
    this.score = this.text(WIDTH - 30, 14, '', 22).setOrigin(1, 0);
    this.add
      .image(
        PHOTO_X - 6,
        PHOTO_Y - 6,
        this.bake('frame', 612, 312, (g) => {
          g.fillStyle(PAPER).fillRect(0, 0, 612, 312);
          g.lineStyle(4, INK).strokeRect(2, 2, 608, 308);
        }),
      )
      .setOrigin(0);
    this.photo = this.add.image(PHOTO_X, PHOTO_Y, '__DEFAULT').setOrigin(0);
    this.lens = this.add.image(
      0,
      0,
      this.bake('lens', 120, 120, (g) => {
        g.lineStyle(10, PAPER).strokeCircle(60, 60, 52);
        g.lineStyle(6, BLUE).strokeCircle(60, 60, 52);
      }),
    );
    this.caption = this.text(660, 56, '', 20, 270);
    this.question = this.text(660, 200, '', 24, 270).setFontStyle('bold');
    this.buildButtons();
    this.buildFeedback({
      y: 460,
      x: 30,
      width: 900,
      detailSize: 19,
      nextLabel: this.setup.t('photoCheck.next'),
      onNext: () => this.next(),
    });
    this.onKeyDown((event) => this.onKey(event));
    this.setup.sound.music(true);
    this.setup.announce(this.setup.t('photoCheck.howTo'));
    this.showStep();
  }

  private get step(): Step {
    return this.steps[this.index]!;
  }

  /** The photo as one image, drawn once: its scene and everything in it. Words on signs are text on top. */
  private showPhoto(photo: Photo): void {
    if (this.shownPhoto === photo.id) return;
    this.shownPhoto = photo.id;
    for (const bit of this.photoBits) bit.destroy();
    this.photoBits = [];
    this.photo.setTexture(
      this.bake(`photo-${photo.id}`, 600, 300, (g) => {
        drawScene(g, photo.scene);
        photo.details.forEach((d, i) => drawDetail(g, d.kind, d.x, d.y, i));
      }),
    );
    for (const d of photo.details.filter((d) => d.text)) {
      const size = d.kind === 'house-number' ? 22 : 16;
      const y = d.kind === 'house-number' ? d.y - 22 : d.y;
      this.photoBits.push(
        this.text(PHOTO_X + d.x, PHOTO_Y + y, d.text!, size)
          .setOrigin(0.5)
          .setFontStyle('bold'),
      );
    }
    this.caption.setText(photo.caption);
  }

  private cover(photo: Photo, detailId: string): void {
    const d = photo.details.find((x) => x.id === detailId)!;
    const sticker = this.add.image(
      PHOTO_X + d.x,
      PHOTO_Y + d.y,
      this.bake('sticker', 84, 84, (g) => {
        g.fillStyle(SUN).fillCircle(42, 42, 38);
        g.lineStyle(4, INK).strokeCircle(42, 42, 38);
        const star = Array.from({ length: 10 }, (_, i) => {
          const r = i % 2 === 0 ? 26 : 11;
          const a = (Math.PI / 5) * i - Math.PI / 2;
          return new Phaser.Math.Vector2(42 + r * Math.cos(a), 42 + r * Math.sin(a));
        });
        g.fillStyle(PAPER).fillPoints(star, true);
        g.lineStyle(3, INK).strokePoints(star, true);
      }),
    );
    this.photoBits.push(sticker);
    this.children.bringToTop(this.lens);
  }

  private buildButtons(): void {
    const width = 300;
    const gap = 30;
    const x0 = (WIDTH - (2 * width + gap)) / 2;
    for (let i = 0; i < 2; i += 1) {
      const x = x0 + i * (width + gap);
      const y = 372;
      this.buttonBoxes.push(this.add.image(x, y, this.buttonTexture(false)).setOrigin(0));
      this.buttonIcons.push(this.add.image(x + 44, y + 40, '__DEFAULT'));
      this.buttonLabels.push(this.text(x + 86, y + 12, '', 24, width - 100));
      this.text(x + width - 14, y + 76, this.setup.t('photoCheck.key', { key: i + 1 }), 17).setOrigin(1, 1);
      const zone = this.add.zone(x, y, width, 80).setOrigin(0).setInteractive({ useHandCursor: true });
      zone.on('pointerdown', () => {
        this.highlight(i);
        this.choose(actionsFor(this.step)[i]!);
      });
    }
  }

  private buttonTexture(focused: boolean): string {
    return this.bake(`photo-button-${focused ? 'focused' : 'plain'}`, 300, 80, (g) => {
      const line = focused ? 8 : 3;
      g.fillStyle(focused ? SUN_PALE : SKY).fillRoundedRect(line / 2, line / 2, 300 - line, 80 - line, 18);
      g.lineStyle(line, focused ? BLUE : INK).strokeRoundedRect(line / 2, line / 2, 300 - line, 80 - line, 18);
    });
  }

  /** The chosen button gets a thick outline and a yellow fill: never colour alone. */
  private highlight(i: number): void {
    this.focused = i;
    this.buttonBoxes.forEach((b, j) => b.setTexture(this.buttonTexture(j === i)));
  }

  private showStep(): void {
    const { t, items } = this.setup;
    const step = this.step;
    const photoNumber = items.indexOf(step.photo) + 1;
    this.phase = 'choosing';
    this.feedback.setVisible(false);
    this.showPhoto(step.photo);
    this.progress.setText(t('photoCheck.progress', { n: photoNumber, total: items.length }));
    this.score.setText(t('photoCheck.score', { score: this.answers.filter((a) => judge(a.step, a.action).correct).length }));
    const detail = step.photo.details.find((d) => d.id === step.detailId);
    if (detail) {
      this.lens.setVisible(true).setPosition(PHOTO_X + detail.x, PHOTO_Y + detail.y);
      if (!this.setup.reducedMotion) {
        this.lens.setScale(1.4);
        this.tweens.add({ targets: this.lens, scale: 1, duration: 250, ease: 'Quad.easeOut' });
      }
      this.question.setText(t('photoCheck.whatAbout', { thing: detail.label }));
    } else {
      this.lens.setVisible(false);
      this.question.setText(t('photoCheck.postQuestion'));
    }
    actionsFor(step).forEach((action, i) => {
      this.buttonLabels[i]!.setText(t(`photoCheck.action.${action}`));
      this.buttonIcons[i]!.setTexture(this.bake(`photo-icon-${action}`, 64, 64, (g) => drawIcon(g, action)));
    });
    this.highlight(0);
    this.setup.mark(stepId(step), 'choosing');
    const where = detail ? t('photoCheck.whatAbout', { thing: detail.label }) : t('photoCheck.postQuestion');
    this.setup.announce(`${t('photoCheck.progress', { n: photoNumber, total: items.length })}. ${step.photo.caption} ${where}`);
  }

  private onKey(event: KeyboardEvent): void {
    if (this.phase === 'done') return;
    if (this.phase === 'feedback') {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.next();
      }
      return;
    }
    const actions = actionsFor(this.step);
    if (event.key === '1' || event.key === '2') {
      const i = Number(event.key) - 1;
      this.highlight(i);
      this.choose(actions[i]!);
    } else if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(event.key)) {
      event.preventDefault();
      this.highlight(1 - this.focused);
      this.setup.sound.effect('tap');
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(actions[this.focused]!);
    }
  }

  private choose(action: PhotoAction): void {
    if (this.phase !== 'choosing') return;
    const { t } = this.setup;
    const step = this.step;
    this.answers.push({ step, action });
    const { correct } = judge(step, action);
    this.setup.sound.effect(correct ? 'right' : 'wrong');
    this.phase = 'feedback';
    // What should happen happens: a thing that must be covered gets its sticker either way.
    const answer = answerFor(step);
    if (step.detailId && answer === 'cover') this.cover(step.photo, step.detailId);
    const headline = correct ? t('photoCheck.right') : t('photoCheck.notQuite');
    const outcome = t(`photoCheck.done.${answer}`);
    const detail = correct ? outcome : `${whyFor(step)}`;
    this.showFeedback(correct, headline, detail, this.setup.reducedMotion);
    this.setup.mark(stepId(step), 'feedback');
    this.setup.announce(`${headline} ${detail} ${t('photoCheck.nextHint')}`);
  }

  private next(): void {
    if (this.phase !== 'feedback') return;
    this.setup.sound.effect('tap');
    this.index += 1;
    if (this.index < this.steps.length) this.showStep();
    else this.finish();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.phase = 'done';
    this.feedback.setVisible(false);
    this.setup.sound.music(false);
    this.setup.sound.effect('finish');
    this.setup.mark('', 'done');
    this.setup.onFinish(tally(this.answers, this.time.now - this.startedAt));
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
