/**
 * Age Gate, the play scene: one child at a time comes to Tom's gate, with their age on a badge;
 * the sign on the gate says what the app or game is for. The pupil lets them in, says not yet, or
 * (ages 7-11) says to ask a grown-up first. The gate opens for a child who is old enough; Tom says
 * why after every choice. Keys 1-3 or the arrows and Enter, a click or a tap all work. The line
 * moves faster level by level: each call has a clock (none at the "take your time" pace), and a
 * child left waiting too long is told the right call all the same.
 */
import * as Phaser from 'phaser';
import type { SceneData } from '../../shared/boot';
import type { GameResult } from '../../contract';
import { TurnScene, INK, PAPER, LEAF, SUN_PALE, type TurnView, type Verdict } from '../../shared/turn-scene';
import type { AgeGateRound, GateAction } from '../../../src/schemas/game';
import { drawnInto, type Words } from '../../shared/words';
import { actionsFor, answerFor, childWords, clockSeconds, judge, levelOf, replyTo, signWords, tally, type Answer } from '../rules';

const WOOD = 0xc98b4f;
const GRASS = 0x8bc47a;

/** Each child's look: skin and hair, so the children are told apart by more than colour (names are always written). */
const CHILDREN: Record<AgeGateRound['who'], { skin: number; hair: number; top: number }> = {
  ava: { skin: 0xf1c7a8, hair: 0xd9a441, top: 0xf4a3c0 },
  sam: { skin: 0xe0ac7e, hair: 0x5a3a22, top: 0xf7b267 },
  jay: { skin: 0x8d5a3b, hair: 0x1f1a17, top: 0xb39ddb },
  priya: { skin: 0xb07a52, hair: 0x1f1a17, top: 0x80cbc4 },
  leo: { skin: 0xf3d2b8, hair: 0xb5542c, top: 0x9ccc65 },
  zara: { skin: 0x6b4330, hair: 0x241814, top: 0xffd54f },
  cerys: { skin: 0xf7d5bd, hair: 0xa6361c, top: 0xc8102e },
  osian: { skin: 0xe2ac84, hair: 0x6b4423, top: 0x3a7d44 },
};

export type PlayData = SceneData<AgeGateRound>;

/** Where things stand on each playfield: the wide one as before, the tall one stacked. */
const PLACES = {
  landscape: {
    child: { x: 170, y: 190 },
    name: 62,
    badge: { dx: 80, y: 130 },
    gate: { x: 640, y: 200, half: 160 },
    sign: { y: 112, width: 400, height: 120 },
    grass: 284,
    wish: { y: 314 },
    /** The children waiting their turn, behind the one at the gate: where they stand, how big. */
    queue: [
      { x: 78, scale: 0.74 },
      { x: 16, scale: 0.58 },
    ],
  },
  portrait: {
    child: { x: 96, y: 340 },
    name: 208,
    badge: { dx: 66, y: 296 },
    gate: { x: 318, y: 350, half: 130 },
    sign: { y: 130, width: 440, height: 140 },
    grass: 434,
    wish: { y: 462 },
    queue: [{ x: 14, scale: 0.6 }],
  },
} as const;

export class PlayScene extends TurnScene<AgeGateRound> {
  protected readonly layout = {
    choicesTop: { landscape: 352, portrait: 548 },
    feedbackTop: 462,
    detailSize: 18,
    words: 'ageGate',
  };
  private actions: GateAction[] = [];
  private answers: Answer[] = [];
  private child!: Phaser.GameObjects.Image;
  private queue: Phaser.GameObjects.Image[] = [];
  /** A thought bubble with a question mark: this child will ask a grown-up. */
  private wonder!: Phaser.GameObjects.Container;
  private childName!: Words;
  private ageBadge!: Words;
  private badge!: Phaser.GameObjects.Image;
  private wish!: Words;
  private signName!: Words;
  private signRule!: Words;
  private signConsent!: Words;
  private leftDoor!: Phaser.GameObjects.Image;
  private rightDoor!: Phaser.GameObjects.Image;
  /** How wide an open door is, to its closed width (a door is drawn as wide as it stands shut). */
  private doorOpen = 0.15;
  private stamp!: Words;

  private get places() {
    return PLACES[this.frame.orientation];
  }

