/**
 * Age Gate, the play scene: one child at a time comes to Tom's gate, with their age on a badge;
 * the sign on the gate says what the app or game is for. The pupil lets them in, says not yet, or
 * (ages 7-11) says to ask a grown-up first. The gate opens for a child who is old enough; Tom says
 * why after every choice. Keys 1-3 or the arrows and Enter, a click or a tap all work.
 */
import * as Phaser from 'phaser';
import type { SceneData } from '../../shared/boot';
import { TurnScene, INK, PAPER, BLUE, LEAF, SKY, SUN_PALE } from '../../shared/turn-scene';
import type { AgeGateRound, GateAction } from '../../../src/schemas/game';
import { actionsFor, answerFor, judge, signWords, tally, type Answer } from '../rules';

export const WIDTH = 960;
export const HEIGHT = 600;

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

interface ActionButton {
  action: GateAction;
  box: Phaser.GameObjects.Image;
}

export class PlayScene extends TurnScene {
  private setup!: PlayData;
  private actions: GateAction[] = [];
  private index = 0;
  private answers: Answer[] = [];
  private startedAt = 0;
  private focused = 0;
  private phase: 'choosing' | 'feedback' | 'done' = 'choosing';
  private finished = false;
  private buttons: ActionButton[] = [];
  private child!: Phaser.GameObjects.Image;
  private childName!: Phaser.GameObjects.Text;
  private ageBadge!: Phaser.GameObjects.Text;
  private badge!: Phaser.GameObjects.Image;
  private wish!: Phaser.GameObjects.Text;
  private signName!: Phaser.GameObjects.Text;
  private signRule!: Phaser.GameObjects.Text;
  private signConsent!: Phaser.GameObjects.Text;
  private leftDoor!: Phaser.GameObjects.Image;
  private rightDoor!: Phaser.GameObjects.Image;
  private stamp!: Phaser.GameObjects.Text;
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
    this.add
      .image(
        0,
        284,
        this.bake('grass', WIDTH, 24, (g) => g.fillStyle(GRASS).fillRect(0, 0, WIDTH, 24)),
      )
      .setOrigin(0);
    this.progress = this.text(40, 20, '', 24);
    this.score = this.text(WIDTH - 40, 20, '', 24).setOrigin(1, 0);
    this.buildChild();
    this.buildGate();
    this.drawButtons();
    this.buildFeedback({ y: 462, x: 40, width: 880, detailSize: 18, nextLabel: this.setup.t('ageGate.next'), onNext: () => this.next() });
    this.onKeyDown((event) => this.onKey(event));
    this.setup.sound.music(true);
    this.setup.announce(t('ageGate.howTo', { keys: this.actions.map((a, i) => `${i + 1}: ${t(`ageGate.action.${a}`)}`).join(', ') }));
    this.showChild();
  }

  private get item(): AgeGateRound {
    return this.setup.items[this.index]!;
  }

  /** The child waiting at the gate, their age on a badge, and what they want to join. */
  private buildChild(): void {
    this.child = this.add.image(170, 190, '__DEFAULT');
    this.childName = this.text(170, 62, '', 26).setOrigin(0.5, 0).setFontStyle('bold');
    this.badge = this.add.image(
      250,
      130,
      this.bake('badge', 76, 76, (g) => {
        g.fillStyle(SUN_PALE).fillCircle(38, 38, 34);
        g.lineStyle(4, INK).strokeCircle(38, 38, 34);
      }),
    );
    this.ageBadge = this.text(250, 130, '', 36).setOrigin(0.5).setFontStyle('bold');
    this.wish = this.text(40, 314, '', 20, 880);
  }

  /** Tom's gate: two posts, two doors that swing open, and the sign with the service's rule. */
  private buildGate(): void {
    const x = 640;
    const post = this.bake('post', 24, 210, (g) => {
      g.fillStyle(WOOD).fillRect(2, 2, 20, 206);
      g.lineStyle(3, INK).strokeRect(2, 2, 20, 206);
    });
    this.add.image(x - 160, 200, post);
    this.add.image(x + 160, 200, post);
    const door = this.bake('door', 150, 150, (g) => {
      g.fillStyle(0xf2e2c4).fillRect(2, 2, 146, 146);
      g.lineStyle(3, INK).strokeRect(2, 2, 146, 146);
      for (let i = 1; i < 5; i += 1) g.lineBetween(2 + i * 29, 2, 2 + i * 29, 148);
      g.lineBetween(2, 74, 148, 74);
    });
    this.leftDoor = this.add.image(x - 148, 230, door).setOrigin(0, 0.5);
    this.rightDoor = this.add.image(x + 148, 230, door).setOrigin(1, 0.5);
    this.add.image(
      x,
      94,
      this.bake('sign', 400, 120, (g) => {
        g.fillStyle(PAPER).fillRoundedRect(2, 2, 396, 116, 14);
        g.lineStyle(4, INK).strokeRoundedRect(2, 2, 396, 116, 14);
      }),
    );
    this.signName = this.text(x, 42, '', 24).setOrigin(0.5, 0);
    this.signRule = this.text(x, 70, '', 30).setOrigin(0.5, 0).setFontStyle('bold');
    // Where the service's own pages need a parent's consent for a young child's account, the sign says so.
    this.signConsent = this.text(x, 112, '', 18, 380).setOrigin(0.5, 0).setAlign('center');
    this.stamp = this.text(x, 230, '', 30).setOrigin(0.5).setFontStyle('bold').setBackgroundColor('#ffffff').setPadding(8, 4, 8, 4);
    this.stamp.setVisible(false);
  }

  private childTexture(who: AgeGateRound['who']): string {
    const look = CHILDREN[who];
    return this.bake(`child-${who}`, 140, 190, (g) => {
      g.fillStyle(look.top).fillRoundedRect(30, 110, 80, 78, 22);
      g.lineStyle(3, INK).strokeRoundedRect(30, 110, 80, 78, 22);
      g.fillStyle(look.hair).fillCircle(70, 60, 48);
      g.fillStyle(look.skin).fillCircle(70, 68, 40);
      g.lineStyle(3, INK).strokeCircle(70, 68, 40);
      g.fillStyle(look.hair).fillEllipse(70, 34, 84, 30);
      g.fillStyle(INK).fillCircle(56, 66, 4).fillCircle(84, 66, 4);
      g.lineStyle(3, INK);
      g.beginPath();
      g.arc(70, 78, 12, Phaser.Math.DegToRad(20), Phaser.Math.DegToRad(160), false);
      g.strokePath();
    });
  }

  private showChild(): void {
    const { t, items } = this.setup;
    const item = this.item;
    const name = t(`ageGate.who.${item.who}`);
    this.phase = 'choosing';
    this.progress.setText(t('ageGate.progress', { n: this.index + 1, total: items.length }));
    this.score.setText(
      t('ageGate.score', { score: this.answers.filter((a) => judge(a.item, a.action, this.setup.ageBand).correct).length }),
    );
    this.feedback.setVisible(false);
    this.stamp.setVisible(false);
    this.leftDoor.setScale(1, 1);
    this.rightDoor.setScale(1, 1);
    this.child.setTexture(this.childTexture(item.who)).setX(170);
    this.childName.setX(170);
    this.badge.setX(250);
    this.ageBadge.setX(250);
    this.childName.setText(name);
    this.ageBadge.setText(String(item.age));
    const wish = t('ageGate.wants', { name, age: item.age, service: item.service.name });
    this.wish.setText(wish);
    this.signName.setText(item.service.name);
    const sign = signWords(item.service, t);
    this.signRule.setText(sign.rule);
    this.signConsent.setText(sign.consent ?? '');
    if (!this.setup.reducedMotion) {
      this.child.setX(-80);
      this.tweens.add({ targets: this.child, x: 170, duration: 350, ease: 'Quad.easeOut' });
    }
    this.highlight(0);
    this.setup.mark(item.id, 'choosing');
    this.setup.announce(
      `${t('ageGate.progress', { n: this.index + 1, total: items.length })}. ${wish} ${t('ageGate.sign', { service: item.service.name, rule: sign.rule })}.${sign.consent ? ` ${sign.consent}` : ''}`,
    );
  }

  private drawButtons(): void {
    const { t } = this.setup;
    const width = this.actions.length === 2 ? 300 : 270;
    const gap = 24;
    const total = this.actions.length * width + (this.actions.length - 1) * gap;
    this.buttons = this.actions.map((action, i) => {
      const x = (WIDTH - total) / 2 + i * (width + gap);
      const y = 352;
      const box = this.add.image(x, y, this.buttonTexture(width, false)).setOrigin(0);
      this.add.image(
        x + 46,
        y + 48,
        this.bake(`gate-icon-${action}`, 72, 72, (g) => drawIcon(g, action, 36, 36)),
      );
      this.text(x + 92, y + 16, t(`ageGate.action.${action}`), 24, width - 104);
      this.text(x + width - 14, y + 88, t('ageGate.key', { key: i + 1 }), 17).setOrigin(1, 1);
      const zone = this.add.zone(x, y, width, 96).setOrigin(0).setInteractive({ useHandCursor: true });
      zone.on('pointerdown', () => {
        this.highlight(i);
        this.choose(action);
      });
      return { action, box };
    });
  }

  /** The chosen button gets a thick outline and a yellow fill: never colour alone. */
  private highlight(i: number): void {
    this.focused = i;
    const width = this.actions.length === 2 ? 300 : 270;
    this.buttons.forEach((b, j) => b.box.setTexture(this.buttonTexture(width, j === i)));
  }

  private buttonTexture(width: number, focused: boolean): string {
    return this.bake(`gate-button-${width}-${focused ? 'focused' : 'plain'}`, width, 96, (g) => {
      const line = focused ? 8 : 3;
      g.fillStyle(focused ? SUN_PALE : SKY).fillRoundedRect(line / 2, line / 2, width - line, 96 - line, 20);
      g.lineStyle(line, focused ? BLUE : INK).strokeRoundedRect(line / 2, line / 2, width - line, 96 - line, 20);
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

  private choose(action: GateAction): void {
    if (this.phase !== 'choosing') return;
    const { t } = this.setup;
    const item = this.item;
    const name = t(`ageGate.who.${item.who}`);
    this.answers.push({ item, action });
    const { correct } = judge(item, action, this.setup.ageBand);
    this.setup.sound.effect(correct ? 'right' : 'wrong');
    this.phase = 'feedback';
    // What really happens at the gate follows the rules, whatever was chosen.
    const answer = answerFor(item, this.setup.ageBand);
    if (answer === 'join') this.openGate();
    else this.showStamp(answer === 'ask' ? t('ageGate.action.ask') : t('ageGate.action.not-yet'));
    const headline = correct ? t('ageGate.right') : t('ageGate.notQuite');
    const outcome =
      answer === 'join'
        ? t('ageGate.cameIn', { name })
        : answer === 'ask'
          ? t('ageGate.askFirst', { instead: item.instead })
          : t('ageGate.notYet', { instead: item.instead });
    // After a mistake, Tom says why; when the child is too young he adds what to try instead.
    const detail = correct ? outcome : answer === 'not-yet' ? `${item.why} ${outcome}` : item.why;
    this.showFeedback(correct, headline, detail, this.setup.reducedMotion);
    this.setup.mark(item.id, 'feedback');
    this.setup.announce(`${headline} ${detail} ${t('ageGate.nextHint')}`);
  }

  private openGate(): void {
    if (this.setup.reducedMotion) {
      this.leftDoor.setScale(0.15, 1);
      this.rightDoor.setScale(0.15, 1);
      return;
    }
    this.tweens.add({ targets: [this.leftDoor, this.rightDoor], scaleX: 0.15, duration: 400, ease: 'Quad.easeOut' });
    // The child walks in through the open gate, name and age badge with them.
    this.tweens.add({
      targets: [this.child, this.childName, this.badge, this.ageBadge],
      x: '+=160',
      duration: 500,
      ease: 'Quad.easeInOut',
    });
  }

  private showStamp(words: string): void {
    this.stamp.setText(words).setVisible(true);
  }

  private next(): void {
    if (this.phase !== 'feedback') return;
    this.setup.sound.effect('tap');
    this.index += 1;
    if (this.index < this.setup.items.length) this.showChild();
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
    this.setup.onFinish(tally(this.answers, this.setup.ageBand, this.time.now - this.startedAt));
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
