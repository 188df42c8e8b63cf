/**
 * Kind Comments, the play scene: the class wall, where the kind things the class says are pinned
 * up. One comment at a time flies in as a paper plane, opens up and drifts down the wall towards
 * Tom, who stands on the floor in front of it; when its clock runs out it lands on his head. The
 * pupil steers Tom along the floor to one of his stations (the arrow keys, a number, a click or a
 * tap on its button) and acts: send a kind comment up to the wall (Tom jumps and pins it there),
 * zap an unkind one with his "make it kind" beam (the card flips over to its kind words, and those
 * go up on the wall too), or (ages 7-11) take one a grown-up must see to the trusted adult at the
 * end of the floor (a red flag goes up). The wall fills with notes as the round goes on. Tom says
 * why after every choice. Each comment's clock (none at the "take your time" pace) gets quicker
 * level by level, so the comments fall faster. The next two comments are already on their way:
 * paper planes loop in the corner of the wall, each with its writer's colour, quicker level by
 * level; each comes in from there. With reduced motion nothing flies or falls: the
 * card is simply there, Tom steps to his station, and notes and the flag appear in place.
 *
 * Making a comment kind takes two choices: "make it kind" stops the clock, the card goes up to
 * the top of the wall, Tom steps aside and the wall offers the kind words among rewordings that
 * are not kind yet ("only joking", "no offence", a smaller put-down). The right words go up on the
 * wall; the others get Tom's reason why not.
 */
import * as Phaser from 'phaser';
import type { SceneData } from '../../shared/boot';
import type { GameResult } from '../../contract';
import type { Words } from '../../shared/words';
import { KINDER } from '../../../src/lib/ids';
import { seededRandom } from '../../../src/lib/choice-order';
import { TurnScene, INK, PAPER, SUN, type Box, type FollowUp, type TomPose, type TurnView, type Verdict } from '../../shared/turn-scene';
import type { CommentAction, KindComment } from '../../../src/schemas/game';
import {
  actionsFor,
  asksForWords,
  clockSeconds,
  commentWords,
  judge,
  levelOf,
  replyTo,
  replyToWords,
  rewordings,
  tally,
  wordsQuestion,
  type Answer,
  type Rewording,
} from '../rules';

const SKIN = 0xd99a6c;
const CORK = 0xe9cfa2;
const CORK_DARK = 0xc9a46b;
const FLOOR = 0xb98a5a;
const BUNTING = [0xf4a3c0, 0xffd23f, 0x80cbc4, 0xb39ddb, 0x9ccc65];

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

/** How many comments wait in the sky, and how they look and loop there (radians a millisecond at level 1). */
const WAITING = { count: 2, scale: 0.6, avatarScale: 0.28, speed: 0.0016 };

/** A comment on its way: a paper plane with its writer's colour, looping in the corner of the wall. */
interface Waiting {
  plane: Phaser.GameObjects.Image;
  avatar: Phaser.GameObjects.Image;
  /** Where on the loop it is, so two planes never meet. */
  phase: number;
  /** 0 as it comes in from the side, 1 once on its loop. */
  entered: number;
}

/** The flag on a reported comment, a little smaller than the button's icon. */
const FLAG_SCALE = 0.8;

/**
 * Where things are on each playfield. The card falls from `from` to `to` (its centre) over the
 * clock, so at `to` its bottom edge reaches Tom's head; the wall runs from under the score to the
 * floor Tom stands on (`floor`, his feet); the notes the class has pinned up run along the wall's
 * top (`notes`).
 */
