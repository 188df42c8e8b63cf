/**
 * Kind Comments, the play scene: one comment at a time arrives in the class chat; the pupil
 * sends it, changes it into a kind one, or (ages 7-11) tells a trusted adult. Tom says why after
 * every choice. Keys 1-3 or the arrows and Enter, a click or a tap all work.
 */
import * as Phaser from 'phaser';
import type { SceneData } from '../../shared/boot';
import { TurnScene, INK, PAPER, BLUE, SKY, SUN, SUN_PALE } from '../../shared/turn-scene';
import type { CommentAction, KindComment } from '../../../src/schemas/game';
import { actionsFor, judge, tally, type Answer } from '../rules';

export const WIDTH = 960;
export const HEIGHT = 600;

const SKIN = 0xd99a6c;

/** Each author's avatar colour; the author's name is always written beside it too. */
const AUTHOR_COLOURS: Record<KindComment['author'], number> = {
  ava: 0xf4a3c0,
  sam: 0xf7b267,
  jay: 0xb39ddb,
  priya: 0x80cbc4,
  leo: 0x9ccc65,
  zara: 0xffd54f,
  cerys: 0xef9a9a,
  osian: 0xa5d6a7,
  unknown: 0xb0bec5,
};

export type PlayData = SceneData<KindComment>;

interface ActionButton {
  action: CommentAction;
  box: Phaser.GameObjects.Image;
  x: number;
  y: number;
}

export class PlayScene extends TurnScene {
  private setup!: PlayData;
  private actions: CommentAction[] = [];
  private index = 0;
  private answers: Answer[] = [];
  private startedAt = 0;
  private focused = 0;
  private phase: 'choosing' | 'feedback' | 'done' = 'choosing';
  private finished = false;
  private buttons: ActionButton[] = [];
  private card!: Phaser.GameObjects.Container;
  private avatar!: Phaser.GameObjects.Image;
  private initial!: Phaser.GameObjects.Text;
  private author!: Phaser.GameObjects.Text;
  private words!: Phaser.GameObjects.Text;
  private progress!: Phaser.GameObjects.Text;
  private score!: Phaser.GameObjects.Text;

  constructor() {
    super('play');
  }

  init(data: PlayData): void {
    this.setup = data;
    this.actions = actionsFor(data.ageBand);
    this.index = 0;
    this.answers = [];
    this.focused = 0;
    this.phase = 'choosing';
    this.finished = false;
  }

  create(): void {
    const { t } = this.setup;
    this.startedAt = this.time.now;
    this.progress = this.text(40, 24, '', 24);
    this.score = this.text(WIDTH - 40, 24, '', 24).setOrigin(1, 0);
    this.drawButtons();
    this.buildCard();
    this.buildFeedback({
      y: 450,
      x: 40,
      width: 880,
      detailSize: 21,
      nextLabel: this.setup.t('kindComments.next'),
      onNext: () => this.next(),
    });
    this.onKeyDown((event) => this.onKey(event));
    this.setup.sound.music(true);
    this.setup.announce(
      t('kindComments.howTo', {
        keys: this.actions.map((a, i) => `${i + 1}: ${t(`kindComments.action.${a}`)}`).join(', '),
      }),
    );
    this.showComment();
  }

  private get comment(): KindComment {
    return this.setup.items[this.index]!;
  }

  /**
   * The card and the feedback panel are built once; each turn only changes what they say, so
   * no new textures are made while the pupil plays.
   */
  private buildCard(): void {
    const card = this.add.container(WIDTH / 2, 190);
    const panel = this.add
      .image(
        -330,
        -110,
        this.bake('card', 660, 220, (g) => {
          g.fillStyle(PAPER).fillRoundedRect(2, 2, 656, 216, 24);
          g.lineStyle(4, INK).strokeRoundedRect(2, 2, 656, 216, 24);
        }),
      )
      .setOrigin(0);
    this.avatar = this.add.image(-270, -50, '__DEFAULT');
    this.initial = this.text(-270, -50, '', 34).setOrigin(0.5);
    this.author = this.text(-220, -82, '', 22);
    this.words = this.text(-220, -50, '', 30, 520);
    card.add([panel, this.avatar, this.initial, this.author, this.words]);
    this.card = card;
  }

  private showComment(): void {
    const { t, items } = this.setup;
    const comment = this.comment;
    const author = t(`kindComments.author.${comment.author}`);
    this.phase = 'choosing';
    this.progress.setText(t('kindComments.progress', { n: this.index + 1, total: items.length }));
    this.score.setText(t('kindComments.score', { score: this.answers.filter((a) => judge(a.comment, a.action).correct).length }));
    this.feedback.setVisible(false);
    this.avatar.setTexture(
      this.bake(`avatar-${comment.author}`, 80, 80, (g) => {
        g.fillStyle(AUTHOR_COLOURS[comment.author]).fillCircle(40, 40, 36);
        g.lineStyle(3, INK).strokeCircle(40, 40, 36);
      }),
    );
    this.initial.setText(author.charAt(0));
    this.author.setText(author);
    this.words.setText(comment.text);
    if (!this.setup.reducedMotion) {
      this.card.setAlpha(0).setY(150);
      this.tweens.add({ targets: this.card, alpha: 1, y: 190, duration: 300, ease: 'Quad.easeOut' });
    }
    this.highlight(0);
    this.setup.mark(comment.id, 'choosing');
    this.setup.announce(`${t('kindComments.progress', { n: this.index + 1, total: items.length })}. ${author}: ${comment.text}`);
  }

