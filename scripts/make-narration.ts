/**
 * Records the narration: every text a pupil can have read aloud (scripts/lib/narration-texts.ts),
 * in English and Welsh, spoken by eSpeak NG and written as small MP3 files to
 * public/audio/narration/<lang>/<key>.mp3, with an index.json per language that groups the files
 * by lesson (so a device can keep one lesson's voice for offline use). Only missing files are made;
 * files no text needs any more are deleted; when everything is up to date nothing is written.
 *
 * Run `npm run narration` after changing lesson or game text or the words around it, and commit the
 * files: the build never runs this (eSpeak NG is GPL-3.0 and is used only here, at build time;
 * the site ships only the recordings it made).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import ESpeakNg from 'espeak-ng';
import { Mp3Encoder } from '@breezystack/lamejs';
import type { NarrationText } from './lib/narration-texts.ts';

const OUT = 'public/audio/narration';
/** eSpeak NG's voice per language; rate and pitch are in NARRATION_VOICE, which names the files. */
const VOICES: Record<string, string> = { en: 'en-gb', cy: 'cy' };

const { module: texts } = await runnerImport<typeof import('./lib/narration-texts.ts')>('./scripts/lib/narration-texts.ts', {
  configFile: false,
  logLevel: 'error',
});
const { module: speech } = await runnerImport<typeof import('./lib/pronunciations.ts')>('./scripts/lib/pronunciations.ts', {
  configFile: false,
  logLevel: 'error',
});
const { module: keys } = await runnerImport<typeof import('../src/lib/narration-key.ts')>('./src/lib/narration-key.ts', {
  configFile: false,
  logLevel: 'error',
});
/**
 * Speech needs little: mono, 22 050 Hz (eSpeak's own rate), 16 kbit/s. LAME low-passes speech at
 * this rate near 3.7 kHz, as it did at 24 kbit/s (3.9 kHz), for two thirds of the bytes: room for
 * every game's turns in Welsh within 8 MB.
 */
const [, rate, pitch, kbps] = keys.NARRATION_VOICE.split(':').map((s) => s.slice(1));
const KBPS = Number(kbps);

// Compiled once and instantiated per text: compiling the 18 MB module each time costs seconds.
const wasm = await WebAssembly.compile(readFileSync(fileURLToPath(import.meta.resolve('espeak-ng/dist/espeak-ng.wasm'))));

/** `character`: a story child's eSpeak variant and pitch ("f2:p74"), or "" for Tom's voice. */
async function speak(text: string, voice: string, character: string): Promise<Uint8Array> {
  const [variant, childPitch] = character ? character.split(':') : [];
  const espeak = await ESpeakNg({
    // Read from a file, so no text is ever taken for an option.
    preRun: [(m) => m.FS.writeFile('/text.txt', text)],
    arguments: [
      '-v',
      variant ? `${voice}+${variant}` : voice,
      '-s',
      rate!,
      '-p',
      childPitch?.slice(1) ?? pitch!,
      '-w',
      '/speech.wav',
      '-f',
      '/text.txt',
    ],
    instantiateWasm(imports, done) {
      void WebAssembly.instantiate(wasm, imports).then(done);
      return {};
    },
    print() {},
    printErr() {},
  });
  return espeak.FS.readFile('/speech.wav');
}

/** A 16-bit mono WAV as an MP3. */
function mp3(wav: Uint8Array): Uint8Array {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  const sampleRate = view.getUint32(24, true);
  let at = 12;
  while (at + 8 <= wav.length && String.fromCharCode(...wav.subarray(at, at + 4)) !== 'data') at += 8 + view.getUint32(at + 4, true);
  const length = Math.min(view.getUint32(at + 4, true), wav.length - at - 8);
  const samples = new Int16Array(wav.slice(at + 8, at + 8 + (length & ~1)).buffer);
  const encoder = new Mp3Encoder(1, sampleRate, KBPS);
  // lamejs hands back Int8Arrays: viewed as bytes, they are the MP3.
  const chunks: Uint8Array[] = [];
  const add = (chunk: ArrayBufferView) => chunks.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  for (let i = 0; i < samples.length; i += 1152) add(encoder.encodeBuffer(samples.subarray(i, i + 1152)));
  add(encoder.flush());
  return Buffer.concat(chunks);
}

/** Writes a file only when its bytes change, so an up-to-date run leaves the tree untouched. */
function writeIfChanged(path: string, data: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === data) return false;
  writeFileSync(path, data);
  return true;
}

const all: NarrationText[] = texts.narrationTexts();
const started = performance.now();
let made = 0;
let removed = 0;
for (const lang of Object.keys(VOICES)) {
  const dir = join(OUT, lang);
  mkdirSync(dir, { recursive: true });
  const mine = all.filter((t) => t.lang === lang);
  const wanted = new Map(mine.map((t) => [t.key, t]));
  // A file said from a respelling is made again when its respelling changes (scripts/lib/pronunciations.ts).
  const indexPath = join(dir, 'index.json');
  const saidBefore = existsSync(indexPath)
    ? ((JSON.parse(readFileSync(indexPath, 'utf8')) as { said?: Record<string, string> }).said ?? {})
    : {};
  const said = speech.respelled(mine);
  for (const [key, { text, voice, said: respelling }] of wanted) {
    const path = join(dir, `${key}.mp3`);
    if (existsSync(path) && saidBefore[key] === said[key]) continue;
    writeFileSync(path, mp3(await speak(respelling ?? text, VOICES[lang]!, voice)));
    made += 1;
    if (made % 25 === 0) console.log(`narration: ${made} made…`);
  }
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.mp3') && !wanted.has(file.slice(0, -4))) {
      rmSync(join(dir, file));
      removed += 1;
    }
  }
  const groups: Record<string, string[]> = {};
  for (const t of mine) (groups[t.group] ??= []).push(t.key);
  const index = { voice: keys.NARRATION_VOICE, said, groups };
  if (writeIfChanged(indexPath, `${JSON.stringify(index, null, 2)}\n`)) console.log(`narration: wrote ${dir}/index.json`);
  const bytes = [...wanted.keys()].reduce((sum, key) => sum + readFileSync(join(dir, `${key}.mp3`)).length, 0);
  console.log(`narration: ${lang}: ${wanted.size} files, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
}
console.log(
  made || removed
    ? `narration: made ${made}, removed ${removed} in ${((performance.now() - started) / 1000).toFixed(0)} s`
    : 'narration: up to date, nothing written',
);