const PLACES = {
  landscape: {
    card: { x: 480, width: 640, height: 170, wordsSize: 28, from: 214, to: 300, wordsTop: 56, avatarAt: 46 },
    wall: { top: 50, floor: 440 },
    notes: { y: 100, size: 48, gap: 58 },
    tom: 124,
    adult: { x: 906, scale: 1 },
    /** Tom's place for each station: over its button. */
    station: (i: number, n: number, box?: { x: number; width: number }) => (box ? box.x + box.width / 2 : ((i + 0.5) * 960) / n),
    /** Where the planes on their way loop: a figure of eight around (x, y). */
    sky: { x: 872, y: 150, rx: 52, ry: 34 },
    /**
     * Choosing the kind words: the card up at the top (centre `cardY`, at `cardScale`, never so
     * small that its words are under the playfield's smallest text), Tom aside at `tomX` (null:
     * off the stage), the question at `questionY`, and the words' buttons from `top` to `bottom`
     * in a column `x` to `x + width`, their words at `size`.
     */
    words: { cardY: 132, cardScale: 0.8, tomX: 76 as number | null, questionY: 208, x: 160, width: 640, top: 244, bottom: 444, size: 22 },
  },
  portrait: {
    card: { x: 240, width: 448, height: 290, wordsSize: 24, from: 282, to: 322, wordsTop: 90, avatarAt: 44 },
    wall: { top: 58, floor: 530 },
    notes: { y: 112, size: 40, gap: 44 },
    tom: 104,
    adult: { x: 438, scale: 0.65 },
    /** The buttons are a column on a phone, so Tom's stations are spread along the floor. */
    station: (i: number, n: number) => ((i + 0.5) * 380) / n,
    /** The words' buttons fill the wall and the floor below it: Tom and the grown-up step off while the pupil chooses. */
    sky: { x: 404, y: 100, rx: 40, ry: 26 },
    words: { cardY: 212, cardScale: 1, tomX: null as number | null, questionY: 368, x: 20, width: 440, top: 414, bottom: 842, size: 19 },
  },
} as const;

export class PlayScene extends TurnScene<KindComment> {
  protected readonly layout = {
    choicesTop: { landscape: 456, portrait: 542 },
    feedbackTop: 450,
    detailSize: 21,
    words: 'kindComments',
  };
  private actions: CommentAction[] = [];
  private answers: Answer[] = [];
  private card!: Phaser.GameObjects.Container;
  private avatar!: Phaser.GameObjects.Image;
  private initial!: Words;
  private author!: Words;
  private words!: Words;
  /** The paper plane a comment arrives in. */
  private plane!: Phaser.GameObjects.Image;
  /** The next comments, on their way: first in comes first. */
  private waiting: Waiting[] = [];
  /** How far round their loop the waiting planes are (radians), and the frame time it was counted to. */
  private looped = { angle: 0, at: -1 };
  /** Goes up in the trusted adult's hand for a comment the pupil told them about. */
  private flag!: Phaser.GameObjects.Image;
  /** Tom on the floor in front of the wall, steered from station to station (the panel has a Tom of its own). */
  private walker!: Phaser.GameObjects.Image;
  private adult?: Phaser.GameObjects.Image;
  private beam!: Phaser.GameObjects.Image;
  /** The notes on the class wall, one for each kind comment sent or made kind, in the order they went up. */
  private notes: Phaser.GameObjects.Image[] = [];
  private pinned = 0;
  /** The station Tom stands at (a button's index). */
  private station = 0;
  /** Set while the card is still flying in: the fall starts once it has opened. */
  private arriving = false;
  /** The kind words and the others offered, while the pupil chooses among them (else null). */
  private offeredWords: Rewording[] | null = null;
  /** Where the order of the kind words comes from (see reset). */
  private random!: () => number;
  /** Where Tom stood to make the comment kind, to come back to (the buttons then are the words'). */
  private wordsStation = 0;
  /** "Which words are kind?", over the words' buttons. */
  private question!: Phaser.GameObjects.Text;

  protected reset(): void {
    this.actions = actionsFor(this.setup.ageBand);
    this.answers = [];
    this.notes = [];
    this.pinned = 0;
    this.station = 0;
    this.offeredWords = null;
    this.looped = { angle: 0, at: -1 };
    // The kind words' order comes from the round, not from Math.random at the moment they are
    // asked for: Phaser draws on Math.random each time it makes a Text, and Texts are made when
    // the browser is idle, so the order would hang on timing, and a test could not repeat it.
    this.random = seededRandom(this.setup.items.map((comment) => comment.id).join(' '));
  }

