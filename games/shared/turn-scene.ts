/**
 * The turn loop every game shares, written once: the progress and score line, the row (or, on a
 * tall playfield, the column) of choice buttons with their keys, Tom's feedback panel, the keys
 * (1-3, the arrows, Enter), Next, and the end of the round. Each game's scene extends this and
 * keeps only its own stage (the gate, the chat card, the photo) and its own rules.
 *
 * Sizes are written for the wide playfield; on the tall one (a phone) every text is drawn larger
 * by the ratio of the two shapes' smallest text (games/contract.ts STAGES), so what is readable on
 * a laptop is readable on a phone. The smallest text actually drawn is kept on the canvas as
 * `data-min-font` (game pixels), so the page and the tests can check it.
 *
 * A game may put a clock on its turns (clockSeconds) and raise its level as the round goes on
 * (level): the clock is a bar along the top that drains, turns yellow then red, and ticks for its
 * last three seconds; when it runs out the game says what happens (timeUp). A new level pops up a
 * banner. With the page's "take your time" pace there is never a clock.
 */
import * as Phaser from 'phaser';
import { STAGES, type GameResult, type Orientation } from '../contract';
import type { Phase, SceneData } from './boot';
import { choiceParts, replyParts, type Reply } from './reading';
import { StillLayer } from './still-layer';
import { placeUnder } from './underlay';
import { drawnInto, newText, Words } from './words';
import type { TomPose } from '../../src/lib/tom-poses';

/** Every pose the site draws, for a game that puts Tom on its stage too (stagePoses). */
export type { TomPose };

export const FONT = '"Atkinson Hyperlegible Next", "Atkinson Hyperlegible", system-ui, sans-serif';
export const INK = 0x1d2a44;
export const INK_CSS = '#1d2a44';
export const PAPER = 0xffffff;
export const BLUE = 0x1f4fd1;
export const LEAF = 0xe3f6e5;
export const SKY = 0xe6f0ff;
export const SUN = 0xffd23f;
export const SUN_PALE = 0xfff3c4;

/** A five-pointed star's outline around (x, y), for the sparks and the photo stickers. */
export function starPoints(x: number, y: number, outer: number, inner: number): Phaser.Math.Vector2[] {
  return Array.from({ length: 10 }, (_, k) => {
    const r = k % 2 === 0 ? outer : inner;
    const a = (Math.PI / 5) * k - Math.PI / 2;
    return new Phaser.Math.Vector2(x + r * Math.cos(a), y + r * Math.sin(a));
  });
}

/** The playfield this round is drawn on. */
export interface Frame {
  orientation: Orientation;
  portrait: boolean;
  width: number;
  height: number;
}

/** One button on offer this turn: its words and the texture of its icon. */
export interface Choice {
  label: string;
  icon: string;
}

/** What the scene shows for a turn; the loop draws the buttons, marks the box and speaks. */
export interface TurnView {
  itemId: string;
  choices: readonly Choice[];
  /**
   * What the turn shows, in words, as parts (./reading.ts): said to screen readers after the
   * progress ("Photo 2 of 5") when the turn starts, and read aloud with the choices by the page's button.
   */
  words: string[];
  /**
   * False when the stage takes the keys first (a scene to search with a lens): no button is
   * marked as chosen, so Enter is not taken for a button press; number keys still press them.
   */
  focus?: boolean;
}

/** What the scene decided about a choice; the loop shows Tom's panel and waits for Next. */
export type Verdict = Reply;

/** A button's place on the playfield, in game pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A second question on the same turn, asked after a choice that was right so far (Kind Comments:
 * which words are kind?). Its buttons go where the stage made room for them, words only, no icon.
 */
export interface FollowUp {
  /** Tom's question: said, and read aloud before the new choices. */
  question: Reply;
  choices: readonly string[];
  /** Each button's place. */
  boxes: readonly Box[];
  /** Text size of the buttons' words (wide playfield size). */
  size: number;
}

/** Where a game puts its buttons and Tom's panel, in each shape. */
export interface TurnLayout {
  /** Top of the buttons. */
  choicesTop: Record<Orientation, number>;
  /** Top of Tom's panel on the wide playfield; on the tall one it covers the buttons. */
  feedbackTop: number;
  /** Text size of Tom's "why" (wide playfield size). */
  detailSize: number;
  /** The game's block in the translation files, for its "key 1", "Next" and how to go on. */
  words: string;
}

/** Tom's poses every game's panel shows, drawn by the site (pages/games/tom/[pose].svg.ts). */
const PANEL_POSES: readonly TomPose[] = ['cheering', 'thinking'];
const TOM_SIZE = 110;

/** Button sizes: a row of two or three on the wide playfield, a column on the tall one. */
const ROW = { height: 96, gap: 24, width: (n: number) => (n === 2 ? 300 : 270) };
const COLUMN = { height: 88, gap: 12, margin: 20 };

/** The clock's bar along the top of the playfield, and when it changes colour (share of time left). */
const CLOCK = { y: 3, height: 11, yellow: 0.5, red: 0.25 };
const CLOCK_COLOURS = { plenty: BLUE, half: 0xe0a100, last: 0xc62828 };
/** The longest step between two frames the clock counts (ms): longer gaps are pauses. */
const MAX_CLOCK_STEP = 250;
/**
 * The idle time (ms) a frame must have left for drawing ahead to start a job. The jobs are small
 * (a label, a child: a millisecond or two at 4x slow-down), and at 4x slow-down a frame of a game
 * often leaves less than 4 ms: asking for 4 left Tom's replies undrawn when the pupil answered.
 */
const IDLE_ENOUGH = 2;
/** The longest a job waits for a frame with room (ms), so drawing ahead keeps up on a busy machine. */
const AHEAD_WAIT = 300;