  protected reset(): void {
    this.actions = actionsFor(this.setup.ageBand);
    this.answers = [];
  }

  protected howTo(): string {
    const { t } = this.setup;
    return t('ageGate.howTo', { keys: this.actions.map((a, i) => `${i + 1}: ${t(`ageGate.action.${a}`)}`).join(', ') });
  }

  protected buildStage(): void {
    const { width } = this.frame;
    // The grass is under everyone who stands on it.
    const grass = this.add
      .image(
        0,
        this.places.grass,
        this.bake(`grass-${width}`, width, 24, (g) => g.fillStyle(GRASS).fillRect(0, 0, width, 24)),
      )
      .setOrigin(0);
    this.still.hold(grass);
    this.buildChild();
    this.buildGate();
    for (const action of this.actions) this.bake(`gate-icon-${action}`, 72, 72, (g) => drawIcon(g, action, 36, 36));
  }

  private get item(): AgeGateRound {
    return this.setup.items[this.turn]!;
  }

  /** The child waiting at the gate, their age on a badge, and what they want to join. */
  private buildChild(): void {
    const { child, name, badge, wish } = this.places;
    // The line first, so the child at the gate stands in front of it. Each stands on the grass.
    this.queue = this.places.queue.map((q) => this.add.image(q.x, this.places.grass, '__DEFAULT').setOrigin(0.5, 1));
    this.child = this.add.image(child.x, child.y, '__DEFAULT');
    const bubble = this.add.image(
      0,
      0,
      this.bake('wonder', 64, 64, (g) => {
        g.fillStyle(PAPER).fillCircle(32, 30, 26);
        g.lineStyle(3, INK).strokeCircle(32, 30, 26);
        g.fillStyle(PAPER).fillCircle(10, 58, 5);
        g.strokeCircle(10, 58, 5);
      }),
    );
    const mark = this.text(0, -2, '?', 30, { fontStyle: 'bold' }).setOrigin(0.5);
    this.wonder = this.add
      .container(child.x + 58, child.y - 112, [bubble, mark])
      .setDepth(2)
      .setVisible(false);
    this.childName = this.turnText(child.x, name, 26, { fontStyle: 'bold' }).setOrigin(0.5, 0);
    this.badge = this.add.image(
      child.x + badge.dx,
      badge.y,
      this.bake('badge', 76, 76, (g) => {
        g.fillStyle(SUN_PALE).fillCircle(38, 38, 34);
        g.lineStyle(4, INK).strokeCircle(38, 38, 34);
      }),
    );
    this.ageBadge = this.turnText(child.x + badge.dx, badge.y, 36, { fontStyle: 'bold' }).setOrigin(0.5);
    // In front of the gate's posts, which are built after the child.
    this.badge.setDepth(1);
    this.ageBadge.setDepth(1);
    const margin = this.frame.portrait ? 20 : 40;
    this.wish = this.turnText(margin, wish.y, 20, {}, this.frame.width - 2 * margin);
  }

