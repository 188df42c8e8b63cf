/**
 * Photo Check, the play scene: a hunt. Each photo is a busy scene the pupil wants to post. They
 * hunt for what gives too much away (other children's faces, a school badge or name, a house
 * number, a street sign) and put a sticker on each, against the clock: a tap or a click, or the
 * lens moved with the arrow keys and Enter. Things that are fine to show are in the scene too:
 * tapping one gets Tom's "that one is fine to share, because ...". When the hunt ends (all found,
 * "finished looking", or the clock), Tom points at anything missed and says why; then the pupil
 * decides: post it, or not.
 */
import * as Phaser from 'phaser';
import type { SceneData } from '../../shared/boot';
import type { GameResult } from '../../contract';
import { TurnScene, INK, PAPER, BLUE, SUN, starPoints, type TurnView, type Verdict } from '../../shared/turn-scene';
import type { Photo, PhotoDetail, PhotoDetailKind } from '../../../src/schemas/game';
import type { Words } from '../../shared/words';
import {
  actionsFor,
  clockSeconds,
  comboAfter,
  huntAnswers,
  huntComplete,
  huntReply,
  huntWords,
  huntSeconds,
  judge,
  LENS_START,
  lensPoint,
  levelOf,
  missed,
  moveLens,
  mustCover,
  spotAt,
  spotCentre,
  startHunt,
  stepId,
  replyTo,
  stepsOf,
  tally,
  tapSpot,
  toCover,
  type Answer,
  type Hunt,
} from '../rules';

const SKINS = [0xf1c7a8, 0x8d5a3b, 0xe0ac7e, 0x6b4330, 0xb07a52];
const TOPS = [0xf4a3c0, 0x80cbc4, 0xb39ddb, 0x9ccc65, 0xf7b267];
const HAIR = [0x3b2a1e, 0xe0b45a, 0x1d1d1d, 0x8a4b2a, 0x5a3a22];
/** Tom's "you missed this one" ring, and the green of "fine to share". */
const POINT = 0xc62828;
const FINE = 0x1b6b30;

export type PlayData = SceneData<Photo>;

/**
 * Where the scene goes on each playfield, and at what size (it is drawn once at 600 by 300 and
 * scaled), with the words beside it (wide) or under it (tall).
 */
const PLACES = {
  landscape: { photo: { x: 24, y: 48, scale: 1.04 }, words: { x: 676, y: 52, wrap: 264 } },
  portrait: { photo: { x: 15, y: 58, scale: 0.75 }, words: { x: 20, y: 296, wrap: 440 } },
} as const;

/** Two turns a photo: the hunt, then the decision to post. */
const TURNS_PER_PHOTO = 2;

/** Words on a sign in the photo: bold, on a white plate of their own. */
const SIGN_STYLE = { fontStyle: 'bold', backgroundColor: '#ffffff', padding: { left: 4, right: 4 } };

export class PlayScene extends TurnScene<Photo> {
  protected readonly layout = {
    choicesTop: { landscape: 370, portrait: 560 },
    feedbackTop: 466,
    detailSize: 19,
    words: 'photoCheck',
  };
  /** Everything decided in the photos before this one (the hunt's things, then the post decision). */
  private answers: Answer[] = [];
  private hunt: Hunt | undefined;
  /** True while the pupil is hunting (the hunt's points are not in `answers` yet). */
  private hunting = false;
  private combo: { count: number; at: number } | undefined;
  private lensCell = { column: 0, row: 0 };
  private shownPhoto = '';
  /** The place (drawn as SVG art, public/games/photo-check/), and the things in it on top. */
  private backdrop!: Phaser.GameObjects.Image;
  private photo!: Phaser.GameObjects.Image;
  private lens!: Phaser.GameObjects.Image;
  private photoBits: Phaser.GameObjects.GameObject[] = [];
  /** Each photo's words on signs, drawn ahead and shown with it (then they go with its other bits). */
  private signs = new Map<string, Words[]>();
  private caption!: Words;
  private counter!: Words;
  private question!: Words;

  private get places() {
    return PLACES[this.frame.orientation];
  }

