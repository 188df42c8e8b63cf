/**
 * Read-aloud from the site's own recordings (public/audio/narration, made by
 * scripts/make-narration.ts), with Web Speech for any part that has none. Loaded by ReadAloud on
 * the first tap, so it never weighs on a page before it can be used.
 *
 * A reading is a list of parts ("Tom:", the scene's text, …), some in a story character's own
 * voice (src/lib/narration-key.ts): each part's file is fetched at once,
 * so the next is ready when one ends, and played in turn through one <audio> element.
 */
import { narrationLanguage, narrationText, partKey, partText, type ReadPart } from '../lib/narration-key';
import * as lessonReading from '../lib/lesson-reading';
import { findVoice, synth } from './read-aloud';
import { READING_SPEEDS, readingSpeed } from './reading-speed';

/**
 * What a read-aloud button reads: a text, parts read in turn, or a function that makes the parts
 * from the lesson's reading rules (src/lib/lesson-reading.ts), handed over only here, so the lesson
 * page does not load those rules before it can be used (its 30 kB budget).
 */
export type Reading = string | readonly ReadPart[] | ((rules: typeof lessonReading) => readonly ReadPart[]);

/** Speak `text`, stopping anything already being read. `onDone` runs when it ends or is stopped. */
function speak(text: string, lang: string, onDone: () => void): void {
  const s = synth();
  const voice = findVoice(lang);
  if (!s || !voice) {
    onDone();
    return;
  }
  s.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  // A little slower than default: many listeners are 5 to 7. Slower still if the device is set so.
  utterance.rate = 0.9 * READING_SPEEDS[readingSpeed()];
  utterance.onend = onDone;
  utterance.onerror = onDone;
  s.speak(utterance);
}

function stopSpeaking(): void {
  synth()?.cancel();
}

const fileUrl = (lang: string, part: ReadPart) => `/audio/narration/${lang}/${partKey(lang, part)}.mp3`;

let audio: HTMLAudioElement | undefined;
/** Counts readings: a callback from one that has been stopped or replaced finds it changed and does nothing. */
let reading = 0;
let finish: (() => void) | undefined;

/** One element for every reading on the page, in the document so tests (and devtools) can see it play. */
function player(): HTMLAudioElement {
  if (!audio) {
    audio = document.createElement('audio');
    audio.hidden = true;
    audio.dataset['narration'] = '';
    document.body.append(audio);
  }
  return audio;
}

/** What the part being read points at on screen (a part's `mark`), lit up until the next part. */
let lit: Element | null | undefined;
function light(part?: ReadPart): void {
  lit?.removeAttribute('data-speaking');
  lit = part && typeof part !== 'string' && part.mark ? document.querySelector(part.mark) : undefined;
  lit?.setAttribute('data-speaking', '');
}

/** Stops whatever is being read; its `onDone` runs. */
export function stop(): void {
  reading += 1;
  light();
  audio?.pause();
  stopSpeaking();
  const done = finish;
  finish = undefined;
  done?.();
}

/**
 * Reads `text` (or its parts, in turn) aloud, stopping anything already being read. `recorded`: the site has recordings
 * for these parts (any text a pupil meets); otherwise Web Speech reads them, where the device has a voice.
 * `onDone` runs once, when the reading ends or is stopped.
 */
export function read(text: Reading, speechLang: string, recorded: boolean, onDone: () => void): void {
  const parts = typeof text === 'string' ? [text] : typeof text === 'function' ? text(lessonReading) : text;
  stop();
  const mine = (reading += 1);
  finish = onDone;
  const done = () => {
    if (reading !== mine) return;
    light();
    finish = undefined;
    onDone();
  };
  if (!recorded) {
    // The device's voice, a part at a time, so what is being read lights up as it does with recordings.
    const say = (i: number): void => {
      if (reading !== mine) return;
      if (i === parts.length) return done();
      light(parts[i]);
      speak(narrationText(partText(parts[i]!)), speechLang, () => say(i + 1));
    };
    say(0);
    return;
  }
  const lang = narrationLanguage(speechLang);
  const clips = parts.map((part) => fetch(fileUrl(lang, part)).then((r) => (r.ok ? r.blob() : Promise.reject(new Error(`${r.status}`)))));
  for (const clip of clips) clip.catch(() => {});
  const el = player();
  const next = async (i: number): Promise<void> => {
    if (reading !== mine) return;
    if (i === parts.length) return done();
    const blob = await clips[i]!.catch(() => undefined);
    if (reading !== mine) return;
    light(parts[i]);
    if (!blob) {
      // No recording (a name typed in, a text changed since the last `npm run narration`).
      if (findVoice(speechLang)) speak(narrationText(partText(parts[i]!)), speechLang, () => void next(i + 1));
      else void next(i + 1);
      return;
    }
    const src = URL.createObjectURL(blob);
    const after = () => {
      URL.revokeObjectURL(src);
      void next(i + 1);
    };
    el.onended = after;
    el.onerror = after;
    el.src = src;
    // Set after src: a new source resets the rate to the default.
    el.playbackRate = READING_SPEEDS[readingSpeed()];
    el.play().catch(done);
  };
  void next(0);
  keepForOffline(lang);
}

const kept = new Set<string>();

/**
 * The first reading in a language on a page fetches the rest of this lesson's recordings (and the
 * prompts around the lessons) through the service worker, which keeps them (build-sw.ts), so read
 * aloud then works offline. Only what this page can say: precaching every recording in both
 * languages would put megabytes on devices that never use read-aloud.
 */
function keepForOffline(lang: string): void {
  if (kept.has(lang) || !navigator.serviceWorker?.controller) return;
  kept.add(lang);
  void fetch(`/audio/narration/${lang}/index.json`)
    .then((r) => r.json() as Promise<{ groups: Record<string, string[]> }>)
    .then(async ({ groups }) => {
      const here = location.pathname.split('/');
      const keys = Object.entries(groups).flatMap(([group, list]) => (group === 'pupils' || here.includes(group) ? list : []));
      // One at a time, behind whatever the pupil is doing.
      for (const key of keys) await fetch(`/audio/narration/${lang}/${key}.mp3`).catch(() => undefined);
      document.documentElement.dataset['narrationKept'] = lang;
    })
    .catch(() => {});
}
