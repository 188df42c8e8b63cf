/** The games' sounds are made by code: the files in the repository are exactly what it makes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeSprite, SAMPLE_RATE } from '../../scripts/make-sounds';

describe('the sound sprite', () => {
  const { file, map } = makeSprite();

  it('matches public/audio/sounds.wav and src/audio/sprite.json (run `npm run sounds` after a change)', () => {
    expect(readFileSync('public/audio/sounds.wav').equals(file)).toBe(true);
    expect(JSON.parse(readFileSync('src/audio/sprite.json', 'utf8'))).toEqual(map);
  });

  it('has every effect a game may ask for, short, and a music loop', () => {
    for (const name of ['tap', 'right', 'wrong', 'finish']) {
      expect(map[name], name).toBeDefined();
      expect(map[name]![1]).toBeLessThanOrEqual(800);
    }
    expect(map.music![2]).toBe(true);
    expect(file.readUInt32LE(24)).toBe(SAMPLE_RATE);
    // Well under the 1 MB a game may load beyond Phaser.
    expect(file.length).toBeLessThan(400_000);
  });
});