  protected override stagePoses(): readonly TomPose[] {
    return ['happy', 'worried', 'thinking'];
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

  private get places(): (typeof PLACES)[keyof typeof PLACES] {
    return PLACES[this.frame.orientation];
  }

  /**
   * The wall, the floor, the card, Tom and the grown-up are built once; each turn only changes
   * what the card says and where things are, so no new textures are made while the pupil plays.
   */
  protected buildStage(): void {
    this.buildWall();
    this.game.canvas.dataset.notes = '0';
    this.buildCard();
    for (const action of this.actions) this.bake(`icon-${action}`, 72, 72, (g) => drawIcon(g, action, 36, 36));
    this.plane = this.add.image(0, 0, 'icon-send').setDepth(5).setVisible(false);
    this.waiting = Array.from({ length: WAITING.count }, (_, k) => ({
      plane: this.add.image(0, 0, 'icon-send').setScale(WAITING.scale).setDepth(5).setVisible(false),
      avatar: this.add.image(0, 0, '__DEFAULT').setScale(WAITING.avatarScale).setDepth(5).setVisible(false),
      phase: (k * Math.PI) / 2,
      entered: 1,
    }));
    const { floor } = this.places.wall;
    if (this.actions.includes('report')) {
      this.adult = this.add
        .image(this.places.adult.x, floor, this.bake('kc-adult', 100, 190, drawAdult))
        .setOrigin(0.5, 1)
        .setScale(this.places.adult.scale);
      // Only the wall is behind the grown-up, and the card and the flag go in front.
      this.still.hold(this.adult);
    }
    this.flag = this.add
      .image(
        this.places.adult.x + 26,
        floor - 176 * this.places.adult.scale,
        this.bake('icon-report', 72, 72, (g) => drawIcon(g, 'report', 36, 36)),
      )
      .setDepth(5)
      .setVisible(false);
    this.beam = this.add
      .image(0, 0, this.bake('kc-beam', 80, 200, drawBeam))
      .setOrigin(0.5, 1)
      .setDepth(3)
      .setVisible(false);
    const { questionY } = this.places.words;
    this.question = this.text(this.frame.width / 2, questionY, this.setup.t('kindComments.whichKind'), 24, {
      fontStyle: 'bold',
      backgroundColor: '#ffffff',
      padding: { x: 12, y: 4 },
    })
      .setOrigin(0.5, 0)
      .setVisible(false);
    // The card goes above it and Tom aside; nothing passes behind it.
    this.still.hold(this.question);
    const size = this.places.tom;
    this.walker = this.add
      .image(this.stationX(0), floor + 2, 'tom-happy')
      .setOrigin(0.5, 1)
      .setDisplaySize(size, size)
      .setDepth(4);
  }

  /** The cork wall with bunting along its top, and the floor Tom stands on: drawn once, as the backdrop. */
  private buildWall(): void {
    const { width } = this.frame;
    const { top, floor } = this.places.wall;
    const height = floor - top;
    this.paintBackdrop(`kc-wall-${this.frame.orientation}`, (g) => {
      g.fillStyle(CORK).fillRect(0, top, width, height);
      // Cork speckles, always in the same places.
      g.fillStyle(CORK_DARK);
      for (let k = 0; k < 90; k += 1) g.fillCircle((k * 97) % width, top + ((k * 61) % height), 2 + (k % 3));
      g.lineStyle(6, FLOOR).strokeRect(3, top + 3, width - 6, height);
      // Bunting: a string of little flags in the class's colours.
      g.lineStyle(2, INK).lineBetween(0, top + 8, width, top + 8);
      for (let x = 6, k = 0; x < width; x += 36, k += 1) {
        g.fillStyle(BUNTING[k % BUNTING.length]!).fillTriangle(x, top + 9, x + 26, top + 9, x + 13, top + 30);
        g.lineStyle(2, INK).strokeTriangle(x, top + 9, x + 26, top + 9, x + 13, top + 30);
      }
      // The floor.
      g.fillStyle(FLOOR).fillRect(0, floor, width, 12);
      g.lineStyle(2, INK).lineBetween(0, floor + 1, width, floor + 1);
    });
  }

  /** The comment's card: a panel, the author's avatar and name, and the words. */
  private buildCard(): void {
    const spec = this.places.card;
    const { width, height } = spec;
    const card = this.add.container(spec.x, spec.from).setDepth(2);
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
    const portrait = this.frame.portrait;
    const avatarAt = spec.avatarAt;
    const avatarScale = avatarAt / 60;
    this.avatar = this.add.image(left + avatarAt, top + avatarAt, '__DEFAULT').setScale(avatarScale);
    this.initial = this.turnText(left + avatarAt, top + avatarAt, 28).setOrigin(0.5);
    this.author = this.turnText(left + avatarAt * 2 + 8, top + 16, 22);
    // On the wide card the words sit beside the avatar; on the tall one, under it, across the card.
    this.words = portrait
      ? this.turnText(left + 24, top + spec.wordsTop, spec.wordsSize, {}, width - 48)
      : this.turnText(left + avatarAt * 2 + 8, top + spec.wordsTop - 8, spec.wordsSize, {}, width - avatarAt * 2 - 32);
    card.add([panel, this.avatar, this.initial, this.author, this.words]);
    this.card = card;
  }

  /** Where Tom stands for button `i`. */
  private stationX(i: number): number {
    const box = this.choiceBox(i);
    return this.places.station(i, this.actions.length, box);
  }

  /** Tom walks (or, with reduced motion, steps) to the station of the button the pupil is on. */
  protected override focusMoved(index: number): void {
    // While the kind words are chosen, Tom waits aside: the buttons are not his stations.
    if (index < 0 || !this.walker || this.offeredWords) return;
    const x = this.stationX(index);
    this.station = index;
    // Which station Tom is at, for tests that steer him.
    this.game.canvas.dataset.tom = String(index);
    this.tweens.killTweensOf(this.walker);
    this.walker.setY(this.places.wall.floor + 2).setAngle(0);
    if (this.setup.reducedMotion) {
      this.walker.setX(x);
      return;
    }
    if (Math.abs(x - this.walker.x) < 1) return;
    this.walker.setFlipX(x < this.walker.x);
    const duration = Math.min(320, 120 + Math.abs(x - this.walker.x) * 0.5);
    this.tweens.add({ targets: this.walker, x, duration, ease: 'Sine.easeInOut' });
    // Two little hops on the way: a walk, not a slide.
    this.tweens.add({ targets: this.walker, y: this.walker.y - 10, duration: duration / 4, yoyo: true, repeat: 1, ease: 'Sine.easeOut' });
  }

  /**
   * The comment arrives: its paper plane swoops down from the corner where it was waiting (or in
   * from the side, for the first) and opens up into the card at the top of the wall.
   */
  private flyIn(from?: { x: number; y: number }): void {
    const { x, from: y } = this.places.card;
    this.tweens.killTweensOf([this.card, this.plane]);
    this.card.setPosition(x, y).setScale(1).setAlpha(0);
    this.arriving = true;
    this.plane
      .setPosition(from?.x ?? -60, from?.y ?? y - 90)
      .setAngle(12)
      .setScale(from ? WAITING.scale : 1.1)
      .setAlpha(1)
      .setVisible(true);
    this.tweens.chain({
      targets: this.plane,
      tweens: [
        { x: x - 60, y: y - 30, angle: -8, scale: 1.1, duration: 380, ease: 'Sine.easeOut' },
        { x, y, scale: 2.2, alpha: 0, duration: 160, ease: 'Quad.easeIn' },
      ],
      onComplete: () => this.plane.setVisible(false),
    });
    this.card.setScale(0.6);
    this.tweens.add({
      targets: this.card,
      alpha: 1,
      scale: 1,
      delay: 420,
      duration: 260,
      ease: 'Back.easeOut',
      onComplete: () => {
        this.arriving = false;
      },
    });
  }

  /**
   * The card drifts down the wall as its clock runs, so it reaches Tom's head as time runs out;
   * at the "take your time" pace it stays at the top and floats gently.
   */
  override update(time: number): void {
    super.update(time);
    this.loopWaiting(time);
    if (this.phase !== 'choosing' || this.arriving || this.offeredWords || this.setup.reducedMotion) return;
    const { from, to } = this.places.card;
    const share = this.clockShare();
    this.card.y = share === null ? from + 4 * Math.sin(time / 400) : from + (to - from) * (1 - share);
    // How far down the wall the card is, in tenths, for tests: written only when it changes.
    const fall = share === null ? '0' : (Math.floor((1 - share) * 10) / 10).toFixed(1);
    if (this.game.canvas.dataset.fall !== fall) this.game.canvas.dataset.fall = fall;
  }

  /**
   * The next comments, in line: shown for as many as are still to come (up to two), each with its
   * writer's colour. `arrived` is the one that has just come in: it goes to the back of the line
   * and comes back on as the newest, in from the side of the wall.
   */
  private lineUp(arrived?: Waiting): void {
    const { items } = this.setup;
    if (arrived) this.waiting.push(this.waiting.shift()!);
    // At the start both come in, one after the other; later only the newest.
    const coming = arrived ? [arrived] : this.turn === 0 ? this.waiting : [];
    coming.forEach((w, k) => {
      this.tweens.killTweensOf(w);
      w.entered = this.setup.reducedMotion ? 1 : 0;
      if (!this.setup.reducedMotion) this.tweens.add({ targets: w, entered: 1, delay: 300 + 500 * k, duration: 900, ease: 'Sine.easeOut' });
    });
    this.waiting.forEach((w, k) => {
      const next = items[this.turn + 1 + k];
      w.plane.setVisible(next !== undefined);
      w.avatar.setVisible(next !== undefined);
      if (next) w.avatar.setTexture(this.avatarTexture(next.author));
    });
    this.placeWaiting();
    // How many comments are on their way, for tests.
    this.game.canvas.dataset.waiting = String(this.waiting.filter((w) => w.plane.visible).length);
  }

  /** The waiting planes loop a figure of eight, quicker at each level; with reduced motion they stay put. */
  private loopWaiting(time: number): void {
    // Counted frame by frame, so a new level speeds them up where they are, without a jump.
    const step = this.looped.at < 0 ? 0 : Math.min(time - this.looped.at, 100);
    this.looped = { angle: this.looped.angle + step * WAITING.speed * (1 + 0.35 * (this.level() - 1)), at: time };
    if (this.setup.reducedMotion || !this.waiting[0]?.plane.visible) return;
    this.placeWaiting();
  }

  private placeWaiting(): void {
    const { sky } = this.places;
    const calm = this.setup.reducedMotion;
    this.waiting.forEach((w, k) => {
      const a = this.looped.angle + w.phase;
      // Off the wall's right side until it has come in; with reduced motion, in line, first in first.
      const outside = this.frame.width + 40;
      const x = calm ? sky.x + sky.rx * (1.6 * k - 0.8) : outside + (sky.x + sky.rx * Math.sin(a) - outside) * w.entered;
      const y = calm ? sky.y : sky.y + sky.ry * Math.sin(a) * Math.cos(a);
      w.plane.setPosition(x, y).setFlipX(!calm && Math.cos(a) < 0);
      w.plane.setRotation(calm ? 0 : 0.3 * Math.cos(2 * a));
      w.avatar.setPosition(x - 12, y + 10);
    });
  }

  /** A kind comment goes up: Tom jumps, the card shrinks into a note and is pinned on the wall. */
  private pinUp(): void {
    const note = this.nextNote();
    const calm = this.setup.reducedMotion;
    if (calm) {
      note.setVisible(true);
      return;
    }
    this.jump();
    const card = this.card;
    this.tweens.killTweensOf(card);
    this.tweens.add({
      targets: card,
      x: note.x,
      y: note.y,
      scale: 0.1,
      delay: 160,
      duration: 420,
      ease: 'Cubic.easeIn',
      onComplete: () => {
        card.setVisible(false);
        this.popNote(note);
      },
    });
  }

  /** An unkind comment made kind: Tom's beam zaps it, the card flips over to its kind words, and a note goes up too. */
  private zap(words: string, note = this.nextNote()): void {
    if (this.setup.reducedMotion) {
      this.words.setText(words);
      note.setVisible(true);
      return;
    }
    const { floor } = this.places.wall;
    const headY = floor - this.places.tom * 0.9;
    const cardBottom = this.card.y + this.places.card.height / 2;
    this.tweens.killTweensOf(this.beam);
    this.beam
      .setPosition(this.walker.x, headY)
      .setDisplaySize(80, Math.max(20, headY - cardBottom + 10))
      .setAlpha(0.9)
      .setVisible(true);
    this.tweens.add({
      targets: this.beam,
      alpha: 0.35,
      duration: 70,
      yoyo: true,
      repeat: 2,
      onComplete: () => {
        this.beam.setVisible(false);
        this.flipTo(words, () => this.popNote(note));
      },
    });
  }

  /** The card flips over and comes back with the kind words. */
  private flipTo(words: string, then: () => void): void {
    const { x, width, height } = this.places.card;
    const y = this.card.y;
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
      onComplete: then,
    });
  }

  /** A comment for a grown-up: Tom carries it to the trusted adult, who holds up the red flag. */
  private tellAdult(): void {
    const adult = this.adult;
    if (!adult) return;
    const calm = this.setup.reducedMotion;
    this.tweens.killTweensOf(this.flag);
    this.flag.setScale(FLAG_SCALE).setAngle(0).setVisible(true);
    if (calm) return;
    this.flag.setScale(0).setAngle(-30);
    const card = this.card;
    this.tweens.killTweensOf(card);
    this.tweens.add({
      targets: card,
      x: adult.x - 20,
      y: adult.y - 90 * this.places.adult.scale,
      scale: 0.12,
      duration: 460,
      ease: 'Cubic.easeIn',
      onComplete: () => {
        card.setVisible(false);
        this.tweens.add({ targets: this.flag, scale: FLAG_SCALE, angle: 0, duration: 320, ease: 'Back.easeOut' });
        this.tweens.add({ targets: adult, y: adult.y - 12, duration: 150, yoyo: true, ease: 'Sine.easeOut' });
      },
    });
  }

  /** Tom jumps for joy. */
  private jump(): void {
    const y = this.places.wall.floor + 2;
    this.tweens.killTweensOf(this.walker);
    this.walker.setPosition(this.stationX(this.station), y);
    this.tweens.add({ targets: this.walker, y: y - 34, duration: 170, yoyo: true, ease: 'Quad.easeOut' });
  }

  /** A wrong call (or none): the card shakes its head and Tom looks worried. */
  private shake(): void {
    this.walker.setTexture('tom-worried');
    if (this.setup.reducedMotion) return;
    const { x } = this.places.card;
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

  /** The next place on the wall's row of notes, with the comment's author's colours; shown by popNote. */
  private nextNote(): Phaser.GameObjects.Image {
    const { y, size, gap } = this.places.notes;
    const perRow = Math.floor((this.frame.width - 40) / gap);
    const k = this.pinned;
    this.pinned += 1;
    const row = Math.floor(k / perRow) % 2;
    const x = 20 + gap / 2 + (k % perRow) * gap + row * (gap / 2);
    const note = this.add
      .image(x, y + row * (size * 0.7), this.noteTexture(this.comment.author))
      .setAngle(k % 2 === 0 ? -6 : 5)
      .setDepth(1)
      .setVisible(false);
    this.notes.push(note);
    // How many notes are up on the wall, for tests.
    this.game.canvas.dataset.notes = String(this.pinned);
    return note;
  }

  /** A note lands on the wall with a bounce and a few sparks. */
  private popNote(note: Phaser.GameObjects.Image): void {
    note.setScale(0.3).setVisible(true);
    this.tweens.add({ targets: note, scale: 1, duration: 260, ease: 'Back.easeOut' });
    this.burst(note.x, note.y, 40, 40);
  }

  protected override upcoming(comment: KindComment): (() => void)[] {
    const author = this.setup.t(`kindComments.author.${comment.author}`);
    const { kinder } = comment;
    return [
      () => this.avatarTexture(comment.author),
      () => this.noteTexture(comment.author),
      // The card's words, one a job: a millisecond or two each at 4x slow-down.
      () => this.initial.prepare(author.charAt(0)),
      () => this.author.prepare(author),
      () => this.words.prepare(comment.text),
      ...(kinder === undefined ? [] : [() => this.words.prepare(kinder)]),
    ];
  }

  private avatarTexture(author: KindComment['author']): string {
    return this.bake(`avatar-${author}`, 80, 80, (g) => {
      g.fillStyle(AUTHOR_COLOURS[author]).fillCircle(40, 40, 36);
      g.lineStyle(3, INK).strokeCircle(40, 40, 36);
    });
  }

  /** A note in the author's colour with a drawing pin and a heart: kind words, without words too small to read. */
  private noteTexture(author: KindComment['author']): string {
    const size = this.places.notes.size;
    return this.bake(`note-${author}-${size}`, size, size, (g) => {
      const s = size;
      g.fillStyle(AUTHOR_COLOURS[author]).fillRoundedRect(2, 6, s - 4, s - 8, 6);
      g.lineStyle(2, INK).strokeRoundedRect(2, 6, s - 4, s - 8, 6);
      g.fillStyle(0xe53935).fillCircle(s / 2 - s * 0.1, s * 0.55, s * 0.13);
      g.fillCircle(s / 2 + s * 0.1, s * 0.55, s * 0.13);
      g.fillTriangle(s / 2 - s * 0.23, s * 0.59, s / 2 + s * 0.23, s * 0.59, s / 2, s * 0.84);
      g.fillStyle(0x1f4fd1).fillCircle(s / 2, 8, 5);
      g.lineStyle(2, INK).strokeCircle(s / 2, 8, 5);
    });
  }

  protected showTurn(): TurnView {
    const { t } = this.setup;
    const comment = this.comment;
    const author = t(`kindComments.author.${comment.author}`);
    this.avatar.setTexture(this.avatarTexture(comment.author));
    this.initial.setText(author.charAt(0));
    this.author.setText(author);
    this.words.setText(comment.text);
    // A note whose animation was cut short by Next goes up now: it was earned.
    for (const note of this.notes) if (!note.visible) note.setScale(1).setVisible(true);
    this.flag.setVisible(false);
    this.beam.setVisible(false);
    this.walker.setTexture('tom-happy').setVisible(true);
    this.adult?.setVisible(true);
    this.question.setVisible(false);
    const { x, from } = this.places.card;
    this.tweens.killTweensOf(this.card);
    this.card.setPosition(x, from).setScale(1).setAlpha(1).setVisible(true);
    this.arriving = false;
    this.game.canvas.dataset.fall = '0';
    // From the second comment on, it is the first plane in line that comes in.
    const arrived = this.turn > 0 ? this.waiting[0] : undefined;
    const waited = arrived?.plane.visible ? { x: arrived.plane.x, y: arrived.plane.y } : undefined;
    if (!this.setup.reducedMotion) this.flyIn(waited);
    this.lineUp(arrived);
    return {
      itemId: comment.id,
      choices: this.actions.map((a) => ({ label: t(`kindComments.action.${a}`), icon: `icon-${a}` })),
      words: commentWords(comment, t),
    };
  }

  protected score(): number {
    return this.answers.filter((a) => judge(a.comment, a.action, a.worded).correct).length;
  }

  protected override replies(): Verdict[] {
    const { comment } = this;
    const { t } = this.setup;
    const calls = [...this.actions, null].filter((action) => action === null || !asksForWords(comment, action));
    const words = [KINDER, ...(comment.notKind ?? []).map((o) => o.id)];
    return [
      ...calls.map((action) => replyTo(comment, action, t)),
      ...(comment.answer === 'change' ? words.map((id) => replyToWords(comment, id, t)) : []),
    ];
  }

  protected answer(choice: number): Verdict | FollowUp {
    const comment = this.comment;
    if (this.offeredWords) return this.chooseWords(this.offeredWords[choice]!);
    const action = this.actions[choice]!;
    if (asksForWords(comment, action)) return this.askForWords();
    this.answers.push({ comment, action });
    const reply = replyTo(comment, action, this.setup.t);
    if (reply.correct) this.walker.setTexture('tom-cheering');
    if (!reply.correct) this.shake();
    else if (action === 'change' && comment.kinder) this.zap(comment.kinder);
    else if (action === 'report') this.tellAdult();
    else this.pinUp();
    return reply;
  }

  /**
   * The right call on an unkind comment: the card goes up to the top of the wall, Tom steps aside
   * thinking, and the wall offers the kind words among others.
   */
  private askForWords(): FollowUp {
    const words = this.places.words;
    const offered = rewordings(this.comment, this.setup.ageBand, this.random);
    this.wordsStation = this.stationX(this.actions.indexOf('change'));
    this.offeredWords = offered;
    this.question.setVisible(true);
    this.walker.setTexture('tom-thinking');
    const calm = this.setup.reducedMotion;
    this.tweens.killTweensOf([this.card, this.walker]);
    this.arriving = false;
    this.card.setAlpha(1).setVisible(true);
    if (calm) this.card.setPosition(this.places.card.x, words.cardY).setScale(words.cardScale);
    else
      this.tweens.add({
        targets: this.card,
        x: this.places.card.x,
        y: words.cardY,
        scale: words.cardScale,
        duration: 280,
        ease: 'Back.easeOut',
      });
    const floorY = this.places.wall.floor + 2;
    if (words.tomX === null) {
      this.walker.setVisible(false);
      this.adult?.setVisible(false);
    } else if (calm) this.walker.setPosition(words.tomX, floorY).setAngle(0);
    else {
      this.walker
        .setY(floorY)
        .setAngle(0)
        .setFlipX(words.tomX < this.walker.x);
      this.tweens.add({ targets: this.walker, x: words.tomX, duration: 320, ease: 'Sine.easeInOut' });
    }
    const n = offered.length;
    const gap = 10;
    const height = Math.min(130, (words.bottom - words.top - gap * (n - 1)) / n);
    const boxes: Box[] = offered.map((_, i) => ({ x: words.x, y: words.top + i * (height + gap), width: words.width, height }));
    return { question: wordsQuestion(this.setup.t), choices: offered.map((w) => w.text), boxes, size: words.size };
  }

  /** The words chosen: the card comes back down; kind words are beamed onto it and go up, others get Tom's why. */
  private chooseWords(worded: Rewording): Verdict {
    const comment = this.comment;
    this.offeredWords = null;
    this.answers.push({ comment, action: 'change', worded: worded.id });
    this.question.setVisible(false);
    this.walker.setVisible(true).setFlipX(false);
    this.adult?.setVisible(true);
    const reply = replyToWords(comment, worded.id, this.setup.t);
    const station = this.wordsStation;
    const { x, from } = this.places.card;
    const floorY = this.places.wall.floor + 2;
    this.tweens.killTweensOf([this.card, this.walker]);
    // The note is the pupil's: it counts now, whatever happens to the animation that brings it.
    const note = reply.correct ? this.nextNote() : undefined;
    const then = () => {
      if (note) this.zap(comment.kinder ?? '', note);
      else {
        this.shake();
        this.words.setText(comment.kinder ?? '');
      }
    };
    this.walker.setTexture(reply.correct ? 'tom-cheering' : 'tom-worried');
    if (this.setup.reducedMotion) {
      this.card.setPosition(x, from).setScale(1);
      this.walker.setPosition(station, floorY);
      then();
      return reply;
    }
    this.tweens.add({ targets: this.walker, x: station, duration: 240, ease: 'Sine.easeInOut' });
    this.tweens.add({ targets: this.card, x, y: from, scale: 1, duration: 240, ease: 'Sine.easeInOut', onComplete: then });
    return reply;
  }

  protected override clockSeconds(): number {
    return clockSeconds(this.setup.ageBand, this.turn);
  }

  protected override level(): number {
    return levelOf(this.turn);
  }

  /** Nobody decided in time: the comment bumps Tom on the head, and he says what the right call was, and why. */
  protected override timeUp(): Verdict {
    const comment = this.comment;
    this.answers.push({ comment, action: null });
    if (comment.answer === 'change' && comment.kinder) this.words.setText(comment.kinder);
    this.walker.setTexture('tom-worried');
    if (!this.setup.reducedMotion) {
      const y = this.places.wall.floor + 2;
      this.tweens.killTweensOf(this.walker);
      this.walker.setY(y);
      this.tweens.add({ targets: this.walker, y: y + 6, angle: -5, duration: 90, yoyo: true, repeat: 1, ease: 'Quad.easeOut' });
    }
    return replyTo(comment, null, this.setup.t);
  }

  protected result(durationMs: number): GameResult {
    return tally(this.answers, durationMs);
  }
}

