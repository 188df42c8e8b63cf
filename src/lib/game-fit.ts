/**
 * How big a game's playfield is drawn, and in which shape, for the space the page has. The aims,
 * in order: text on the canvas never smaller than 16 CSS pixels; the whole playfield on screen
 * without scrolling; as large as the space allows, up to the game's own size (a laptop or a
 * whiteboard gets the wide playfield at 1:1, sharp).
 *
 * A space too narrow for the wide playfield's text (a phone, a tablet held upright) gets the tall
 * one. When even the chosen shape cannot fit the height at a readable size (a phone on its side),
 * readability wins: the playfield keeps its readable size, `fits` is false, and the page asks the
 * pupil to turn the screen. Play is never blocked.
 */
import { STAGES, type Orientation } from '../../games/contract';

/** The smallest text on a game's canvas, in CSS pixels (issue 15). */
export const MIN_TEXT_CSS_PX = 16;

export interface Space {
  /** CSS pixels across that the playfield may use. */
  width: number;
  /** CSS pixels down that the playfield may use without the page scrolling. */
  height: number;
}

export interface StageFit {
  orientation: Orientation;
  /** CSS pixels per game pixel. */
  scale: number;
  /** The playfield's size in CSS pixels. */
  width: number;
  height: number;
  /** The smallest text on the canvas, in CSS pixels, at this scale. */
  minTextPx: number;
  /** True when the whole playfield is on screen at this size. */
  fits: boolean;
}

/** The scale at which a shape's smallest text is exactly 16 CSS pixels. */
const readableScale = (o: Orientation) => MIN_TEXT_CSS_PX / STAGES[o].minFont;

/** The shape for this space: wide unless the width cannot show the wide playfield's text. */
export function orientationFor(space: Space): Orientation {
  return space.width / STAGES.landscape.width >= readableScale('landscape') ? 'landscape' : 'portrait';
}

/** The size for a shape already chosen (a game keeps its shape for the round; only its size follows the screen). */
export function fitStage(space: Space, orientation: Orientation = orientationFor(space)): StageFit {
  const stage = STAGES[orientation];
  const byWidth = Math.min(1, space.width / stage.width);
  const whole = Math.min(byWidth, space.height / stage.height);
  const readable = readableScale(orientation);
  // Never below readable, even if that means scrolling; never wider than the space, even if that
  // means text under 16 px (a screen narrower than the tall playfield's readable width: about 350
  // CSS px, smaller than any phone in use).
  const scale = Math.min(byWidth, Math.max(whole, readable));
  return {
    orientation,
    scale,
    width: Math.floor(stage.width * scale),
    height: Math.floor(stage.height * scale),
    minTextPx: stage.minFont * scale,
    fits: stage.height * scale <= space.height + 0.5,
  };
}
