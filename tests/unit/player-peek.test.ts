/**
 * The inline script in every page's <head> must read the device's player exactly as
 * currentPlayer() does, or a page would paint one state and wake into another.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { currentPlayer, PLAYER_KEY } from '../../src/session/player';
import { playerPeekHash, playerPeekScript, type PlayerPeek } from '../../src/session/player-peek';

/** Runs the script as a browser would, with this storage value (or storage that throws). */
function peek(stored: string | null | 'blocked'): PlayerPeek | null {
  const dataset: { player?: string } = {};
  const localStorage = {
    getItem: (key: string) => {
      if (stored === 'blocked') throw new DOMException('blocked', 'SecurityError');
      return key === PLAYER_KEY ? stored : null;
    },
  };
  const document = { documentElement: { dataset } };
  new Function('localStorage', 'document', playerPeekScript)(localStorage, document);
  return (dataset.player as PlayerPeek | undefined) ?? null;
}

function expected(stored: string | null | 'blocked'): PlayerPeek {
  vi.stubGlobal('localStorage', {
    getItem: () => {
      if (stored === 'blocked') throw new DOMException('blocked', 'SecurityError');
      return stored;
    },
  });
  return currentPlayer()?.kind === 'pupil' ? 'pupil' : currentPlayer()?.kind === 'guest' ? 'guest' : 'nobody';
}

afterEach(() => vi.unstubAllGlobals());

describe('player peek', () => {
  const cases: [string, string | null | 'blocked', PlayerPeek][] = [
    ['nothing stored', null, 'nobody'],
    ['a guest', JSON.stringify({ kind: 'guest' }), 'guest'],
    ['a pupil', JSON.stringify({ kind: 'pupil', pupilId: 'p-1' }), 'pupil'],
    ['a pupil without an id', JSON.stringify({ kind: 'pupil' }), 'nobody'],
    ['a pupil with a numeric id', JSON.stringify({ kind: 'pupil', pupilId: 7 }), 'nobody'],
    ['a hand-edited value', '{not json', 'nobody'],
    ['another kind', JSON.stringify({ kind: 'teacher' }), 'nobody'],
    ['a bare string', JSON.stringify('guest'), 'nobody'],
    ['storage turned off', 'blocked', 'nobody'],
  ];
  for (const [name, stored, want] of cases) {
    it(`reads ${name} as ${want}, as currentPlayer() does`, () => {
      expect(peek(stored)).toBe(want);
      expect(expected(stored)).toBe(want);
    });
  }

  it('is allowed by the CSP hash of exactly its text', async () => {
    const hash = createHash('sha256').update(playerPeekScript).digest('base64');
    expect(await playerPeekHash()).toBe(`sha256-${hash}`);
  });
});
