/**
 * Kind Comments, the play scene: one comment at a time flies into the class chat as a paper
 * plane and opens up; the pupil sends it (it flies off to the class), changes it into a kind one
 * (the card flips over to its kind words in a shower of sparks), or (ages 7-11) tells a trusted
 * adult (a red flag goes up on it). Tom says why after every choice. Keys 1-3 or the arrows and
 * Enter, a click or a tap all work. Each comment has a clock (none at the "take your time" pace)
 * that gets quicker level by level. With reduced motion nothing flies: the card is simply there,
 * and its words and the flag change in place.
 */
import * as Phaser from 'phaser';
import type { SceneData } from '../../shared/boot';
import type { GameResult } from '../../contract';
import { TurnScene, INK, PAPER, SUN, type TurnView, type Verdict } from '../../shared/turn-scene';
import type { CommentAction, KindComment } from '../../../src/schemas/game';
import { actionsFor, clockSeconds, commentWords, judge, levelOf, replyTo, tally, type Answer } from '../rules';

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

/** The flag on a reported comment, a little smaller than the button's icon. */
const FLAG_SCALE = 0.8;

/** The chat card on each playfield: wide under the score, or tall enough for the words on a phone. */
const CARD = {
  landscape: { x: 480, y: 190, width: 660, height: 220, wordsSize: 30 },
  portrait: { x: 240, y: 216, width: 448, height: 300, wordsSize: 26 },
} as const;

export class PlayScene extends TurnScene<KindComment> {
  protected readonly layout = {
    choicesTop: { landscape: 330, portrait: 392 },
    feedbackTop: 450,
    detailSize: 21,
    words: 'kindComments',
  };
  private actions: CommentAction[] = [];
  private answers: Answer[] = [];
  private card!: Phaser.GameObjects.Container;
  private avatar!: Phaser.GameObjects.Image;
  private initial!: Phaser.GameObjects.Text;
  private author!: Phaser.GameObjects.Text;
  private words!: Phaser.GameObjects.Text;
  /** The paper plane a comment arrives in, and the one a sent comment flies off in. */
  private plane!: Phaser.GameObjects.Image;
  /** Goes up on a comment the pupil told a trusted adult about. */
  private flag!: Phaser.GameObjects.Image;

  protected reset(): void {
    this.actions = actionsFor(this.setup.ageBand);
    this.answers = [];
  }

  protected howTo(): string {
    const { t } = this.setup;
    return t('kindComments.howTo', {
      keys: this.actions.map((a, i) => `${i + 1}: ${t(`kindComments.action.${a}`)}`).join(', '),
    });
  }

  private get comment(): KindComment {
    return this.setup.items[this.turn]!;
  }

  /**
   * The card is built once; each turn only changes what it says, so no new textures are made
   * while the pupil plays.
   */
  protected buildStage(): void {
    const spec = this.cardSpec;
    const { width, height } = spec;
    const card = this.add.container(spec.x, spec.y);
    const panel = this.add
      .image(
        -width / 2,
        -height / 2,
        this.bake(`card-${width}x${height}`, width, height, (g) => {
          g.fillStyle(PAPER).fillRoundedRect(2, 2, width - 4, height - 4, 24);
          g.lineStyle(4, INK).strokeRoundedRect(2, 2, width - 4, height - 4, 24);
        }),
      )
      .setOrigin(0);
    const left = -width / 2;
    const top = -height / 2;
    this.avatar = this.add.image(left + 60, top + 60, '__DEFAULT');
    this.initial = this.text(left + 60, top + 60, '', 34).setOrigin(0.5);
    this.author = this.text(left + 110, top + 28, '', 22);
    // On the wide card the words sit beside the avatar; on the tall one, under it, across the card.
    this.words = this.frame.portrait
      ? this.text(left + 24, top + 110, '', spec.wordsSize, width - 48)
      : this.text(left + 110, top + 60, '', spec.wordsSize, width - 140);
    card.add([panel, this.avatar, this.initial, this.author, this.words]);
    this.card = card;
    for (const action of this.actions) this.bake(`icon-${action}`, 72, 72, (g) => drawIcon(g, action, 36, 36));
    this.plane = this.add.image(0, 0, 'icon-send').setDepth(5).setVisible(false);
    // Planted in the card's top corner, sticking out of it, so it never covers a word.
    this.flag = this.add
      .image(
        spec.x + width / 2 - 16,
        spec.y - height / 2 + 14,
        this.bake('icon-report', 72, 72, (g) => drawIcon(g, 'report', 36, 36)),
      )
      .setDepth(5)
      .setVisible(false);
  }

  /** The card on this playfield: where it sits when it is read, and its size. */
  private get cardSpec(): (typeof CARD)[keyof typeof CARD] {
    return CARD[this.frame.orientation];
  }

  /** The comment arrives: a paper plane swoops in from the side and opens up into the card. */
  private flyIn(): void {
    const { x, y } = this.cardSpec;
    this.tweens.killTweensOf([this.card, this.plane]);
    this.card.setPosition(x, y).setScale(1).setAlpha(0);
    this.plane
      .setPosition(-60, y - 90)
      .setAngle(12)
      .setScale(1.1)
      .setAlpha(1)
      .setVisible(true);
    this.tweens.chain({
      targets: this.plane,
      tweens: [
        { x: x - 60, y: y - 30, angle: -8, duration: 380, ease: 'Sine.easeOut' },
        { x, y, scale: 2.2, alpha: 0, duration: 160, ease: 'Quad.easeIn' },
      ],
      onComplete: () => this.plane.setVisible(false),
    });
    this.card.setScale(0.6);
    this.tweens.add({ targets: this.card, alpha: 1, scale: 1, delay: 420, duration: 260, ease: 'Back.easeOut' });
  }