/** The trusted adult at the end of the floor: a grown-up with a lanyard, taller than the children. */
function drawAdult(g: Phaser.GameObjects.Graphics): void {
  g.lineStyle(3, INK);
  // legs and body
  g.fillStyle(0x37474f).fillRoundedRect(32, 150, 16, 38, 5).fillRoundedRect(54, 150, 16, 38, 5);
  g.fillStyle(0x26a69a).fillRoundedRect(20, 78, 62, 84, 20);
  g.strokeRoundedRect(20, 78, 62, 84, 20);
  // lanyard and badge
  g.lineBetween(40, 80, 51, 112).lineBetween(62, 80, 51, 112);
  g.fillStyle(PAPER).fillRect(43, 112, 16, 20);
  g.strokeRect(43, 112, 16, 20);
  // head and hair
  g.fillStyle(0x3b2a20).fillEllipse(51, 30, 70, 44);
  g.fillStyle(0xc68a62).fillCircle(51, 46, 30);
  g.strokeCircle(51, 46, 30);
  g.fillStyle(0x3b2a20).fillEllipse(51, 20, 58, 20);
  g.fillStyle(INK).fillCircle(41, 44, 4).fillCircle(61, 44, 4);
  g.beginPath();
  g.arc(51, 54, 10, Phaser.Math.DegToRad(20), Phaser.Math.DegToRad(160), false);
  g.strokePath();
}

/** Tom's "make it kind" beam: a soft yellow fan of light, with sparkles. */
function drawBeam(g: Phaser.GameObjects.Graphics): void {
  g.fillStyle(SUN, 0.55).fillTriangle(40, 200, 0, 0, 80, 0);
  g.fillStyle(SUN, 0.9).fillTriangle(40, 200, 24, 0, 56, 0);
  g.fillStyle(PAPER).fillCircle(30, 60, 4).fillCircle(52, 110, 3).fillCircle(40, 30, 3);
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
