/**
 * The still layer: a canvas of its own under the game's, for what stands still most of the time
 * (the buttons and their words, the progress line, Tom's panel). Phaser's canvas renderer draws
 * every object again in every frame; what rests here is drawn only when it changes. Drawn every
 * frame, the buttons alone cost Kind Comments 3 of its 7 milliseconds of drawing a frame at 4x
 * slow-down (`npm run bench -- games`).
 *
 * Objects are held in groups (one button's box, icon and words). A group that starts to change
 * (a button shaking its head, the panel fading in) goes back on the game's canvas until it has
 * been still for a few frames, and so does every held group drawn after it, so a moving thing is
 * drawn once a frame where Phaser would draw it, and the layer is drawn again only when a group
 * comes or goes. A group at rest is drawn under everything on the game's canvas, so a scene
 * holds only what nothing on its stage goes behind. Phaser's own renderer draws the layer.
 */
import * as Phaser from 'phaser';
import { placeUnder } from './underlay';

/** What can be held: pictures and words (a container's children can be held, not the container). */
export type StillObject = Phaser.GameObjects.Image | Phaser.GameObjects.Text;

/** Phaser draws a game object with this; the method is not in its type definitions. */
interface CanvasDrawn {
  renderCanvas(
    renderer: Phaser.Renderer.Canvas.CanvasRenderer,
    src: StillObject,
    camera: Phaser.Cameras.Scene2D.Camera,
    parentMatrix?: Phaser.GameObjects.Components.TransformMatrix,
  ): void;
}

/** Frames a group must stay unchanged on the game's canvas before it comes back to rest. */
const SETTLE = 3;

interface Group {
  members: StillObject[];
  /** How the group looked in the last frame. */
  look: unknown[];
  /** Frames since it last changed. */
  calm: number;
  /** Whether Phaser draws it on the game's canvas in this frame (else the layer does). */
  onCanvas: boolean;
}

export class StillLayer {
  private readonly groups = new Map<StillObject, Group>();
  private readonly canvas = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D | null;
  private readonly renderer: Phaser.Renderer.Canvas.CanvasRenderer | null;
  private readonly matrix = new Phaser.GameObjects.Components.TransformMatrix();
  private readonly camera: Phaser.Cameras.Scene2D.Camera;
  private readonly ordered: Group[] = [];
  private readonly look: unknown[] = [];
  private dirty = true;
  /** How many times the layer has been drawn, on its canvas for tests (`data-paints`). */
  private paints = 0;

  constructor(private readonly scene: Phaser.Scene) {
    const { renderer, canvas: gameCanvas } = scene.game;
    this.camera = scene.cameras.main;
    this.renderer = renderer.type === Phaser.CANVAS ? (renderer as Phaser.Renderer.Canvas.CanvasRenderer) : null;
    this.canvas.width = gameCanvas.width;
    this.canvas.height = gameCanvas.height;
    this.context = this.renderer && gameCanvas.parentElement ? this.canvas.getContext('2d') : null;
    if (!this.context) return;
    this.canvas.dataset.paints = '0';
    const remove = placeUnder(gameCanvas, this.canvas, 'still');
    const afterRender = () => this.afterFrame();
    // Event names as strings: the games' Phaser build leaves out the events namespaces.
    scene.game.events.on('postrender', afterRender);
    const clear = () => {
      scene.game.events.off('postrender', afterRender);
      remove();
    };
    scene.events.once('shutdown', clear);
    scene.events.once('destroy', clear);
  }

  /** Rests these objects on the layer as one group (without a layer, they stay on the game's canvas). */
  hold(...members: StillObject[]): void {
    if (!this.context) return;
    const group: Group = { members, look: [], calm: SETTLE, onCanvas: false };
    for (const object of members) {
      this.groups.set(object, group);
      this.camera.ignore(object);
      object.once('destroy', () => {
        this.groups.delete(object);
        group.members = group.members.filter((m) => m !== object);
        this.dirty = true;
      });
    }
    this.dirty = true;
  }

  /** The groups in the order Phaser draws the scene, into `this.ordered`. */
  private order(): void {
    const ordered = this.ordered;
    ordered.length = 0;
    const add = (child: Phaser.GameObjects.GameObject) => {
      const group = this.groups.get(child as StillObject);
      if (group && !ordered.includes(group)) ordered.push(group);
    };
    for (const child of this.scene.children.list) {
      add(child);
      if (child instanceof Phaser.GameObjects.Container) for (const inner of child.list) add(inner);
    }
  }

  /** Everything that changes how a group looks, into `this.look`. */
  private lookOf(group: Group): unknown[] {
    const now = this.look;
    now.length = 0;
    for (const o of group.members) {
      now.push(o.visible, o.alpha, o.x, o.y, o.scaleX, o.scaleY, o.rotation, o.frame, o.flipX, o.flipY, o.originX, o.originY, o.depth);
      if (o instanceof Phaser.GameObjects.Text)
        now.push(o.text, o.style.color, o.style.fontStyle, o.style.backgroundColor, o.width, o.height);
      const parent = o.parentContainer;
      if (parent) now.push(parent.visible, parent.alpha, parent.x, parent.y, parent.scaleX, parent.scaleY, parent.rotation, parent.depth);
    }
    return now;
  }

  /**
   * After Phaser has drawn a frame: draws the layer again if what rests on it changed, then
   * decides which groups Phaser draws in the next frame.
   */
  private afterFrame(): void {
    this.order();
    for (const group of this.ordered) {
      const now = this.lookOf(group);
      const same = now.length === group.look.length && now.every((value, i) => value === group.look[i]);
      if (same) {
        group.calm += 1;
        continue;
      }
      group.look = now.slice();
      group.calm = 0;
      // Phaser did not draw it this frame: the layer shows it as it is now.
      if (!group.onCanvas) this.dirty = true;
    }
    if (this.dirty) this.draw();
    this.dirty = false;
    let moving = false;
    for (const group of this.ordered) {
      moving ||= group.calm < SETTLE;
      if (group.onCanvas === moving) continue;
      group.onCanvas = moving;
      // It leaves or joins the layer in the next frame, as Phaser starts or stops drawing it.
      this.dirty = true;
      for (const object of group.members) {
        if (moving) object.cameraFilter &= ~this.camera.id;
        else this.camera.ignore(object);
      }
    }
  }

  private draw(): void {
    const { context, renderer } = this;
    if (!context || !renderer) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    renderer.setContext(context);
    try {
      for (const group of this.ordered) {
        if (!group.onCanvas) for (const object of group.members) this.drawOne(renderer, object);
      }
    } finally {
      renderer.setContext();
    }
    this.paints += 1;
    this.canvas.dataset.paints = String(this.paints);
  }

  private drawOne(renderer: Phaser.Renderer.Canvas.CanvasRenderer, object: StillObject): void {
    const drawn = object as unknown as CanvasDrawn;
    if (!object.visible || object.alpha <= 0) return;
    const parent = object.parentContainer;
    if (!parent) {
      drawn.renderCanvas(renderer, object, this.camera);
      return;
    }
    if (!parent.visible || parent.alpha <= 0) return;
    // As Phaser draws a container's children: in its place, at its alpha.
    this.matrix.applyITRS(parent.x, parent.y, parent.rotation, parent.scaleX, parent.scaleY);
    const alpha = object.alpha;
    object.alpha = alpha * parent.alpha;
    drawn.renderCanvas(renderer, object, this.camera, this.matrix);
    object.alpha = alpha;
  }
}
