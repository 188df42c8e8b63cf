/**
 * Playing Photo Check's hunt in tests: where each thing in a photo is on the page, and how many
 * arrow presses take the magnifying glass to it. Everything comes from the game's own rules and
 * the English content, as a pupil's eyes would find it on the scene.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { LENS_GRID, lensPoint, mustCover, spotAt, spotCentre } from '../../../games/photo-check/rules';
import type { Photo, PhotoDetail } from '../../../src/schemas/game';
import { PLAYFIELD } from './game-canvas';

export const photos = (parse(readFileSync('content/games/en/photo-check.yaml', 'utf8')) as { items: Photo[] }).items;
export const photoOf = (item: string) => photos.find((p) => p.id === item.split('/')[0])!;
export const toFind = (photo: Photo) => photo.details.filter((d) => mustCover(d.kind));
export const fineIn = (photo: Photo) => photo.details.filter((d) => !mustCover(d.kind));

/** A thing's centre on the page, from where the canvas says the scene is (data-photo, game pixels). */
export async function pointAt(page: Page, detail: PhotoDetail): Promise<{ x: number; y: number }> {
  const canvas = page.locator(PLAYFIELD);
  const box = (await canvas.boundingBox())!;
  const { place, width } = await canvas.evaluate((c: HTMLCanvasElement) => ({ place: c.dataset.photo!, width: c.width }));
  const [x0, y0, scale] = JSON.parse(place) as [number, number, number];
  const c = spotCentre(detail);
  const css = box.width / width;
  return { x: box.x + (x0 + c.x * scale) * css, y: box.y + (y0 + c.y * scale) * css };
}

/** The arrow keys that take the lens from where it is (data-lens) to the nearest place that touches `detail`. */
export async function arrowsTo(page: Page, photo: Photo, detail: PhotoDetail): Promise<string[]> {
  const [column, row] = (await page.locator(PLAYFIELD).getAttribute('data-lens'))!.split(',').map(Number) as [number, number];
  let best: [number, number] | undefined;
  for (let c = 0; c < LENS_GRID.columns; c += 1)
    for (let r = 0; r < LENS_GRID.rows; r += 1) {
      const p = lensPoint(c, r);
      if (spotAt(photo, p.x, p.y)?.id !== detail.id) continue;
      if (!best || Math.abs(c - column) + Math.abs(r - row) < Math.abs(best[0] - column) + Math.abs(best[1] - row)) best = [c, r];
    }
  const [c, r] = best!;
  return [
    ...Array<string>(Math.abs(c - column)).fill(c > column ? 'ArrowRight' : 'ArrowLeft'),
    ...Array<string>(Math.abs(r - row)).fill(r > row ? 'ArrowDown' : 'ArrowUp'),
  ];
}