  /** A sent comment: a paper plane leaves the card and flies off to the class. */
  private flyOff(): void {
    const { x, y } = this.cardSpec;
    this.tweens.killTweensOf(this.plane);
    this.plane.setPosition(x, y).setAngle(-10).setScale(0.8).setAlpha(1).setVisible(true);
    this.tweens.add({
      targets: this.plane,
      x: this.frame.width + 60,
      y: y - 160,
      angle: -24,
      scale: 1.3,
      duration: 700,
      ease: 'Sine.easeIn',
      onComplete: () => this.plane.setVisible(false),
    });
  }

  /** An unkind comment made kind: the card flips over, and comes back with the kind words. */
  private flipTo(words: string): void {
    const { x, y, width, height } = this.cardSpec;
    this.tweens.killTweensOf(this.card);
    this.card.setPosition(x, y).setScale(1).setAlpha(1);
    this.tweens.chain({
      targets: this.card,
      tweens: [
        {
          scaleY: 0,
          duration: 140,
          ease: 'Quad.easeIn',
          onComplete: () => {
            this.words.setText(words);
            this.burst(x, y, width / 2, height / 2 + 20);
          },
        },
        { scaleY: 1, duration: 200, ease: 'Back.easeOut' },
      ],
    });
  }

  /** A wrong call: the card shakes its head. */
  private shake(): void {
    const { x } = this.cardSpec;
    this.tweens.killTweensOf(this.card);
    this.card.setX(x).setScale(1).setAlpha(1);
    this.tweens.add({
      targets: this.card,
      x: x + 10,
      duration: 55,
      yoyo: true,
      repeat: 3,
      ease: 'Sine.easeInOut',
      onComplete: () => this.card.setX(x),
    });
  }

  protected override upcoming(): (() => void)[] {
    return this.setup.items.map((comment) => () => this.avatarTexture(comment.author));
  }

  private avatarTexture(author: KindComment['author']): string {
    return this.bake(`avatar-${author}`, 80, 80, (g) => {
      g.fillStyle(AUTHOR_COLOURS[author]).fillCircle(40, 40, 36);
      g.lineStyle(3, INK).strokeCircle(40, 40, 36);
    });
  }

  protected showTurn(): TurnView {
    const { t, items } = this.setup;
    const comment = this.comment;
    const author = t(`kindComments.author.${comment.author}`);
    this.avatar.setTexture(this.avatarTexture(comment.author));
    this.initial.setText(author.charAt(0));
    this.author.setText(author);
    this.words.setText(comment.text);
    this.flag.setVisible(false);
    if (!this.setup.reducedMotion) this.flyIn();
    const progress = t('kindComments.progress', { n: this.turn + 1, total: items.length });
    return {
      itemId: comment.id,
      choices: this.actions.map((a) => ({ label: t(`kindComments.action.${a}`), icon: `icon-${a}` })),
      progress,
      words: commentWords(comment, t),
    };
  }

  protected scoreLine(): string {
    const { t } = this.setup;
    return t('kindComments.score', { score: this.answers.filter((a) => judge(a.comment, a.action).correct).length });
  }

  protected answer(choice: number): Verdict {
    const comment = this.comment;
    const action = this.actions[choice]!;
    this.answers.push({ comment, action });
    const reply = replyTo(comment, action, this.setup.t);
    const calm = this.setup.reducedMotion;
    if (!reply.correct) {
      if (!calm) this.shake();
    } else if (action === 'change' && comment.kinder) {
      // A changed comment really changes: the kind words replace the unkind ones on the card.
      if (calm) this.words.setText(comment.kinder);
      else this.flipTo(comment.kinder);
    } else if (action === 'report') {
      this.raiseFlag();
    } else if (!calm) {
      this.flyOff();
    }
    return reply;
  }

  /** The red flag goes up on the card: with a bounce, or simply there with reduced motion. */
  private raiseFlag(): void {
    this.tweens.killTweensOf(this.flag);
    this.flag.setScale(FLAG_SCALE).setAngle(0).setVisible(true);
    if (this.setup.reducedMotion) return;
    this.flag.setScale(0).setAngle(-30);
    this.tweens.add({ targets: this.flag, scale: FLAG_SCALE, angle: 0, duration: 320, ease: 'Back.easeOut' });
  }

  protected override clockSeconds(): number {
    return clockSeconds(this.setup.ageBand, this.turn);
  }

  protected override level(): number {
    return levelOf(this.turn);
  }

  /** Nobody decided in time: Tom says what the right call was, and why. */
  protected override timeUp(): Verdict {
    const comment = this.comment;
    this.answers.push({ comment, action: null });
    if (comment.answer === 'change' && comment.kinder) this.words.setText(comment.kinder);
    return replyTo(comment, null, this.setup.t);
  }

  protected result(durationMs: number): GameResult {
    return tally(this.answers, durationMs);
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