  /** A point in the photo (600 by 300) on the playfield. */
  private inPhoto(x: number, y: number): { x: number; y: number } {
    const { photo } = this.places;
    return { x: photo.x + x * photo.scale, y: photo.y + y * photo.scale };
  }

  protected reset(): void {
    this.answers = [];
    this.hunt = undefined;
    this.hunting = false;
    this.combo = undefined;
    this.shownPhoto = '';
    this.photoBits = [];
    this.signs = new Map();
  }

  protected override turnCount(): number {
    return this.setup.items.length * TURNS_PER_PHOTO;
  }

  protected howTo(): string {
    return this.setup.t('photoCheck.howTo');
  }

  private get current(): Photo {
    return this.setup.items[Math.floor(this.turn / TURNS_PER_PHOTO)]!;
  }

  private get isHunt(): boolean {
    return this.turn % TURNS_PER_PHOTO === 0;
  }

  /** Which photo of the round is on screen, from 0. */
  private get photoIndex(): number {
    return Math.floor(this.turn / TURNS_PER_PHOTO);
  }

  /** The progress line counts photos, not turns (a hunt and a question each). */
  protected override itemIndex(): number {
    return this.photoIndex;
  }

  /** The round's places, as the site's SVG art at twice the size they are shown (sharp when scaled up). */
  override preload(): void {
    super.preload();
    for (const scene of new Set(this.setup.items.map((p) => p.scene))) {
      // The photo rests on the still layer, drawn only when something there changes.
      this.loadPicture(`scene-${scene}`, `/games/photo-check/${scene}.svg`, 1200, 600, 'when-idle');
    }
  }