  private drawButtons(): void {
    const { t } = this.setup;
    const width = this.actions.length === 2 ? 300 : 260;
    const gap = 30;
    const total = this.actions.length * width + (this.actions.length - 1) * gap;
    this.buttons = this.actions.map((action, i) => {
      const x = (WIDTH - total) / 2 + i * (width + gap);
      const y = 330;
      const box = this.add.image(x, y, this.buttonTexture(width, false)).setOrigin(0);
      this.add.image(
        x + 48,
        y + 52,
        this.bake(`icon-${action}`, 72, 72, (g) => drawIcon(g, action, 36, 36)),
      );
      this.text(x + 96, y + 20, t(`kindComments.action.${action}`), 26, width - 110);
      this.text(x + width - 16, y + 92, t('kindComments.key', { key: i + 1 }), 18).setOrigin(1, 1);
      const zone = this.add.zone(x, y, width, 104).setOrigin(0).setInteractive({ useHandCursor: true });
      zone.on('pointerdown', () => {
        this.highlight(i);
        this.choose(action);
      });
      return { action, box, x, y };
    });
  }

  /** The chosen button gets a thick outline and a yellow fill: never colour alone. */
  private highlight(i: number): void {
    this.focused = i;
    const width = this.actions.length === 2 ? 300 : 260;
    this.buttons.forEach((b, j) => b.box.setTexture(this.buttonTexture(width, j === i)));
  }

  private buttonTexture(width: number, focused: boolean): string {
    return this.bake(`button-${width}-${focused ? 'focused' : 'plain'}`, width, 104, (g) => {
      const line = focused ? 8 : 3;
      g.fillStyle(focused ? SUN_PALE : SKY).fillRoundedRect(line / 2, line / 2, width - line, 104 - line, 20);
      g.lineStyle(line, focused ? BLUE : INK).strokeRoundedRect(line / 2, line / 2, width - line, 104 - line, 20);
    });
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
    const n = Number(event.key);
    if (Number.isInteger(n) && n >= 1 && n <= this.actions.length) {
      this.highlight(n - 1);
      this.choose(this.actions[n - 1]!);
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
      event.preventDefault();
      this.highlight((this.focused + 1) % this.actions.length);
      this.setup.sound.effect('tap');
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.highlight((this.focused + this.actions.length - 1) % this.actions.length);
      this.setup.sound.effect('tap');
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(this.actions[this.focused]!);
    }
  }

  private choose(action: CommentAction): void {
    if (this.phase !== 'choosing') return;
    const { t } = this.setup;
    const comment = this.comment;
    this.answers.push({ comment, action });
    const { correct } = judge(comment, action);
    this.setup.sound.effect(correct ? 'right' : 'wrong');
    this.phase = 'feedback';

    // A changed comment really changes: the kind words replace the unkind ones on the card.
    if (correct && action === 'change' && comment.kinder) {
      this.words.setText(comment.kinder);
    }
    const headline = correct ? t('kindComments.right') : t('kindComments.notQuite');
    const detail = correct
      ? action === 'change'
        ? t('kindComments.nowItSays', { text: comment.kinder ?? '' })
        : action === 'report'
          ? t('kindComments.told')
          : t('kindComments.sent')
      : comment.why;
    this.showFeedback(correct, headline, detail, this.setup.reducedMotion);
    this.setup.mark(comment.id, 'feedback');
    this.setup.announce(`${headline} ${detail} ${t('kindComments.nextHint')}`);
  }

  private next(): void {
    if (this.phase !== 'feedback') return;
    this.setup.sound.effect('tap');
    this.index += 1;
    if (this.index < this.setup.items.length) this.showComment();
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

/** Shapes say what each button does, so colour is never the only cue. */
function drawIcon(g: Phaser.GameObjects.Graphics, action: CommentAction, x: number, y: number): void {
  g.lineStyle(4, INK);
  if (action === 'send') {
    // a paper plane
    g.fillStyle(PAPER).fillTriangle(x - 26, y - 4, x + 26, y - 22, x - 6, y + 24);
    g.strokeTriangle(x - 26, y - 4, x + 26, y - 22, x - 6, y + 24);
    g.lineBetween(x - 6, y + 4, x + 26, y - 22);
  } else if (action === 'change') {
    // a pencil
    const body = [
      new Phaser.Math.Vector2(x - 22, y + 14),
      new Phaser.Math.Vector2(x + 14, y - 22),
      new Phaser.Math.Vector2(x + 24, y - 12),
      new Phaser.Math.Vector2(x - 12, y + 24),
    ];
    g.fillStyle(SUN).fillPoints(body, true);
    g.strokePoints(body, true);
    g.fillStyle(SKIN).fillTriangle(x - 22, y + 14, x - 12, y + 24, x - 28, y + 30);
    g.strokeTriangle(x - 22, y + 14, x - 12, y + 24, x - 28, y + 30);
  } else {
    // a flag: tell a trusted adult
    g.lineBetween(x - 18, y - 28, x - 18, y + 28);
    g.fillStyle(0xe53935).fillRect(x - 16, y - 26, 38, 24);
    g.strokeRect(x - 16, y - 26, 38, 24);
  }
}