  /** Tom's gate: two posts, two doors that swing open, and the sign with the service's rule. */
  private buildGate(): void {
    const { gate, sign } = this.places;
    const { x, half } = gate;
    const post = this.bake('post', 24, 210, (g) => {
      g.fillStyle(WOOD).fillRect(2, 2, 20, 206);
      g.lineStyle(3, INK).strokeRect(2, 2, 20, 206);
    });
    this.add.image(x - half, gate.y, post);
    this.add.image(x + half, gate.y, post);
    // Each door is drawn as wide as it stands closed: a shut gate is then a straight copy of its
    // pixels in every frame, where a door squeezed to fit was filtered (several times the work
    // without a GPU). An open door is a narrow strip, 22 pixels of it.
    const width = Math.round(half - 12);
    const door = this.bake(`door-${width}`, width, 150, (g) => {
      g.fillStyle(0xf2e2c4).fillRect(2, 2, width - 4, 146);
      g.lineStyle(3, INK).strokeRect(2, 2, width - 4, 146);
      for (let i = 1; i < 5; i += 1) {
        const plank = Math.round(2 + (i * (width - 4)) / 5);
        g.lineBetween(plank, 2, plank, 148);
      }
      g.lineBetween(2, 74, width - 2, 74);
    });
    this.doorOpen = 22 / width;
    this.leftDoor = this.add.image(x - half + 12, gate.y + 30, door).setOrigin(0, 0.5);
    this.rightDoor = this.add.image(x + half - 12, gate.y + 30, door).setOrigin(1, 0.5);
    const signX = this.frame.portrait ? this.frame.width / 2 : x;
    const board = this.add.image(
      signX,
      sign.y,
      this.bake(`sign-${sign.width}x${sign.height}`, sign.width, sign.height, (g) => {
        g.fillStyle(PAPER).fillRoundedRect(2, 2, sign.width - 4, sign.height - 4, 14);
        g.lineStyle(4, INK).strokeRoundedRect(2, 2, sign.width - 4, sign.height - 4, 14);
      }),
    );
    const top = sign.y - sign.height / 2;
    const portrait = this.frame.portrait;
    this.signName = this.turnText(signX, top + 8, 24).setOrigin(0.5, 0);
    this.signRule = this.turnText(signX, top + (portrait ? 44 : 36), 30, { fontStyle: 'bold' }).setOrigin(0.5, 0);
    // Where the service's own pages need a parent's consent for a young child's account, the sign says so.
    this.signConsent = this.turnText(signX, top + (portrait ? 94 : 78), 18, { align: 'center' }, sign.width - 20).setOrigin(0.5, 0);
    // Nobody walks over the sign above the gate: it changes only when the next child comes.
    this.still.hold(board, this.signName, this.signRule, this.signConsent);
    const stampX = portrait ? this.frame.width / 2 : x;
    // Drawn ahead (upcoming) like the labels: drawn at the answer, it cost the answer's frame.
    this.stamp = this.turnText(
      stampX,
      gate.y + 30,
      30,
      { align: 'center', fontStyle: 'bold', backgroundColor: '#ffffff', padding: { x: 8, y: 4 } },
      this.frame.width - 80,
    )
      .setOrigin(0.5)
      .setDepth(2);
    this.stamp.setVisible(false);
  }

  protected override upcoming(item: AgeGateRound): (() => void)[] {
    const { t } = this.setup;
    // The gate's stamp too, ready for the first answer (drawn once, then nothing to do).
    const stamps = (['ask', 'not-yet'] as const).map((action) => () => this.stamp.prepare(t(`ageGate.action.${action}`)));
    return [
      ...stamps,
      () => this.childTexture(item.who),
      () => this.childTexture(item.who, 'waiting'),
      ...this.places.queue.map((spot) => () => this.waitingTexture(item.who, spot.scale)),
      // One label a job: each is a millisecond or two, which fits in the idle end of a frame.
      ...this.labels(item).map(
        ([label, words]) =>
          () =>
            label.prepare(words),
      ),
    ];
  }

  /** The labels `showTurn` gives this child and their sign. */
  private labels(item: AgeGateRound): [Words, string][] {
    const { t } = this.setup;
    const name = t(`ageGate.who.${item.who}`);
    const sign = signWords(item.service, t);
    return [
      [this.childName, name],
      [this.ageBadge, String(item.age)],
      [this.wish, t('ageGate.wants', { name, age: item.age, service: item.service.name })],
      [this.signName, item.service.name],
      [this.signRule, sign.rule],
      [this.signConsent, sign.consent ?? ''],
    ];
  }

  /** A child, smiling, or (waiting) with a straight mouth. */
  private childTexture(who: AgeGateRound['who'], mood: 'happy' | 'waiting' = 'happy'): string {
    const look = CHILDREN[who];
    return this.bake(`child-${who}-${mood}`, 140, 190, (g) => {
      g.fillStyle(look.top).fillRoundedRect(30, 110, 80, 78, 22);
      g.lineStyle(3, INK).strokeRoundedRect(30, 110, 80, 78, 22);
      g.fillStyle(look.hair).fillCircle(70, 60, 48);
      g.fillStyle(look.skin).fillCircle(70, 68, 40);
      g.lineStyle(3, INK).strokeCircle(70, 68, 40);
      g.fillStyle(look.hair).fillEllipse(70, 34, 84, 30);
      g.fillStyle(INK).fillCircle(56, 66, 4).fillCircle(84, 66, 4);
      g.lineStyle(3, INK);
      if (mood === 'waiting') {
        g.lineBetween(60, 84, 80, 84);
        return;
      }
      g.beginPath();
      g.arc(70, 78, 12, Phaser.Math.DegToRad(20), Phaser.Math.DegToRad(160), false);
      g.strokePath();
    });
  }

