/**
 * Pictures the page shows under the game's transparent canvas, exactly over its box: a still
 * backdrop (an image) and the still layer (a canvas). The browser keeps each as a layer of its
 * own and puts them together with the canvas, so what does not change is not drawn again every
 * frame the way Phaser's canvas is.
 */

/** Bottom first: the backdrop, then the still layer, then (always on top) the game's canvas. */
export type UnderlayRank = 'backdrop' | 'still';
const ORDER: readonly UnderlayRank[] = ['backdrop', 'still'];

/**
 * Puts `element` under the game's canvas, in its rank's place whenever it comes (a backdrop image
 * may load after the still layer is in), and keeps it over the canvas's box as the page resizes the
 * canvas (a whiteboard, a phone turned round). Returns what takes it away again.
 */
export function placeUnder(canvas: HTMLCanvasElement, element: HTMLElement, rank: UnderlayRank): () => void {
  element.dataset.underlay = rank;
  element.setAttribute('aria-hidden', 'true');
  element.style.position = 'absolute';
  element.style.pointerEvents = 'none';
  element.style.userSelect = 'none';
  // Above the underlays: a positioned element later in the page is drawn over an earlier one.
  canvas.style.position = 'relative';
  const place = () => {
    Object.assign(element.style, {
      left: `${canvas.offsetLeft}px`,
      top: `${canvas.offsetTop}px`,
      width: `${canvas.offsetWidth}px`,
      height: `${canvas.offsetHeight}px`,
    });
  };
  place();
  const above = [...(canvas.parentElement?.querySelectorAll<HTMLElement>(':scope > [data-underlay]') ?? [])].find(
    (other) => ORDER.indexOf(other.dataset.underlay as UnderlayRank) > ORDER.indexOf(rank),
  );
  (above ?? canvas).before(element);
  const follow = new ResizeObserver(place);
  follow.observe(canvas);
  return () => {
    follow.disconnect();
    element.remove();
  };
}
