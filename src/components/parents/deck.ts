/**
 * Browser side of the workshop: shows one slide (or one slide's notes) at a time, moves with the
 * keys and buttons, writes the slide number into the URL hash, and keeps the slides and the
 * notes window in step over a BroadcastChannel (same origin, works offline).
 */
import { slideAfterKey, slideFromHash, WORKSHOP_CHANNEL } from '../../lib/slides';

export function startDeck(root: HTMLElement): void {
  const items = [...root.querySelectorAll<HTMLElement>('[data-slide]')];
  const total = items.length;
  const count = document.querySelector<HTMLElement>('[data-count]');
  const countTemplate = count?.dataset.template ?? '{n} / {total}';
  const dir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(WORKSHOP_CHANNEL) : undefined;
  let current = 0;

  const show = (n: number, tell: boolean) => {
    if (n === current) return;
    current = n;
    items.forEach((item, i) => {
      item.hidden = i !== n - 1;
      item.toggleAttribute('data-current', i === n - 1);
    });
    root.dataset.current = String(n);
    if (count) count.textContent = countTemplate.replace('{n}', String(n)).replace('{total}', String(total));
    history.replaceState(null, '', `#${n}`);
    if (tell) channel?.postMessage({ slide: n });
  };

  root.dataset.ready = 'true';
  show(slideFromHash(location.hash, total), false);
  channel?.addEventListener('message', (e: MessageEvent<{ slide?: unknown }>) => {
    if (typeof e.data?.slide === 'number') show(slideFromHash(`#${e.data.slide}`, total), false);
  });
  window.addEventListener('hashchange', () => show(slideFromHash(location.hash, total), true));
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // Buttons and links keep their own Enter and Space.
    if (e.key === ' ' && (e.target as Element).closest('button, a')) return;
    const next = slideAfterKey(current, e.key, total, dir);
    if (next === undefined) return;
    e.preventDefault();
    show(next, true);
  });
  document.querySelector('[data-prev]')?.addEventListener('click', () => show(Math.max(1, current - 1), true));
  document.querySelector('[data-next]')?.addEventListener('click', () => show(Math.min(total, current + 1), true));
}
