/**
 * The notes window beside the whiteboard: shows the notes for the scene on the board, with the
 * answers lettered as the board letters them (their order is shuffled for each run), and marks
 * the one the class is talking about. It follows the board over a BroadcastChannel, and asks
 * where the board is when it opens, so it can be opened at any point of the lesson.
 */
import { BOARD_CHANNEL, type BoardMessage } from '../../lib/class-vote';

const LETTERS = ['A', 'B', 'C'];

export function followBoard(root: HTMLElement): void {
  const key = root.dataset.board!;
  const waiting = root.querySelector<HTMLElement>('[data-waiting]');
  const scenes = [...root.querySelectorAll<HTMLElement>('[data-scene-notes]')];

  const show = (m: BoardMessage) => {
    for (const section of scenes) section.hidden = m.view === 'waiting' || section.dataset.sceneNotes !== m.sceneId;
    if (waiting) waiting.hidden = m.view !== 'waiting';
    if (m.view === 'waiting') return;
    const list = scenes.find((s) => s.dataset.sceneNotes === m.sceneId)?.querySelector('[data-answers]');
    if (!list) return;
    m.order.forEach((id, i) => {
      const item = [...list.children].find((li) => (li as HTMLElement).dataset.choice === id) as HTMLElement | undefined;
      if (!item) return;
      const letter = item.querySelector('[data-letter]');
      if (letter) letter.textContent = LETTERS[i] ?? '';
      item.toggleAttribute('data-followed', m.view === 'feedback' && id === m.choiceId);
      list.append(item);
    });
  };

  if (!('BroadcastChannel' in window)) return;
  const channel = new BroadcastChannel(BOARD_CHANNEL);
  channel.addEventListener('message', (e: MessageEvent<BoardMessage>) => {
    if (e.data?.key === key && typeof e.data.view === 'string') show(e.data);
  });
  channel.postMessage({ hello: key });
}
