/**
 * Makes the games' sounds with code: a few short effects and a gentle music loop, synthesised
 * note by note and written as one audio sprite (public/audio/sounds.wav) with its map
 * (src/audio/sprite.json). Run `npm run sounds` after changing a sound; a unit test checks that
 * the files in the repository are exactly what this script makes.
 */
import { writeFileSync } from 'node:fs';

export const SAMPLE_RATE = 16000;

type Wave = 'sine' | 'triangle' | 'square';
interface Note {
  /** MIDI note number (60 = middle C); null for a rest. */
  pitch: number | null;
  seconds: number;
  wave?: Wave;
  volume?: number;
}

const hz = (midi: number) => 440 * 2 ** ((midi - 69) / 12);

function oscillator(wave: Wave, phase: number): number {
  const x = phase % 1;
  if (wave === 'sine') return Math.sin(2 * Math.PI * x);
  if (wave === 'square') return x < 0.5 ? 0.6 : -0.6;
  return 1 - 4 * Math.abs(x - 0.5);
}

/** Notes one after another, each with a soft attack and release so nothing clicks. */
function melody(notes: Note[]): Float32Array {
  const total = Math.round(notes.reduce((s, n) => s + n.seconds, 0) * SAMPLE_RATE);
  const out = new Float32Array(total);
  let at = 0;
  for (const note of notes) {
    const length = Math.round(note.seconds * SAMPLE_RATE);
    if (note.pitch !== null) {
      const f = hz(note.pitch);
      const attack = Math.min(0.01 * SAMPLE_RATE, length / 4);
      const release = Math.min(0.06 * SAMPLE_RATE, length / 2);
      for (let i = 0; i < length; i += 1) {
        const envelope = Math.min(1, i / attack, (length - i) / release);
        out[at + i]! += oscillator(note.wave ?? 'triangle', (f * i) / SAMPLE_RATE) * envelope * (note.volume ?? 0.5);
      }
    }
    at += length;
  }
  return out;
}

/** Two lines played together (the music's tune and bass). */
function mix(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(Math.max(a.length, b.length));
  for (let i = 0; i < out.length; i += 1) out[i] = (a[i] ?? 0) + (b[i] ?? 0);
  return out;
}

const beat = 0.25; // 120 beats a minute, in quavers
const tune = [
  72,
  76,
  79,
  76,
  74,
  77,
  81,
  77,
  72,
  76,
  79,
  84,
  83,
  79,
  74,
  71,
  72,
  76,
  79,
  76,
  77,
  81,
  84,
  81,
  79,
  77,
  76,
  74,
  72,
  null,
  72,
  null,
];
const bass = [48, 55, 53, 55, 48, 55, 43, 50, 48, 55, 53, 55, 43, 50, 48, null];

export const sounds: Record<string, { samples: Float32Array; loop?: boolean }> = {
  tap: {
    samples: melody([{ pitch: 84, seconds: 0.05, wave: 'sine', volume: 0.4 }]),
  },
  right: {
    samples: melody([
      { pitch: 72, seconds: 0.09 },
      { pitch: 79, seconds: 0.18 },
    ]),
  },
  // A soft, low "hmm", never a buzzer: a mistake is a chance to learn.
  wrong: {
    samples: melody([
      { pitch: 60, seconds: 0.14, wave: 'sine' },
      { pitch: 57, seconds: 0.22, wave: 'sine' },
    ]),
  },
  finish: {
    samples: melody(
      [72, 76, 79, 84].map((pitch, i) => ({
        pitch,
        seconds: i === 3 ? 0.4 : 0.12,
      })),
    ),
  },
  music: {
    samples: mix(
      melody(tune.map((pitch) => ({ pitch, seconds: beat, volume: 0.18 }))),
      melody(
        bass.map((pitch) => ({
          pitch,
          seconds: beat * 2,
          wave: 'sine',
          volume: 0.16,
        })),
      ),
    ),
    loop: true,
  },
};

/** 16-bit mono PCM WAV. */
function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** The sprite: every sound one after another with a short silence between, and the map. */
export function makeSprite(): {
  file: Buffer;
  map: Record<string, [number, number] | [number, number, boolean]>;
} {
  const gap = Math.round(0.1 * SAMPLE_RATE);
  const parts: Float32Array[] = [];
  const map: Record<string, [number, number] | [number, number, boolean]> = {};
  let at = 0;
  for (const [name, sound] of Object.entries(sounds)) {
    const ms = (n: number) => Math.round((n / SAMPLE_RATE) * 1000);
    map[name] = sound.loop ? [ms(at), ms(sound.samples.length), true] : [ms(at), ms(sound.samples.length)];
    parts.push(sound.samples, new Float32Array(gap));
    at += sound.samples.length + gap;
  }
  const all = new Float32Array(at);
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return { file: wav(all), map };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { file, map } = makeSprite();
  writeFileSync('public/audio/sounds.wav', file);
  writeFileSync('src/audio/sprite.json', `${JSON.stringify(map, null, 2)}\n`);
  console.log(`public/audio/sounds.wav: ${(file.length / 1024).toFixed(0)} KiB; ${Object.keys(map).join(', ')}`);
}
