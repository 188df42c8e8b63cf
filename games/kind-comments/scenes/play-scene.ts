/**
 * Kind Comments, the play scene: one comment at a time arrives in the class chat; the pupil
 * sends it, changes it into a kind one, or (ages 7-11) tells a trusted adult. Tom says why after
 * every choice. Keys 1-3 or the arrows and Enter, a click or a tap all work. Each comment has a
 * clock (none at the "take your time" pace) that gets quicker level by level.
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
    const spec = CARD[this.frame.orientation];
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
    const y = CARD[this.frame.orientation].y;
    if (!this.setup.reducedMotion) {
      this.card.setAlpha(0).setY(y - 40);
      this.tweens.add({ targets: this.card, alpha: 1, y, duration: 300, ease: 'Quad.easeOut' });
    }
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
    // A changed comment really changes: the kind words replace the unkind ones on the card.
    if (reply.correct && action === 'change' && comment.kinder) this.words.setText(comment.kinder);
    return reply;
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