/** How much larger text is drawn on the tall playfield. */
const PORTRAIT_TEXT = STAGES.portrait.minFont / STAGES.landscape.minFont;

interface Slot extends Box {
  box: Phaser.GameObjects.Image;
  icon: Phaser.GameObjects.Image;
  label: Phaser.GameObjects.Text;
  keyLabel: Phaser.GameObjects.Text;
  zone: Phaser.GameObjects.Zone;
}

export abstract class TurnScene<Item> extends Phaser.Scene {
  protected setup!: SceneData<Item>;
  protected frame!: Frame;
  protected phase: Phase = 'choosing';
  /** The turn on screen, from 0. */
  protected turn = 0;
  private focused = 0;
  /** The id of the item on screen, for marking the box when Tom answers. */
  private currentItem = '';
  /** Right answers in a row, for the "3 in a row!" banner. */
  private streak = 0;
  private finished = false;
  private startedAt = 0;
  private minFont = Infinity;
  /** Drawing ahead: the jobs still to run, and the idle callback that runs the next. */
  private ahead: (() => void)[] = [];
  private aheadHandle = 0;
  /** The SVG pictures this scene loads, by key, and when each is turned into pixels. */
  private readonly pictures = new Map<string, 'at-start' | 'when-idle'>();
  /** The buttons on offer now: one of the sets below. */
  private slots: Slot[] = [];
  /** Each set of buttons built so far, by layout: built once, then hidden and shown. */
  private slotSets = new Map<string, Slot[]>();
  /** The layout of this turn's own buttons, to go back to after a second question. */
  private rowLayout = '';
  private progressText!: Words;
  private scoreText!: Words;
  private feedback!: Phaser.GameObjects.Container;
  private feedbackPanel!: Phaser.GameObjects.Image;
  private tom!: Phaser.GameObjects.Image;
  private tomY = 0;
  private tomSize = TOM_SIZE;
  private headline!: Words;
  private detail!: Words;
  private feedbackSize = { width: 0, height: 0 };
  /** Made once and reused, so a celebration never builds a text (a canvas of its own) mid-play. */
  private plusOne!: Phaser.GameObjects.Text;
  private streakBanner!: Phaser.GameObjects.Text;
  private sparks: Phaser.GameObjects.Image[] = [];
  private bannerTimer?: Phaser.Time.TimerEvent;
  private clockTrack!: Phaser.GameObjects.Image;
  private clockBar!: Phaser.GameObjects.Image;
  private clockTextures: string[] = [];
  private clockShown = { texture: '', width: -1 };
  /** The frame time the clock last counted from; -1 before its first frame. */
  private clockAt = -1;
  /** Milliseconds on this turn's clock, and left on it; null when the turn has no clock. */
  private clockTotal: number | null = null;
  private clockLeft = 0;
  private lastTick = 0;
  /** The level the pupil has been told about. */
  private shownLevel = 1;
  /** What stands still most of the time, drawn under the game's canvas only when it changes. */
  protected still!: StillLayer;

  constructor() {
    super('play');
  }

  /** The game's own layout of buttons and panel. */
  protected abstract readonly layout: TurnLayout;
  /** Builds the game's stage once (everything that changes per turn is changed, not rebuilt). */
  protected abstract buildStage(): void;
  /** How many turns this round has: one an item, unless the game splits its items into steps. */
  protected turnCount(): number {
    return this.setup.items.length;
  }
  /** Which item this turn is about (counted from 0), for the progress line ("Photo 2 of 5"). */
  protected itemIndex(): number {
    return this.turn;
  }
  /** Shows turn `this.turn` on the stage and says what it offers. */
  protected abstract showTurn(): TurnView;
  /**
   * Records the pupil's choice (by button index), plays what happens, and says whether it was
   * right, or asks a second question on the same turn (whose choice comes back here too).
   */
  protected abstract answer(choice: number): Verdict | FollowUp;
  /** The round's result, from what was recorded. */
  protected abstract result(durationMs: number): GameResult;
  /**
   * The points earned so far, for the score line ("Kind points: 3", the game's `score` words),
   * shown from the start and changed the moment a point is earned.
   */
  protected abstract score(): number;
  /** The instructions, said when the round starts. */
  protected abstract howTo(): string;
  /** Clears the game's own state for a new round. */
  protected abstract reset(): void;