  /**
   * A child waiting in the line, drawn once at the size they stand there: drawn scaled in every
   * frame, the two in the line were filtered (several times the work of a straight copy without
   * a GPU).
   */
  private waitingTexture(who: AgeGateRound['who'], scale: number): string {
    const key = `child-${who}-in-line-${scale}`;
    if (!this.textures.exists(key)) {
      const full = this.textures.get(this.childTexture(who)).getSourceImage() as CanvasImageSource;
      const width = Math.round(140 * scale);
      const height = Math.round(190 * scale);
      this.textures.addImage(
        key,
        drawnInto(width, height, (canvas) => canvas.getContext('2d')?.drawImage(full, 0, 0, width, height)),
      );
    }
    return key;
  }

  /** The next children in the line, or nobody where the round has no more. */
  private showQueue(): void {
    this.queue.forEach((waiting, i) => {
      const next = this.setup.items[this.turn + 1 + i];
      waiting.setVisible(next !== undefined);
      if (next) waiting.setTexture(this.waitingTexture(next.who, this.places.queue[i]!.scale)).setAlpha(1);
    });
  }

  protected showTurn(): TurnView {
    const { t } = this.setup;
    const item = this.item;
    const { child, badge } = this.places;
    this.stamp.setVisible(false);
    this.leftDoor.setScale(1);
    this.rightDoor.setScale(1);
    this.child.setTexture(this.childTexture(item.who)).setX(child.x);
    this.childName.setX(child.x);
    this.badge.setX(child.x + badge.dx);
    this.ageBadge.setX(child.x + badge.dx);
    for (const [label, words] of this.labels(item)) label.setText(words);
    this.tweens.killTweensOf([this.child, this.childName, this.badge, this.ageBadge, ...this.queue]);
    this.child.setScale(1).setAngle(0).setY(child.y);
    for (const label of [this.childName, this.badge, this.ageBadge]) label.setAlpha(1);
    this.wonder.setVisible(false);
    this.showQueue();
    if (!this.setup.reducedMotion) {
      // The first in the line steps up to the gate, growing as they come closer; the line shuffles on.
      const from = this.places.queue[0]!;
      this.child.setX(this.turn === 0 ? -80 : from.x).setScale(this.turn === 0 ? 1 : from.scale);
      this.tweens.add({ targets: this.child, x: child.x, scale: 1, duration: 420, ease: 'Quad.easeOut' });
      this.queue.forEach((waiting, i) => {
        const spot = this.places.queue[i]!;
        waiting.setX(spot.x - 50).setAlpha(0.4);
        this.tweens.add({ targets: waiting, x: spot.x, alpha: 1, duration: 420, ease: 'Quad.easeOut' });
      });
    }
    return {
      itemId: item.id,
      choices: this.actions.map((a) => ({ label: t(`ageGate.action.${a}`), icon: `gate-icon-${a}` })),
      words: childWords(item, t),
    };
  }

  protected override clockSeconds(): number {
    return clockSeconds(this.setup.ageBand, this.turn);
  }

  protected override level(): number {
    return levelOf(this.turn);
  }

  /** Nobody made the call in time: the gate does what the rules say, and Tom says what the call was. */
  protected override timeUp(): Verdict {
    const { t, ageBand } = this.setup;
    const item = this.item;
    this.answers.push({ item, action: null });
    this.playOut(item, answerFor(item, ageBand));
    return replyTo(item, null, ageBand, t);
  }

  protected score(): number {
    return this.answers.filter((a) => judge(a.item, a.action, this.setup.ageBand).correct).length;
  }

  protected override replies(): Verdict[] {
    const { ageBand, t } = this.setup;
    return [...this.actions, null].map((action) => replyTo(this.item, action, ageBand, t));
  }

  protected answer(choice: number): Verdict {
    const item = this.item;
    const action = this.actions[choice]!;
    this.answers.push({ item, action });
    this.playOut(item, answerFor(item, this.setup.ageBand));
    return replyTo(item, action, this.setup.ageBand, this.setup.t);
  }

