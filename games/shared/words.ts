/**
 * Words shown as a picture, for labels that change from turn to turn (a name, an age, a sign).
 * Phaser's Text draws its words again each time they change (measuring, wrapping, a new canvas):
 * Age Gate's six labels took about 13 ms of a turn at 4x slow-down, and the frame that showed
 * the next child was dropped (a profile of `npm run bench -- games`). Words draws each wording
 * once, into a texture of its own; `prepare` draws the next turn's while the pupil reads this
 * one, and changing the words is then a swap of textures. It is an Image, so it moves, fades and
 * rests on the still layer like any other picture.
 */
import * as Phaser from 'phaser';

type Style = Phaser.Types.GameObjects.Text.TextStyle;

/**
 * How tall each font's letters stand, kept once measured. Phaser measures a font whenever a Text
 * is made or restyled (a canvas, a font set, a measurement: a few ms each at 4x slow-down), and a
 * game makes forty-odd Texts in ten fonts before its first turn; Age Gate's start spent 86 ms
 * measuring. A font is kept only once it has loaded, so a fallback's measure is never reused.
 */
const metricsOf = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

/** A Text with this style, measured at most once per font (not added to the scene). */
export function newText(scene: Phaser.Scene, x: number, y: number, value: string, style: Style): Phaser.GameObjects.Text {
  // As Phaser writes the font (TextStyle's _font).
  const font = [style.fontStyle ?? '', style.fontSize ?? '', style.fontFamily ?? ''].join(' ').trim();
  const known = metricsOf.get(font);
  const text = new Phaser.GameObjects.Text(scene, x, y, value, known ? { ...style, metrics: known } : style);
  if (!known && document.fonts.check(font)) metricsOf.set(font, text.style.getTextMetrics());
  return text;
}

/** One off-screen Text per style and scene, to draw with. */
const pens = new WeakMap<Phaser.Scene, Map<string, Phaser.GameObjects.Text>>();

function penFor(scene: Phaser.Scene, styleKey: string, style: Style): Phaser.GameObjects.Text {
  let byStyle = pens.get(scene);
  if (!byStyle) {
    const mine = new Map<string, Phaser.GameObjects.Text>();
    byStyle = mine;
    pens.set(scene, mine);
    // A replay shuts the scene down; the end of the round destroys the game.
    const clear = () => {
      for (const pen of mine.values()) pen.destroy();
      mine.clear();
      pens.delete(scene);
    };
    scene.events.once('shutdown', clear);
    scene.events.once('destroy', clear);
  }
  let pen = byStyle.get(styleKey);
  if (!pen) {
    pen = newText(scene, 0, 0, '', style);
    byStyle.set(styleKey, pen);
  }
  return pen;
}

/**
 * A new canvas with `draw` done on it, as an image for Phaser's texture manager (`addImage`).
 * Its `addCanvas` would make a CanvasTexture, which reads every pixel back (getImageData, twice
 * for a Graphics' generateTexture) for pixel access no game uses: 75 ms of an 8 s profile of Age
 * Gate at 4x slow-down, at start and while drawing ahead. Phaser draws a canvas as it does an image.
 */
export function drawnInto(width: number, height: number, draw: (canvas: HTMLCanvasElement) => void): HTMLImageElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  // A context of the ordinary kind first: Phaser's generateTexture would ask for one that is
  // read often, which Chromium keeps out of the GPU.
  canvas.getContext('2d');
  draw(canvas);
  return canvas as unknown as HTMLImageElement;
}

/** Each Words keeps its drawings under keys of its own, so it can let them go. */
let made = 0;

export class Words extends Phaser.GameObjects.Image {
  private value = '';
  private readonly styleKey: string;
  private readonly id = (made += 1);
  /** The words drawn so far, each a texture. */
  private readonly drawnWords = new Set<string>();
  private readonly textureManager: Phaser.Textures.TextureManager;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    private readonly style: Style,
  ) {
    super(scene, x, y, '__DEFAULT');
    this.styleKey = JSON.stringify(style);
    this.textureManager = scene.textures;
    scene.add.existing(this);
    // From the top left corner, as a Text is.
    this.setOrigin(0).setTexture(this.drawn(''));
    // A replay builds its labels again: the old drawings go with the old labels.
    this.once('destroy', () => this.forget(() => true));
  }

  /** Shows these words: a swap of textures when they were drawn before. */
  setText(value: string): this {
    if (value === this.value) return this;
    this.value = value;
    return this.setTexture(this.drawn(value));
  }

  /** Draws these words now, so that showing them later costs nothing. */
  prepare(value: string): void {
    this.drawn(value);
  }

  /** Lets go of every drawing but the words shown now (a turn's replies that were not given). */
  forgetOthers(): void {
    this.forget((value) => value !== this.value);
  }

  private forget(which: (value: string) => boolean): void {
    for (const value of this.drawnWords) {
      if (!which(value)) continue;
      const key = this.keyOf(value);
      if (this.textureManager.exists(key)) this.textureManager.remove(key);
      this.drawnWords.delete(value);
    }
  }

  private keyOf(value: string): string {
    return `words ${this.id} ${value}`;
  }

  /** The key of the texture with these words, drawn the first time. No words: nothing to draw. */
  private drawn(value: string): string {
    if (value === '') return '__DEFAULT';
    const key = this.keyOf(value);
    if (!this.textureManager.exists(key)) {
      const pen = penFor(this.scene, this.styleKey, this.style).setText(value);
      const { width, height } = pen.canvas;
      this.textureManager.addImage(
        key,
        drawnInto(width, height, (canvas) => canvas.getContext('2d')?.drawImage(pen.canvas, 0, 0)),
      );
      this.drawnWords.add(value);
    }
    return key;
  }
}