  /**
   * Drawings the turn about `item` will need (a child, an avatar, a photo, their words), to draw
   * while the pupil reads. Each costs a few milliseconds; drawn at the moment an answer or Next
   * needs them, they dropped frames (`npm run bench -- games`). Drawing again what is drawn costs
   * nothing, so a job may come more than once.
   */
  protected abstract upcoming(item: Item): (() => void)[];
  /**
   * What Tom may say after this turn's choices, so his panel's words are drawn while the pupil
   * thinks: drawn on the answer, they dropped a frame (`npm run bench -- games`). Replies that
   * depend on how the turn goes (a hunt's) are drawn with `prepareReplies` as it goes.
   */
  protected replies(): Verdict[] {
    return [];
  }
  /** Tom's poses the game's own stage shows, beyond the panel's cheering and thinking. */
  protected stagePoses(): readonly TomPose[] {
    return [];
  }
  /**
   * The button the pupil is on changed (arrow keys, a number, a click), or -1 for none: a stage
   * where Tom walks to the button's place (Kind Comments) follows it here.
   */
  protected focusMoved(index: number): void {
    void index;
  }
  /** Where button `index` is, in game pixels, once the turn's buttons are laid out. */
  protected choiceBox(index: number): { x: number; y: number; width: number; height: number } | undefined {
    const slot = this.slots[index];
    return slot && { x: slot.x, y: slot.y, width: slot.width, height: slot.height };
  }
  /** Share of this turn's clock still left (1 down to 0), or null when the turn has no clock running. */
  protected clockShare(): number | null {
    return this.clockTotal === null ? null : Math.max(0, this.clockLeft / this.clockTotal);
  }
  /** Seconds on the clock for this turn, or null for no clock (the default). Asked only when the pace is timed. */
  protected clockSeconds(): number | null {
    return null;
  }
  /** This turn's level, from 1; each new one is announced with a banner. A game without levels stays at 1. */
  protected level(): number {
    return 1;
  }
  /** The clock ran out before a choice: record the turn as unanswered, play what happens, and say why. */
  protected timeUp(): Verdict {
    throw new Error('A game with a clock must say what happens when it runs out (timeUp).');
  }
  /**
   * A key pressed while the pupil is choosing, offered to the stage first (a lens to move, a
   * sticker to put on); true if the stage used it. By default the stage uses none.
   */
  protected stageKey(event: KeyboardEvent): boolean {
    void event;
    return false;
  }
  /** Ends the turn from the stage (everything found), as a button would: the clock stops and Tom says his piece. */
  protected endTurn(verdict: Verdict): void {
    if (this.phase !== 'choosing') return;
    this.stopClock();
    this.settle(verdict);
  }
  /** The score line changes now (a point earned on the stage), with a little jump unless motion is reduced. */
  protected refreshScore(): void {
    this.showScore();
    if (this.setup.reducedMotion) return;
    this.tweens.killTweensOf(this.scoreText);
    this.scoreText.setScale(1);
    this.tweens.add({ targets: this.scoreText, scale: 1.3, duration: 120, yoyo: true, ease: 'Quad.easeOut' });
  }

  /**
   * The score line as it is now; the canvas keeps it too (`data-score`), for tests. The line for
   * one more point is drawn next, so earning it costs no drawing.
   */
  private showScore(): void {
    const score = this.score();
    const line = this.scoreWords(score);
    this.scoreText.setText(line);
    this.game.canvas.dataset.score = line;
    this.drawAhead([() => this.scoreText.prepare(this.scoreWords(score + 1))], true);
  }

  private progressWords(index: number): string {
    return this.setup.t(`${this.layout.words}.progress`, { n: index + 1, total: this.setup.items.length });
  }

  private scoreWords(score: number): string {
    return this.setup.t(`${this.layout.words}.score`, { score });
  }

  init(data: SceneData<Item>): void {
    this.setup = data;
    const stage = STAGES[data.orientation];
    this.frame = { orientation: data.orientation, portrait: data.orientation === 'portrait', ...stage };
    this.turn = 0;
    this.focused = 0;
    this.streak = 0;
    this.phase = 'choosing';
    this.finished = false;
    this.minFont = Infinity;
    this.slots = [];
    this.slotSets = new Map();
    this.clockTotal = null;
    this.shownLevel = 1;
    this.reset();
  }

  /**
   * Tom's drawings, from the site's own art, at twice the size they are shown (sharp when scaled
   * up). Turned into pixels at the start: a stage's Tom is drawn in every frame.
   */
  preload(): void {
    for (const pose of [...PANEL_POSES, ...this.stagePoses()]) {
      this.loadPicture(`tom-${pose}`, `/games/tom/${pose}.svg`, TOM_SIZE * 2, TOM_SIZE * 2, 'at-start');
    }
  }

  /**
   * Loads one of the site's SVG pictures as a texture of this size in pixels (once per game), to
   * be turned into pixels at the start (drawn in every frame) or when the browser is idle.
   */
  protected loadPicture(key: string, url: string, width: number, height: number, when: 'at-start' | 'when-idle'): void {
    this.pictures.set(key, when);
    if (!this.textures.exists(key)) this.load.svg(key, url, { width, height });
  }

  /**
   * Turns a picture loaded as SVG into pixels, in place. Chromium draws an SVG image onto a canvas
   * by replaying its vector drawing, every frame it is drawn: Tom's paths and ovals were most of
   * what Kind Comments drew each frame at 4x slow-down (a trace of `npm run bench -- games`), and
   * its 95th-percentile frame took 33 ms. A canvas of the same size is drawn as a copy of pixels.
   * Objects showing the picture keep it (the texture's source is swapped), so a picture that is
   * seldom drawn waits for idle time: a photo takes 8 to 16 ms at 4x slow-down, Tom 1 to 11.
   */
  private rasterise(key: string): void {
    const source = this.textures.exists(key) ? this.textures.get(key).source[0] : undefined;
    const image = source?.image;
    // Already pixels when the scene starts again for a replay.
    if (!source || !(image instanceof HTMLImageElement)) return;
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.drawImage(image, 0, 0);
    // Chromium records canvas drawing and carries it out later: reading a pixel carries it out
    // now, not in the first frame that shows the picture.
    context.getImageData(0, 0, 1, 1);
    source.updateSource(canvas);
  }

