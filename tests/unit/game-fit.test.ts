import { describe, expect, it } from 'vitest';
import { fitStage, orientationFor, MIN_TEXT_CSS_PX } from '../../src/lib/game-fit';
import { STAGES } from '../../games/contract';

/**
 * The spaces a game's box really gets on the devices issue 15 names: the page's column less its
 * border, and the window's height less the game's toolbar and the gaps around it (measured in
 * Chromium: 86 px on a laptop and a tablet, 124 px on a phone, where the toolbar wraps).
 */
const laptop = { width: 954, height: 800 - 86 };
const tablet = { width: 954, height: 768 - 86 };
const phone = { width: 352, height: 844 - 124 };
const phoneOnItsSide = { width: 780, height: 390 - 86 };
const tabletUpright = { width: 704, height: 1024 - 86 };

describe('fitting a game to the screen it is on', () => {
  it('gives a laptop and a tablet the wide playfield, whole and with readable text', () => {
    for (const space of [laptop, tablet]) {
      const fit = fitStage(space);
      expect(fit.orientation).toBe('landscape');
      expect(fit.fits).toBe(true);
      expect(fit.height).toBeLessThanOrEqual(space.height);
      expect(fit.minTextPx).toBeGreaterThanOrEqual(MIN_TEXT_CSS_PX);
    }
  });

  it('gives a phone and an upright tablet the tall playfield, whole and readable', () => {
    for (const space of [phone, tabletUpright]) {
      const fit = fitStage(space);
      expect(fit.orientation).toBe('portrait');
      expect(fit.fits).toBe(true);
      expect(fit.width).toBeLessThanOrEqual(space.width);
      expect(fit.minTextPx).toBeGreaterThanOrEqual(MIN_TEXT_CSS_PX);
    }
  });

  it('never draws a playfield larger than the game made it, so a whiteboard stays sharp', () => {
    const fit = fitStage({ width: 1900, height: 1000 });
    expect(fit).toMatchObject({ orientation: 'landscape', scale: 1, width: STAGES.landscape.width, fits: true });
  });

  it('keeps text readable on a short screen and says the playfield does not fit, rather than shrinking it', () => {
    const fit = fitStage(phoneOnItsSide);
    expect(fit.minTextPx).toBeGreaterThanOrEqual(MIN_TEXT_CSS_PX);
    expect(fit.fits).toBe(false);
    // A laptop window made short still plays, at a readable size, and asks nothing of the pupil
    // while it fits.
    const short = fitStage({ width: 954, height: 580 });
    expect(short.orientation).toBe('landscape');
    expect(short.minTextPx).toBeGreaterThanOrEqual(MIN_TEXT_CSS_PX);
    expect(short.height).toBeLessThanOrEqual(580);
  });

  it('keeps the shape a round started in when the screen turns, and only changes its size', () => {
    expect(orientationFor(phone)).toBe('portrait');
    const turned = fitStage({ width: 780, height: 304 }, 'portrait');
    expect(turned.orientation).toBe('portrait');
    expect(turned.fits).toBe(false);
    expect(turned.minTextPx).toBeGreaterThanOrEqual(MIN_TEXT_CSS_PX);
  });

  it('chooses the tall playfield exactly when the wide one would put text under 16 px', () => {
    const edge = (STAGES.landscape.width * MIN_TEXT_CSS_PX) / STAGES.landscape.minFont;
    expect(orientationFor({ width: Math.ceil(edge), height: 700 })).toBe('landscape');
    expect(orientationFor({ width: Math.floor(edge) - 1, height: 700 })).toBe('portrait');
  });
});