  protected buildStage(): void {
    const { photo, words } = this.places;
    const frameWidth = Math.round(600 * photo.scale) + 12;
    const frameHeight = Math.round(300 * photo.scale) + 12;
    const frame = this.add
      .image(
        photo.x - 6,
        photo.y - 6,
        this.bake(`frame-${frameWidth}`, frameWidth, frameHeight, (g) => {
          g.fillStyle(PAPER).fillRect(0, 0, frameWidth, frameHeight);
          g.lineStyle(4, INK).strokeRect(2, 2, frameWidth - 4, frameHeight - 4);
        }),
      )
      .setOrigin(0);
    this.backdrop = this.add.image(photo.x, photo.y, '__DEFAULT').setOrigin(0);
    this.photo = this.add.image(photo.x, photo.y, '__DEFAULT').setOrigin(0).setScale(photo.scale);
    // The frame and the photo change only between photos; the lens and the stickers go over them.
    this.still.hold(frame, this.backdrop, this.photo);
    // The whole scene takes taps and clicks; the lens follows a mouse over it.
    const width = 600 * photo.scale;
    const height = 300 * photo.scale;
    const zone = this.add.zone(photo.x, photo.y, width, height).setOrigin(0).setInteractive({ useHandCursor: true });
    const toPhoto = (p: Phaser.Input.Pointer) => ({ x: (p.x - photo.x) / photo.scale, y: (p.y - photo.y) / photo.scale });
    zone.on('pointerdown', (p: Phaser.Input.Pointer) => {
      const at = toPhoto(p);
      this.tapAt(at.x, at.y);
    });
    zone.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (!this.hunting || this.phase !== 'choosing') return;
      const at = toPhoto(p);
      this.placeLens(at.x, at.y);
    });
    // Where the scene is, in game pixels, for tests that play with a mouse or a finger.
    this.game.canvas.dataset.photo = JSON.stringify([photo.x, photo.y, photo.scale]);
    this.lens = this.add
      .image(
        0,
        0,
        this.bake('lens', 132, 132, (g) => {
          g.lineStyle(12, PAPER).strokeCircle(56, 56, 44);
          g.lineStyle(6, BLUE).strokeCircle(56, 56, 44);
          g.lineStyle(14, INK).lineBetween(90, 90, 124, 124);
          g.lineStyle(8, SUN).lineBetween(92, 92, 122, 122);
        }),
      )
      .setOrigin(56 / 132)
      .setDepth(3)
      .setScale(photo.scale);
    this.caption = this.turnText(words.x, words.y, 20, {}, words.wrap);
    this.counter = this.turnText(words.x, words.y, 22, { fontStyle: 'bold' });
    this.question = this.turnText(words.x, words.y, 20, {}, words.wrap);
    for (const action of ['post', 'keep', 'done'] as const) {
      this.bake(`photo-icon-${action}`, 64, 64, (g) => drawIcon(g, action));
    }
    this.bake('sticker', 84, 84, (g) => {
      g.fillStyle(SUN).fillCircle(42, 42, 38);
      g.lineStyle(4, INK).strokeCircle(42, 42, 38);
      const star = starPoints(42, 42, 26, 11);
      g.fillStyle(PAPER).fillPoints(star, true);
      g.lineStyle(3, INK).strokePoints(star, true);
    });
    this.bake('sticker-long', 156, 50, (g) => {
      g.fillStyle(SUN).fillRoundedRect(2, 2, 152, 46, 16);
      g.lineStyle(4, INK).strokeRoundedRect(2, 2, 152, 46, 16);
      for (const x of [40, 78, 116]) {
        const star = starPoints(x, 25, 15, 6);
        g.fillStyle(PAPER).fillPoints(star, true);
        g.lineStyle(2, INK).strokePoints(star, true);
      }
    });
    this.bake('fine-mark', 44, 44, (g) => {
      g.fillStyle(PAPER).fillCircle(22, 22, 19);
      g.lineStyle(4, FINE).strokeCircle(22, 22, 19);
      g.lineStyle(6, FINE).lineBetween(12, 23, 19, 31).lineBetween(19, 31, 33, 14);
    });
    this.bake('missed-ring', 120, 120, (g) => {
      g.lineStyle(10, PAPER).strokeCircle(60, 60, 52);
      g.lineStyle(6, POINT).strokeCircle(60, 60, 52);
    });
  }

  protected override upcoming(photo: Photo): (() => void)[] {
    return [() => this.photoTexture(photo), () => this.signsOf(photo), ...this.photoWords(photo)];
  }

  /**
   * The words under a photo, each drawn ahead in a job of its own: its caption, the count of
   * things found, and Tom's notes for each thing a pupil may tap.
   */
  private photoWords(photo: Photo): (() => void)[] {
    const { t } = this.setup;
    const total = toCover(photo).length;
    const notes = photo.details.map((d) =>
      mustCover(d.kind)
        ? t('photoCheck.stickerOn', { thing: d.label, reason: t(`photoCheck.covers.${d.kind}`) })
        : t('photoCheck.fine', { why: d.why }),
    );
    const questions = [t('photoCheck.hunt'), t('photoCheck.postQuestion'), t('photoCheck.nothingThere'), t('photoCheck.again'), ...notes];
    return [
      () => this.caption.prepare(photo.caption),
      ...Array.from({ length: total + 1 }, (_, n) => () => this.counter.prepare(t('photoCheck.found', { n, total }))),
      ...questions.map((words) => () => this.question.prepare(words)),
    ];
  }

  private photoTexture(photo: Photo): string {
    return this.bake(`photo-${photo.id}`, 600, 300, (g) => {
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
    const { scale } = this.places.photo;
    this.backdrop.setTexture(`scene-${photo.scene}`).setDisplaySize(600 * scale, 300 * scale);
    this.photo.setTexture(this.photoTexture(photo));
    const signs = this.signsOf(photo);
    for (const sign of signs) sign.setVisible(true);
    this.photoBits.push(...signs);
    this.signs.delete(photo.id);
  }

  /** The words on a photo's signs (a street name, a house number), hidden until it is shown. */
  private signsOf(photo: Photo): Words[] {
    let signs = this.signs.get(photo.id);
    if (!signs) {
      signs = photo.details
        .filter((d) => d.text)
        .map((d) => {
          const house = d.kind === 'house-number';
          const at = this.inPhoto(d.x, house ? d.y - 22 : d.y);
          return this.turnText(at.x, at.y, house ? 22 : 18, SIGN_STYLE)
            .setText(d.text!)
            .setOrigin(0.5)
            .setVisible(false);
        });
      this.signs.set(photo.id, signs);
    }
    return signs;
  }

  /** The words beside (or under) the scene: what the pupil wants to do, the stickers so far, and the hint or Tom's note. */
  private setWords(caption: string, counter: string, question: string): void {
    const { words } = this.places;
    this.caption.setText(caption);
    this.counter.setText(counter).setY(words.y + this.caption.height + 10);
    this.question.setText(question).setY(this.counter.y + (counter ? this.counter.height + 10 : 0));
  }

  private counterWords(): string {
    const hunt = this.hunt!;
    return this.setup.t('photoCheck.found', { n: hunt.covered.length, total: toCover(hunt.photo).length });
  }

  /** A sticker on a thing: a long one over a sign, a round one elsewhere; it pops on unless motion is reduced. */
  private stick(detail: PhotoDetail, pop: boolean): void {
    const long = detail.kind === 'street-name' || detail.kind === 'school-name';
    const centre = long ? { x: detail.x, y: detail.y } : spotCentre(detail);
    const at = this.inPhoto(centre.x, centre.y);
    const scale = this.places.photo.scale * (detail.kind === 'school-badge' ? 0.6 : 1);
    const sticker = this.add
      .image(at.x, at.y, long ? 'sticker-long' : 'sticker')
      .setScale(scale)
      .setDepth(1);
    this.photoBits.push(sticker);
    if (pop && !this.setup.reducedMotion) {
      sticker.setScale(0).setAngle(-30);
      this.tweens.add({ targets: sticker, scale, angle: 0, duration: 320, ease: 'Back.easeOut' });
      this.burst(at.x, at.y, 70 * this.places.photo.scale, 60 * this.places.photo.scale);
    }
  }

  /** Tom's red ring round a thing the pupil missed. */
  private pointAt(detail: PhotoDetail): void {
    const centre = spotCentre(detail);
    const at = this.inPhoto(centre.x, centre.y);
    const scale = this.places.photo.scale;
    const ring = this.add.image(at.x, at.y, 'missed-ring').setScale(scale).setDepth(2);
    this.photoBits.push(ring);
    if (!this.setup.reducedMotion) this.tweens.add({ targets: ring, scale: scale * 1.15, duration: 300, yoyo: true, repeat: 2 });
  }

  /** The lens over a point of the photo (photo pixels). */
  private placeLens(x: number, y: number): void {
    const at = this.inPhoto(x, y);
    this.lens.setPosition(at.x, at.y);
  }

  private moveLensTo(cell: { column: number; row: number }): void {
    this.lensCell = cell;
    const p = lensPoint(cell.column, cell.row);
    this.placeLens(p.x, p.y);
    this.game.canvas.dataset.lens = `${cell.column},${cell.row}`;
  }

  protected showTurn(): TurnView {
    const { t } = this.setup;
    const photo = this.current;
    this.showPhoto(photo);
    if (this.isHunt) {
      this.hunt = startHunt(photo);
      this.hunting = true;
      this.combo = undefined;
      this.lens.setVisible(true);
      this.moveLensTo(LENS_START);
      const hint = t('photoCheck.hunt');
      this.setWords(photo.caption, this.counterWords(), hint);
      return {
        itemId: `${photo.id}/hunt`,
        choices: [{ label: t('photoCheck.action.done'), icon: 'photo-icon-done' }],
        focus: false,
        words: huntWords(this.hunt, t),
      };
    }
    this.lens.setVisible(false);
    const question = t('photoCheck.postQuestion');
    this.setWords(photo.caption, '', question);
    const step = stepsOf(photo).at(-1)!;
    return {
      itemId: stepId(step),
      choices: actionsFor(step).map((a) => ({ label: t(`photoCheck.action.${a}`), icon: `photo-icon-${a}` })),
      words: [photo.caption, question],
    };
  }

  /** Arrows move the lens a step; Enter or Space puts a sticker where it is. Nothing jumps to a thing. */
  protected override stageKey(event: KeyboardEvent): boolean {
    if (!this.hunting) return false;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.moveLensTo(moveLens(this.lensCell, move[0], move[1]));
      this.setup.sound.effect('tap');
      const p = lensPoint(this.lensCell.column, this.lensCell.row);
      const under = spotAt(this.current, p.x, p.y);
      if (under) this.setup.announce(this.setup.t('photoCheck.lensOn', { thing: under.label }));
      return true;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const p = lensPoint(this.lensCell.column, this.lensCell.row);
      this.tapAt(p.x, p.y);
      return true;
    }
    return false;
  }

  /** A tap (or Enter) at a point of the photo, in photo pixels. */
  private tapAt(x: number, y: number): void {
    if (!this.hunting || this.phase !== 'choosing') return;
    const { t, sound } = this.setup;
    this.placeLens(x, y);
    const detail = spotAt(this.current, x, y);
    // Tom's note under the scene, said aloud too.
    const note = (words: string, effect: 'tap' | 'wrong') => {
      sound.effect(effect);
      this.question.setText(words);
      this.setup.announce(words);
    };
    if (!detail) return note(t('photoCheck.nothingThere'), 'tap');
    const before = this.hunt;
    const { hunt, outcome } = tapSpot(this.hunt!, detail.id);
    this.hunt = hunt;
    // What Tom says at the end has changed: drawn now, while the pupil looks on.
    if (hunt.covered !== before?.covered && !huntComplete(hunt)) this.prepareReplies(this.huntReplies());
    if (outcome === 'again') return note(t('photoCheck.again'), 'tap');
    if (outcome === 'fine') {
      this.combo = undefined;
      const centre = spotCentre(detail);
      const at = this.inPhoto(centre.x + 26, centre.y - 26);
      this.photoBits.push(this.add.image(at.x, at.y, 'fine-mark').setScale(this.places.photo.scale).setDepth(1));
      note(t('photoCheck.fine', { why: detail.why }), 'wrong');
      if (!this.setup.reducedMotion) this.tweens.add({ targets: this.lens, angle: 8, duration: 60, yoyo: true, repeat: 2 });
      return;
    }
    // Found: the sticker pops on, the score moves now, and quick finds make a combo.
    sound.effect('right');
    this.stick(detail, true);
    this.combo = comboAfter(this.combo, this.time.now);
    this.refreshScore();
    this.counter.setText(this.counterWords());
    const words = t('photoCheck.stickerOn', { thing: detail.label, reason: t(`photoCheck.covers.${detail.kind}`) });
    this.question.setText(words);
    if (this.combo.count >= 2) this.banner(t('photoCheck.combo', { n: this.combo.count }), this.setup.reducedMotion);
    this.setup.announce(`${words} ${this.counterWords()}.`);
    if (huntComplete(hunt)) this.endTurn(this.endHunt('found'));
  }

  /** The hunt is over: what it found goes into the answers, Tom covers what was missed, points at it and says why. */
  private endHunt(why: 'found' | 'done' | 'time'): Verdict {
    const { t } = this.setup;
    const hunt = this.hunt!;
    this.hunting = false;
    this.lens.setVisible(false);
    this.answers.push(...huntAnswers(hunt, why === 'time' ? 'time' : 'finished'));
    const left = missed(hunt);
    for (const d of left) {
      this.stick(d, false);
      this.pointAt(d);
    }
    this.refreshScore();
    // Tom's panel says what happened now: the hunt's hint or last note goes.
    this.setWords(hunt.photo.caption, '', '');
    return huntReply(hunt, why === 'time' ? 'time' : 'finished', t);
  }

  protected score(): number {
    const decided = this.answers.filter((a) => judge(a.step, a.action).correct).length;
    return decided + (this.hunting ? this.hunt!.covered.length : 0);
  }

  /** Tom's replies to posting or not, or to the hunt as it stands (drawn again as it changes). */
  protected override replies(): Verdict[] {
    if (this.isHunt) return this.huntReplies();
    const step = stepsOf(this.current).at(-1)!;
    return [...actionsFor(step), null].map((action) => replyTo(step, action, this.setup.t));
  }

  /** What Tom says if the hunt ends now, by the pupil or the clock, or with the next find. */
  private huntReplies(): Verdict[] {
    const { t } = this.setup;
    const { hunt } = this;
    if (!hunt) return [];
    const allFound = { ...hunt, covered: toCover(hunt.photo).map((d) => d.id) };
    return [huntReply(hunt, 'finished', t), huntReply(hunt, 'time', t), huntReply(allFound, 'finished', t)];
  }

  /** A button: "finished looking" in the hunt, or post / don't post. */
  protected answer(choice: number): Verdict {
    const { t } = this.setup;
    if (this.hunting) return this.endHunt('done');
    const step = stepsOf(this.current).at(-1)!;
    const action = actionsFor(step)[choice]!;
    this.answers.push({ step, action });
    return replyTo(step, action, t);
  }

  protected override clockSeconds(): number {
    const { ageBand } = this.setup;
    return this.isHunt ? huntSeconds(ageBand, this.photoIndex) : clockSeconds(ageBand, this.photoIndex);
  }

  protected override level(): number {
    return levelOf(this.photoIndex);
  }

  /** Time ran out: on the hunt, Tom covers what was missed; on the decision, Tom says the right call. No point, no mistake. */
  protected override timeUp(): Verdict {
    const { t } = this.setup;
    if (this.hunting) return this.endHunt('time');
    const step = stepsOf(this.current).at(-1)!;
    this.answers.push({ step, action: null });
    return replyTo(step, null, t);
  }

  protected result(durationMs: number): GameResult {
    return tally(this.answers, durationMs);
  }
}