  create(): void {
    this.startedAt = this.time.now;
    const pictures = [...this.pictures];
    for (const [key, when] of pictures) if (when === 'at-start') this.rasterise(key);
    this.still = new StillLayer(this);
    const margin = this.frame.portrait ? 20 : 40;
    this.progressText = this.turnText(margin, 18, 24);
    this.scoreText = this.turnText(this.frame.width - margin, 18, 24).setOrigin(1, 0);
    // The score stays on the game's canvas: it jumps each time a point is earned.
    this.still.hold(this.progressText);
    this.buildClock(margin);
    this.buildStage();
    this.buildFeedback();
    this.buildCelebration();
    this.onKeyDown((event) => this.onKey(event));
    this.setup.sound.music(true);
    this.setup.announce(this.howTo());
    this.startTurn();
    this.drawAhead([
      ...pictures
        .filter(([, when]) => when === 'when-idle')
        .map(
          ([key]) =>
            () =>
              this.rasterise(key),
        ),
      () => this.feedbackTexture(true),
      () => this.feedbackTexture(false),
      ...this.setup.items.flatMap((item, i) => [() => this.progressText.prepare(this.progressWords(i)), ...this.upcoming(item)]),
    ]);
    // A finished round destroys the game; a replay shuts the scene down and starts it again.
    const stop = () => {
      cancelIdleCallback(this.aheadHandle);
      this.aheadHandle = 0;
      this.ahead = [];
    };
    this.events.once('shutdown', stop);
    this.events.once('destroy', stop);
  }

  /**
   * Runs jobs when the browser has part of a frame to spare, as many as fit; a job that has
   * waited AHEAD_WAIT runs anyway, alone (a few ms in some frame beats tens in the answer's).
   * `soon` puts them before the others (what this turn may need next). One job an idle spell was
   * too few at 4x slow-down: a pupil answering quickly met Age Gate's next child undrawn.
   */
  private drawAhead(jobs: (() => void)[], soon = false): void {
    if (soon) this.ahead.unshift(...jobs);
    else this.ahead.push(...jobs);
    if (this.aheadHandle !== 0 || this.ahead.length === 0) return;
    const step = (idle: IdleDeadline) => {
      this.aheadHandle = 0;
      if (idle.didTimeout) this.ahead.shift()?.();
      while (this.ahead.length > 0 && idle.timeRemaining() >= IDLE_ENOUGH) this.ahead.shift()?.();
      if (this.ahead.length > 0) this.aheadHandle = requestIdleCallback(step, { timeout: AHEAD_WAIT });
    };
    this.aheadHandle = requestIdleCallback(step, { timeout: AHEAD_WAIT });
  }

  /**
   * Text in the site's font; `size` is for the wide playfield and grows on the tall one. The whole
   * style comes here: each later change of style (bold, a background) draws the text again.
   */
  protected text(
    x: number,
    y: number,
    value: string,
    size: number,
    style: Phaser.Types.GameObjects.Text.TextStyle = {},
    wrap?: number,
  ): Phaser.GameObjects.Text {
    const px = this.fontPx(size);
    return this.add.existing(
      newText(this, x, y, value, {
        fontFamily: FONT,
        fontSize: `${px}px`,
        color: INK_CSS,
        ...style,
        ...(wrap ? { wordWrap: { width: wrap, useAdvancedWrap: true } } : {}),
      }),
    );
  }

  /**
   * Words that change from turn to turn, in the site's font, drawn as pictures (see words.ts):
   * `prepare` the coming turns' words in `upcoming`, and showing them costs nothing.
   */
  protected turnText(x: number, y: number, size: number, style: Phaser.Types.GameObjects.Text.TextStyle = {}, wrap?: number): Words {
    const px = this.fontPx(size);
    return new Words(this, x, y, {
      fontFamily: FONT,
      fontSize: `${px}px`,
      color: INK_CSS,
      ...style,
      ...(wrap ? { wordWrap: { width: wrap, useAdvancedWrap: true } } : {}),
    });
  }

  /** A text size in game pixels for this playfield, remembered if it is the smallest yet. */
  protected fontPx(size: number): number {
    const px = Math.round(this.frame.portrait ? size * PORTRAIT_TEXT : size);
    if (px < this.minFont) {
      this.minFont = px;
      this.game.canvas.dataset.minFont = String(px);
    }
    return px;
  }