  /** What really happens at the gate follows the rules, whatever was chosen. */
  private playOut(item: AgeGateRound, answer: GateAction): void {
    const { t } = this.setup;
    if (answer === 'join') this.openGate();
    else {
      this.stamp.setText(answer === 'ask' ? t('ageGate.action.ask') : t('ageGate.action.not-yet')).setVisible(true);
      this.react(item, answer);
    }
  }

  /**
   * The child at the gate takes the news: a straight face for "not yet" and a step back from the
   * gate; a question to take to a grown-up for "ask first". Only the steps move, and not with
   * reduced motion.
   */
  private react(item: AgeGateRound, answer: GateAction): void {
    this.child.setTexture(this.childTexture(item.who, 'waiting'));
    if (answer === 'ask') {
      this.wonder.setVisible(true);
      if (!this.setup.reducedMotion) {
        this.wonder.setScale(0.3);
        this.tweens.add({ targets: this.wonder, scale: 1, duration: 280, ease: 'Back.easeOut' });
      }
    } else if (!this.setup.reducedMotion) {
      this.tweens.add({ targets: this.child, x: this.places.child.x - 28, duration: 500, delay: 200, ease: 'Sine.easeInOut' });
    }
  }

  private openGate(): void {
    const open = this.doorOpen;
    if (this.setup.reducedMotion) {
      this.leftDoor.setScale(open, 1);
      this.rightDoor.setScale(open, 1);
      return;
    }
    this.tweens.add({ targets: [this.leftDoor, this.rightDoor], scaleX: open, duration: 400, ease: 'Quad.easeOut' });
    // The child walks in through the open gate, name and age badge with them.
    this.tweens.add({
      targets: this.child,
      x: `+=${this.places.gate.x - this.places.child.x - 40}`,
      duration: 500,
      ease: 'Quad.easeInOut',
    });
    // Their name and age stay outside with the line (and off the sign).
    this.tweens.add({ targets: [this.childName, this.badge, this.ageBadge], alpha: 0, duration: 300 });
    // ...and gives a little jump once through.
    this.tweens.add({
      targets: this.child,
      y: this.places.child.y - 22,
      delay: 500,
      duration: 160,
      yoyo: true,
      repeat: 1,
      ease: 'Sine.easeOut',
    });
  }

  protected result(durationMs: number): GameResult {
    return tally(this.answers, this.setup.ageBand, durationMs);
  }
}

/** Shapes say what each button does, so colour is never the only cue. */
function drawIcon(g: Phaser.GameObjects.Graphics, action: GateAction, x: number, y: number): void {
  g.lineStyle(6, INK);
  if (action === 'join') {
    // a tick in a circle
    g.fillStyle(LEAF).fillCircle(x, y, 28);
    g.lineStyle(3, INK).strokeCircle(x, y, 28);
    g.lineStyle(6, INK);
    g.lineBetween(x - 13, y + 1, x - 3, y + 12);
    g.lineBetween(x - 3, y + 12, x + 15, y - 12);
  } else if (action === 'not-yet') {
    // a raised hand
    g.fillStyle(0xf1c7a8).fillRoundedRect(x - 16, y - 6, 32, 34, 10);
    g.lineStyle(3, INK).strokeRoundedRect(x - 16, y - 6, 32, 34, 10);
    for (let i = 0; i < 4; i += 1) {
      g.fillStyle(0xf1c7a8).fillRoundedRect(x - 16 + i * 8, y - 28, 8, 26, 4);
      g.strokeRoundedRect(x - 16 + i * 8, y - 28, 8, 26, 4);
    }
  } else {
    // a grown-up beside a child, with a question mark
    g.fillStyle(0x80cbc4)
      .fillCircle(x - 10, y - 14, 10)
      .fillRoundedRect(x - 22, y - 2, 24, 32, 8);
    g.lineStyle(3, INK)
      .strokeCircle(x - 10, y - 14, 10)
      .strokeRoundedRect(x - 22, y - 2, 24, 32, 8);
    g.fillStyle(0xffd54f)
      .fillCircle(x + 14, y + 2, 7)
      .fillRoundedRect(x + 6, y + 10, 16, 20, 6);
    g.strokeCircle(x + 14, y + 2, 7).strokeRoundedRect(x + 6, y + 10, 16, 20, 6);
  }
}