/**
 * Everything that can be in a photo, each with a shape of its own, drawn over the place. The
 * places are busy on purpose (clouds, bunting, windows, flowers), with no people, signs or
 * numbers: everything that could give something away is one of the photo's things.
 */
function drawDetail(g: Phaser.GameObjects.Graphics, kind: PhotoDetailKind, x: number, y: number, n: number): void {
  g.lineStyle(3, INK);
  // A child: a body with arms, a face with hair, eyes and a smile.
  const child = (size: number, skin: number, top: number, hair: number) => {
    g.fillStyle(top).fillRoundedRect(x - size, y, size * 2, size * 2.2, size / 2);
    g.strokeRoundedRect(x - size, y, size * 2, size * 2.2, size / 2);
    g.lineStyle(size / 3, skin)
      .lineBetween(x - size, y + size * 0.4, x - size * 1.6, y + size * 1.4)
      .lineBetween(x + size, y + size * 0.4, x + size * 1.6, y + size * 1.4);
    g.lineStyle(3, INK);
    const head = y - size * 0.9;
    g.fillStyle(hair).fillCircle(x, head - size * 0.15, size * 1.05);
    g.fillStyle(skin).fillCircle(x, head + size * 0.05, size * 0.92);
    g.strokeCircle(x, head, size);
    g.fillStyle(INK)
      .fillCircle(x - size / 3, head - size * 0.05, 3)
      .fillCircle(x + size / 3, head - size * 0.05, 3);
    g.lineStyle(2, INK).beginPath();
    g.arc(x, head + size * 0.2, size * 0.35, 0.2, Math.PI - 0.2);
    g.strokePath();
    g.lineStyle(3, INK);
  };
  switch (kind) {
    case 'me':
      child(30, SKINS[2]!, BLUE, HAIR[0]!);
      g.fillStyle(SUN).fillCircle(x, y + 14, 8);
      break;
    case 'other-child':
      child(24, SKINS[(n + 1) % SKINS.length]!, TOPS[n % TOPS.length]!, HAIR[(n + 2) % HAIR.length]!);
      break;
    case 'school-badge':
      g.fillStyle(SUN).fillTriangle(x - 12, y - 12, x + 12, y - 12, x, y + 14);
      g.strokeTriangle(x - 12, y - 12, x + 12, y - 12, x, y + 14);
      g.fillStyle(0x2e7d32).fillCircle(x, y - 4, 4);
      break;
    case 'school-name':
    case 'street-name':
      if (kind === 'street-name') g.fillStyle(0x666666).fillRect(x - 3, y, 6, 160);
      g.fillStyle(PAPER).fillRect(x - 70, y - 18, 140, 36);
      g.strokeRect(x - 70, y - 18, 140, 36);
      break;
    case 'house-number':
      g.fillStyle(0x2e7d32).fillRect(x - 30, y - 50, 60, 110);
      g.strokeRect(x - 30, y - 50, 60, 110);
      g.fillStyle(SUN).fillCircle(x + 20, y + 10, 4);
      g.fillStyle(PAPER).fillRect(x - 18, y - 36, 36, 28);
      g.strokeRect(x - 18, y - 36, 36, 28);
      g.fillStyle(0x9e9e9e).fillRect(x - 40, y + 60, 80, 8);
      break;
    case 'tree':
      g.fillStyle(0x8a5a2b).fillRect(x - 8, y, 16, 80);
      g.fillStyle(0x4caf50).fillCircle(x, y - 10, 46);
      g.strokeCircle(x, y - 10, 46);
      g.fillStyle(0x388e3c)
        .fillCircle(x - 16, y - 20, 14)
        .fillCircle(x + 18, y - 2, 12);
      g.fillStyle(0xe53935)
        .fillCircle(x - 22, y + 8, 5)
        .fillCircle(x + 12, y - 30, 5)
        .fillCircle(x + 26, y + 16, 5);
      break;
    case 'cake':
      g.fillStyle(0x8d6e63).fillRect(x - 60, y + 20, 120, 10);
      g.fillStyle(0xf8bbd0).fillRect(x - 40, y - 20, 80, 40);
      g.strokeRect(x - 40, y - 20, 80, 40);
      g.fillStyle(PAPER).fillRect(x - 40, y - 20, 80, 8);
      for (const dx of [-20, 0, 20]) {
        g.fillStyle(0x64b5f6).fillRect(x + dx - 2, y - 36, 4, 16);
        g.fillStyle(0xff9800).fillCircle(x + dx, y - 40, 4);
      }
      break;
    case 'dog':
      g.fillStyle(0xa1887f).fillEllipse(x, y, 60, 30);
      g.strokeEllipse(x, y, 60, 30);
      g.fillRect(x - 22, y + 8, 6, 16).fillRect(x + 16, y + 8, 6, 16);
      g.lineBetween(x - 30, y - 4, x - 42, y - 16);
      g.fillCircle(x + 32, y - 14, 14);
      g.strokeCircle(x + 32, y - 14, 14);
      g.fillStyle(0x6d4c41).fillEllipse(x + 24, y - 18, 8, 16);
      g.fillStyle(INK)
        .fillCircle(x + 36, y - 16, 2.5)
        .fillCircle(x + 45, y - 12, 3);
      break;
    case 'balloon':
      g.fillStyle(0xe53935).fillEllipse(x, y, 40, 50);
      g.strokeEllipse(x, y, 40, 50);
      g.fillStyle(0xef9a9a).fillEllipse(x - 8, y - 10, 8, 12);
      g.lineBetween(x, y + 25, x, y + 90);
      break;
  }
}

/** Shapes say what each button does, so colour is never the only cue. */
function drawIcon(g: Phaser.GameObjects.Graphics, action: 'post' | 'keep' | 'done'): void {
  g.lineStyle(3, INK);
  if (action === 'post') {
    g.fillStyle(PAPER).fillTriangle(8, 30, 58, 12, 28, 56);
    g.strokeTriangle(8, 30, 58, 12, 28, 56);
  } else if (action === 'done') {
    // A magnifying glass with a tick: "I have looked".
    g.fillStyle(PAPER).fillCircle(26, 26, 18);
    g.lineStyle(5, INK).strokeCircle(26, 26, 18);
    g.lineStyle(8, INK).lineBetween(40, 40, 58, 58);
    g.lineStyle(4, FINE).lineBetween(17, 27, 24, 34).lineBetween(24, 34, 36, 18);
  } else {
    g.fillStyle(0xe53935).fillCircle(32, 32, 26);
    g.strokeCircle(32, 32, 26);
    g.lineStyle(6, PAPER).lineBetween(14, 32, 50, 32);
  }
}