  /**
   * Calls `handler` once for each key pressed while the game's box has focus. Phaser's keyboard
   * queue is cleared only at the end of a frame, and each new key replays the whole queue, so a
   * number then Enter inside one slow frame would answer twice. Each event is handled once here.
   */
  private onKeyDown(handler: (event: KeyboardEvent) => void): void {
    const handled = new WeakSet<KeyboardEvent>();
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (handled.has(event)) return;
      handled.add(event);
      handler(event);
    });
  }

  /**
   * A still picture the size of the playfield behind everything the scene draws (a wall, a
   * room). It is drawn once and shown by the page as an image under the transparent canvas, so
   * Phaser does not copy it onto the canvas every frame: copied each frame, Kind Comments' wall
   * took its frames from 53 a second to 33 at 4x slow-down (`npm run bench -- games`). Until the
   * page has the image, the drawing stands in on the canvas, so the first frames are never bare.
   */
  protected paintBackdrop(key: string, draw: (g: Phaser.GameObjects.Graphics) => void): void {
    const { width, height } = this.frame;
    const drawn = this.bake(key, width, height, draw);
    const stand = this.add.image(0, 0, drawn).setOrigin(0).setDepth(-1);
    const canvas = this.game.canvas;
    const source = this.textures.get(drawn).getSourceImage();
    if (!(source instanceof HTMLCanvasElement) || !canvas.parentElement) return;
    const image = document.createElement('img');
    image.alt = '';
    image.dataset.backdrop = key;
    let url = '';
    let live = true;
    let remove = () => {};
    source.toBlob((blob) => {
      if (!blob || !live) return;
      url = URL.createObjectURL(blob);
      image.onload = () => {
        if (!live) return;
        remove = placeUnder(canvas, image, 'backdrop');
        stand.destroy();
      };
      image.src = url;
    });
    const clear = () => {
      live = false;
      remove();
      if (url) URL.revokeObjectURL(url);
    };
    this.events.once('shutdown', clear);
    this.events.once('destroy', clear);
  }

  /**
   * Draws a shape once into a texture. Phaser replays a Graphics object's drawing every frame;
   * an image of it costs nothing.
   */
  protected bake(key: string, width: number, height: number, draw: (g: Phaser.GameObjects.Graphics) => void): string {
    if (!this.textures.exists(key)) {
      const g = this.make.graphics({}, false);
      draw(g);
      this.textures.addImage(
        key,
        drawnInto(width, height, (canvas) => g.generateTexture(canvas, width, height)),
      );
      g.destroy();
    }
    return key;
  }

  private startTurn(): void {
    this.phase = 'choosing';
    this.feedback.setVisible(false);
    const view = this.showTurn();
    const progress = this.progressWords(this.itemIndex());
    this.progressText.setText(progress);
    this.showScore();
    this.offer(view.choices);
    this.highlight(view.focus === false ? -1 : 0);
    this.setup.mark(view.itemId, 'choosing');
    const level = this.level();
    const levelWords = level > this.shownLevel ? this.setup.t('game.levelUp', { n: level }) : '';
    if (levelWords) this.banner(levelWords, this.setup.reducedMotion);
    this.shownLevel = level;
    const seconds = this.setup.pace === 'timed' ? this.clockSeconds() : null;
    this.startClock(seconds);
    const clockWords = seconds === null ? '' : ` ${this.setup.t('game.clock', { n: seconds })}`;
    this.setup.announce(`${levelWords ? `${levelWords} ` : ''}${progress}. ${view.words.join(' ')}${clockWords}`);
    this.setup.onReading?.([...view.words, ...choiceParts(view.choices.map((c) => c.label))]);
    this.currentItem = view.itemId;
    // Last turn's replies that were not given go; this turn's are drawn next, then the next
    // item's drawings (when a frame leaves little to spare, drawing ahead in order of items fell
    // behind a pupil who answers quickly, and Next drew the next child then).
    this.detail.forgetOthers();
    const coming = this.setup.items[this.itemIndex() + 1];
    if (coming) this.drawAhead(this.upcoming(coming), true);
    this.prepareReplies(this.replies());
  }

  /** Draws Tom's panel for these replies next, before any other drawing ahead. */
  protected prepareReplies(replies: readonly Verdict[]): void {
    this.drawAhead(
      replies.map((reply) => () => {
        this.headline.prepare(reply.headline);
        this.detail.prepare(reply.detail.join(' '));
      }),
      true,
    );
  }

  /** The clock's track and bar, built hidden once. */
  private buildClock(margin: number): void {
    const width = this.frame.width - 2 * margin;
    const { height } = CLOCK;
    const track = this.bake(`clock-track-${width}`, width, height, (g) => {
      g.fillStyle(PAPER).fillRoundedRect(1, 1, width - 2, height - 2, height / 2 - 1);
      g.lineStyle(2, INK).strokeRoundedRect(1, 1, width - 2, height - 2, height / 2 - 1);
    });
    // One texture per colour: the canvas renderer cannot tint.
    this.clockTextures = Object.entries(CLOCK_COLOURS).map(([name, colour]) =>
      this.bake(`clock-bar-${width}-${name}`, width, height, (g) => {
        g.fillStyle(colour).fillRoundedRect(0, 0, width, height, height / 2);
      }),
    );
    this.clockTrack = this.add.image(margin, CLOCK.y, track).setOrigin(0).setVisible(false);
    this.still.hold(this.clockTrack);
    this.clockBar = this.add.image(margin, CLOCK.y, this.clockTextures[0]!).setOrigin(0).setVisible(false);
  }

  private startClock(seconds: number | null): void {
    this.clockTotal = seconds === null ? null : seconds * 1000;
    this.clockLeft = this.clockTotal ?? 0;
    this.lastTick = Math.ceil(this.clockLeft / 1000);
    this.clockShown = { texture: '', width: -1 };
    this.clockAt = -1;
    this.clockTrack.setVisible(seconds !== null);
    this.clockBar.setVisible(seconds !== null);
    this.drawClock();
    this.game.canvas.dataset.clock = seconds === null ? '' : String(seconds);
  }

  private stopClock(): void {
    this.clockTotal = null;
    this.clockTrack.setVisible(false);
    this.clockBar.setVisible(false);
  }

  /** Changes the bar only when it looks different (a whole pixel shorter, or a new colour): most frames it does not. */
  private drawClock(): void {
    if (this.clockTotal === null) return;
    const share = Math.max(0, this.clockLeft / this.clockTotal);
    const texture = this.clockTextures[share > CLOCK.yellow ? 0 : share > CLOCK.red ? 1 : 2]!;
    const width = Math.round(this.clockBar.width * share);
    if (texture !== this.clockShown.texture) this.clockBar.setTexture(texture);
    if (texture !== this.clockShown.texture || width !== this.clockShown.width) this.clockBar.setCrop(0, 0, width, CLOCK.height);
    this.clockShown = { texture, width };
  }

  /**
   * The clock runs on real time, frame to frame: Phaser's smoothed `delta` runs slow when frames
   * are slow (a busy laptop), which would stretch the clock. A gap longer than a quarter of a second
   * (the game paused, the tab hidden) is not counted, so pausing stops the clock.
   */
  override update(time: number): void {
    if (this.clockTotal === null || this.phase !== 'choosing') return;
    const step = this.clockAt < 0 ? 0 : Math.min(time - this.clockAt, MAX_CLOCK_STEP);
    this.clockAt = time;
    this.clockLeft -= step;
    this.drawClock();
    const second = Math.ceil(this.clockLeft / 1000);
    if (second < this.lastTick) {
      this.lastTick = second;
      if (second > 0 && second <= 3) this.setup.sound.effect('tap');
    }
    if (this.clockLeft <= 0) this.outOfTime();
  }

  private outOfTime(): void {
    this.stopClock();
    this.settle(this.timeUp());
  }

  /** Shows one button per choice: a row on the wide playfield, a column on the tall one. */
  private offer(choices: readonly Choice[]): void {
    const n = choices.length;
    this.rowLayout = `row-${n}`;
    this.showSlots(this.rowLayout, () => Array.from({ length: n }, (_, i) => this.buildSlot(i, this.rowBox(i, n), 24, true)));
    choices.forEach((choice, i) => {
      const slot = this.slots[i]!;
      slot.label.setText(choice.label);
      slot.icon.setTexture(choice.icon);
    });
  }

  /** Shows the set of buttons for `layout` (built the first time) and hides the others. */
  private showSlots(layout: string, build: () => Slot[]): void {
    let set = this.slotSets.get(layout);
    if (!set) {
      set = build();
      this.slotSets.set(layout, set);
    }
    this.showSet(set);
  }

  private showSet(set: Slot[]): void {
    if (set === this.slots) return;
    for (const slot of this.slots) this.showSlot(slot, false);
    for (const slot of set) this.showSlot(slot, true);
    this.slots = set;
    // Where the buttons are, in game pixels, for tests that play with a mouse or a finger.
    this.game.canvas.dataset.choices = JSON.stringify(set.map((s) => [s.x, s.y, s.width, s.height]));
  }

  private showSlot(slot: Slot, shown: boolean): void {
    for (const part of [slot.box, slot.icon, slot.label, slot.keyLabel]) part.setVisible(shown);
    if (shown) slot.zone.setInteractive({ useHandCursor: true });
    else slot.zone.disableInteractive();
  }

  /** Button `i` of a row of `n` on the wide playfield, or of the column on the tall one. */
  private rowBox(i: number, n: number): Box {
    const top = this.layout.choicesTop[this.frame.orientation];
    const { portrait } = this.frame;
    const width = portrait ? this.frame.width - 2 * COLUMN.margin : ROW.width(n);
    const height = portrait ? COLUMN.height : ROW.height;
    const x = portrait ? COLUMN.margin : (this.frame.width - (n * width + (n - 1) * ROW.gap)) / 2 + i * (width + ROW.gap);
    const y = portrait ? top + i * (height + COLUMN.gap) : top;
    return { x, y, width, height };
  }

  /**
   * A button: its box, icon, words and key. With an icon, the words sit beside it (under the top
   * on the wide playfield, centred on the tall one); without, they fill the box, centred.
   */
  private buildSlot(i: number, place: Box, size: number, withIcon: boolean): Slot {
    const { x, y, width, height } = place;
    const { portrait } = this.frame;
    const box = this.add.image(x, y, this.buttonTexture(width, height, false)).setOrigin(0);
    const icon = this.add.image(x + 46, y + height / 2, '__DEFAULT').setVisible(withIcon);
    // On the tall playfield the key sits at the right, level with the words, so two lines of a
    // long label (Welsh is often longer) never run into it; so it does beside words alone.
    const keyBeside = portrait || !withIcon;
    const label = !withIcon
      ? this.text(x + 20, y + height / 2, '', size, {}, width - 130).setOrigin(0, 0.5)
      : portrait
        ? this.text(x + 92, y + height / 2, '', size, {}, width - 180).setOrigin(0, 0.5)
        : this.text(x + 92, y + 16, '', size, {}, width - 104);
    const keyWords = this.setup.t(`${this.layout.words}.key`, { key: i + 1 });
    const keyLabel = keyBeside
      ? this.text(x + width - 14, y + height / 2, keyWords, 17).setOrigin(1, 0.5)
      : this.text(x + width - 14, y + height - 8, keyWords, 17).setOrigin(1, 1);
    const zone = this.add.zone(x, y, width, height).setOrigin(0).setInteractive({ useHandCursor: true });
    zone.on('pointerdown', () => {
      this.highlight(i);
      this.choose(i);
    });
    this.still.hold(box, icon, label, keyLabel);
    return { x, y, width, height, box, icon, label, keyLabel, zone };
  }

  private buttonTexture(width: number, height: number, focused: boolean): string {
    return this.bake(`choice-${width}x${height}-${focused ? 'focused' : 'plain'}`, width, height, (g) => {
      const line = focused ? 8 : 3;
      g.fillStyle(focused ? SUN_PALE : SKY).fillRoundedRect(line / 2, line / 2, width - line, height - line, 20);
      g.lineStyle(line, focused ? BLUE : INK).strokeRoundedRect(line / 2, line / 2, width - line, height - line, 20);
    });
  }

  /** The chosen button gets a thick outline and a yellow fill: never colour alone. */
  private highlight(i: number): void {
    this.focused = i;
    this.slots.forEach((s, j) => s.box.setTexture(this.buttonTexture(s.width, s.height, j === i)));
    this.focusMoved(i);
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
    if (this.stageKey(event)) return;
    const n = this.slots.length;
    const number = Number(event.key);
    if (Number.isInteger(number) && number >= 1 && number <= n) {
      this.highlight(number - 1);
      this.choose(number - 1);
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
      event.preventDefault();
      this.highlight((this.focused + 1) % n);
      this.setup.sound.effect('tap');
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.highlight((this.focused + n - 1) % n);
      this.setup.sound.effect('tap');
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(this.focused);
    }
  }

  private choose(i: number): void {
    if (this.phase !== 'choosing' || !this.slots[i]) return;
    this.stopClock();
    const slot = this.slots[i]!;
    const outcome = this.answer(i);
    if ('choices' in outcome) {
      this.ask(outcome);
      return;
    }
    // After a second question its buttons go, and the turn's own come back, none chosen, under Tom's panel.
    const row = this.slotSets.get(this.rowLayout);
    if (row && row !== this.slots) {
      this.showSet(row);
      this.highlight(-1);
    }
    this.settle(outcome, slot);
  }

  /** A second question on this turn: its own buttons, said and read aloud; no clock (the first answer beat it). */
  private ask(followUp: FollowUp): void {
    const { question, choices, boxes, size } = followUp;
    this.setup.sound.effect('right');
    const layout = `follow-up-${boxes.map((b) => `${b.x},${b.y},${b.width},${b.height}`).join(';')}`;
    this.showSlots(layout, () => boxes.map((place, i) => this.buildSlot(i, place, size, false)));
    choices.forEach((label, i) => this.slots[i]!.label.setText(label));
    // The words on each button, in order, for tests that choose by what a button says.
    this.game.canvas.dataset.offered = JSON.stringify(choices);
    this.highlight(0);
    this.setup.mark(this.currentItem, 'follow-up');
    this.setup.announce(`${replyParts(question).join(' ')} ${choiceParts(choices).join(' ')}`);
    this.setup.onReading?.([...replyParts(question), ...choiceParts(choices)]);
  }

  /** Tom's verdict on a choice (from its button) or on a clock that ran out (no button). */
  private settle(verdict: Verdict, slot?: Slot): void {
    this.setup.sound.effect(verdict.correct ? 'right' : 'wrong');
    this.phase = 'feedback';
    if (verdict.correct && slot) this.celebrate(slot);
    else if (!verdict.correct) this.wobble(slot);
    this.showFeedback(verdict);
    this.setup.mark(this.currentItem, 'feedback');
    this.setup.announce(`${verdict.headline} ${verdict.detail.join(' ')} ${this.setup.t(`${this.layout.words}.nextHint`)}`);
    this.setup.onReading?.(replyParts(verdict));
  }

  /**
   * A right answer pays out where it was made: sparks from the button, a "+1" that flies to the
   * score, the score jumping as it lands, and a banner for three or more in a row. With reduced
   * motion the score and the banner simply change, and nothing moves.
   */
  private celebrate(slot: Slot): void {
    this.streak += 1;
    const calm = this.setup.reducedMotion;
    if (calm) this.showScore();
    if (this.streak >= 3) this.banner(this.setup.t('game.streak', { n: this.streak }), calm);
    if (calm) return;
    const cx = slot.x + slot.width / 2;
    const cy = slot.y + slot.height / 2;
    this.burst(cx, cy, slot.width / 2 + 20, slot.height / 2 + 30);
    const plus = this.plusOne;
    this.tweens.killTweensOf(plus);
    plus.setPosition(cx, cy).setVisible(true);
    this.tweens.add({
      targets: plus,
      x: this.scoreText.x - this.scoreText.width / 2,
      y: this.scoreText.y + this.scoreText.height / 2,
      duration: 550,
      ease: 'Cubic.easeIn',
      onComplete: () => {
        plus.setVisible(false);
        this.showScore();
        this.tweens.add({ targets: this.scoreText, scale: 1.3, duration: 120, yoyo: true, ease: 'Quad.easeOut' });
      },
    });
  }

  /** Sparks fly out from (cx, cy) to an ellipse of radii rx, ry: a celebration anywhere on the stage. Never with reduced motion. */
  protected burst(cx: number, cy: number, rx: number, ry: number): void {
    if (this.setup.reducedMotion) return;
    this.sparks.forEach((star, k) => {
      const angle = (Math.PI / 4) * k + Math.PI / 8;
      this.tweens.killTweensOf(star);
      star.setPosition(cx, cy).setAngle(0).setAlpha(1).setVisible(true);
      this.tweens.add({
        targets: star,
        x: cx + Math.cos(angle) * rx,
        y: cy + Math.sin(angle) * ry,
        angle: 180,
        alpha: 0,
        duration: 650,
        ease: 'Quad.easeOut',
        onComplete: () => star.setVisible(false),
      });
    });
  }

  /** The sparks, the "+1" and the streak banner, built hidden once. */
  private buildCelebration(): void {
    const spark = this.bake('spark', 28, 28, (g) => {
      const points = starPoints(14, 14, 13, 5);
      g.fillStyle(SUN).fillPoints(points, true);
      g.lineStyle(2, INK).strokePoints(points, true);
    });
    this.sparks = Array.from({ length: 8 }, () => this.add.image(0, 0, spark).setDepth(20).setVisible(false));
    this.plusOne = this.text(0, 0, '+1', 30, { fontStyle: 'bold', color: '#1b6b30' }).setOrigin(0.5).setDepth(21).setVisible(false);
    this.streakBanner = this.text(this.frame.width / 2, 0, '', 30, {
      fontStyle: 'bold',
      backgroundColor: '#ffd23f',
      padding: { x: 18, y: 8 },
    })
      .setOrigin(0.5)
      .setDepth(30)
      .setVisible(false);
  }

  /** "3 in a row!": pops in over the stage, stays a moment, and goes. */
  protected banner(words: string, calm: boolean): void {
    const label = this.streakBanner;
    const y = this.frame.portrait ? 92 : 84;
    this.tweens.killTweensOf(label);
    label
      .setText(words)
      .setPosition(this.frame.width / 2, y)
      .setAlpha(1)
      .setScale(1)
      .setVisible(true);
    this.bannerTimer?.remove();
    if (calm) {
      this.bannerTimer = this.time.delayedCall(1600, () => label.setVisible(false));
      return;
    }
    label.setScale(0.4);
    this.tweens.chain({
      targets: label,
      tweens: [
        { scale: 1, duration: 260, ease: 'Back.easeOut' },
        { alpha: 0, y: y - 24, delay: 900, duration: 300, ease: 'Quad.easeIn' },
      ],
      onComplete: () => label.setVisible(false),
    });
  }

  /** A wrong answer (or none in time): the button shakes its head (never with reduced motion), and the streak starts again. */
  private wobble(slot?: Slot): void {
    this.streak = 0;
    if (this.setup.reducedMotion || !slot) return;
    this.tweens.add({
      targets: slot.box,
      x: slot.x + 8,
      duration: 50,
      yoyo: true,
      repeat: 3,
      ease: 'Sine.easeInOut',
      onComplete: () => slot.box.setX(slot.x),
    });
  }

  private next(): void {
    if (this.phase !== 'feedback') return;
    this.setup.sound.effect('tap');
    this.turn += 1;
    if (this.turn < this.turnCount()) this.startTurn();
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
    this.setup.onFinish(this.result(this.time.now - this.startedAt));
  }

  /**
   * Tom's panel, built once and hidden; each turn only changes what it says. On the wide playfield
   * it sits under the buttons; on the tall one it covers them (they wait while Tom talks).
   */
  private buildFeedback(): void {
    const { portrait, width: frameWidth, height: frameHeight } = this.frame;
    const x = portrait ? 12 : 40;
    const y = portrait ? this.layout.choicesTop.portrait - 12 : this.layout.feedbackTop;
    const width = frameWidth - 2 * x;
    const height = portrait ? frameHeight - y - 12 : 134;
    this.feedbackSize = { width, height };
    const box = this.add.container(0, y);
    this.feedbackPanel = this.add.image(x, 0, '__DEFAULT').setOrigin(0);
    const tomSize = portrait ? 96 : TOM_SIZE;
    this.tomY = portrait ? 60 : 68;
    this.tom = this.add.image(x + (portrait ? 58 : 70), this.tomY, '__DEFAULT');
    this.tomSize = tomSize;
    // Wide: Tom, then his headline and why beside him, then Next. Tall: Tom and Next along the
    // top, the headline and why under them across the panel (a Welsh headline can be long).
    this.headline = portrait
      ? this.turnText(x + 20, 116, 25, { fontStyle: 'bold' }, width - 40)
      : this.turnText(x + 130, 12, 25, { fontStyle: 'bold' });
    this.detail = portrait
      ? this.turnText(x + 20, 166, this.layout.detailSize, {}, width - 40)
      : this.turnText(x + 130, 44, this.layout.detailSize, {}, width - 330);
    const nextX = x + width - (portrait ? 166 : 180);
    const nextY = portrait ? 22 : 38;
    const next = this.add
      .image(
        nextX,
        nextY,
        this.bake('next', 150, 64, (g) => {
          g.fillStyle(BLUE).fillRoundedRect(2, 2, 146, 60, 30);
          g.lineStyle(3, INK).strokeRoundedRect(2, 2, 146, 60, 30);
        }),
      )
      .setOrigin(0);
    const label = this.text(nextX + 75, nextY + 32, this.setup.t(`${this.layout.words}.next`), 24, {
      color: '#ffffff',
      fontStyle: 'bold',
    }).setOrigin(0.5);
    const zone = this.add.zone(nextX, nextY, 150, 64).setOrigin(0).setInteractive({ useHandCursor: true });
    zone.on('pointerdown', () => this.next());
    this.game.canvas.dataset.next = JSON.stringify([nextX, y + nextY, 150, 64]);
    box.add([this.feedbackPanel, this.tom, this.headline, this.detail, next, label, zone]);
    // Nothing on the stage goes where the panel is (it is under or over the buttons). Tom stays
    // on the game's canvas, over his panel: he hops or tilts his head each time it comes in.
    this.still.hold(this.feedbackPanel, this.headline, this.detail, next, label);
    box.setVisible(false);
    box.setDepth(10);
    this.feedback = box;
  }

  private feedbackTexture(correct: boolean): string {
    const { width, height } = this.feedbackSize;
    return this.bake(`feedback-${correct ? 'right' : 'wrong'}-${width}x${height}`, width, height, (g) => {
      g.fillStyle(correct ? LEAF : SUN_PALE).fillRoundedRect(2, 2, width - 4, height - 4, 20);
      g.lineStyle(4, INK).strokeRoundedRect(2, 2, width - 4, height - 4, 20);
    });
  }

  /** Green and a smile when right, yellow and a thinking face when not: shape and words as well as colour. */
  private showFeedback(verdict: Verdict): void {
    const { correct } = verdict;
    this.feedbackPanel.setTexture(this.feedbackTexture(correct));
    this.tom.setTexture(`tom-${correct ? 'cheering' : 'thinking'}`).setDisplaySize(this.tomSize, this.tomSize);
    this.headline.setText(verdict.headline);
    this.detail.setText(verdict.detail.join(' '));
    this.feedback.setVisible(true);
    if (!this.setup.reducedMotion) {
      this.feedback.setAlpha(0);
      this.tweens.add({ targets: this.feedback, alpha: 1, duration: 200 });
      // Tom hops for a right answer and tilts his head to think for a wrong one.
      this.tweens.killTweensOf(this.tom);
      this.tom.setY(this.tomY).setAngle(0);
      this.tweens.add(
        correct
          ? { targets: this.tom, y: this.tomY - 14, duration: 180, yoyo: true, repeat: 1, ease: 'Sine.easeOut' }
          : { targets: this.tom, angle: -6, duration: 260, yoyo: true, ease: 'Sine.easeInOut' },
      );
    }
  }
}
