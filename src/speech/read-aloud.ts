/**
 * Read-aloud through the Web Speech API. School devices rarely have a voice for every language
 * (Welsh voices are rare), so callers show the button only when `findVoice` finds one.
 */

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

const primary = (tag: string) => tag.toLowerCase().replace('_', '-').split('-')[0];

/** The best voice for a BCP 47 tag: an exact match, else any voice of the same language. */
export function findVoice(lang: string): SpeechSynthesisVoice | undefined {
  const voices = synth()?.getVoices() ?? [];
  const exact = voices.find((v) => v.lang.toLowerCase().replace('_', '-') === lang.toLowerCase());
  return exact ?? voices.find((v) => primary(v.lang) === primary(lang));
}

/** Calls `callback` now and whenever the browser's list of voices changes; returns an unsubscribe. */
export function watchVoices(callback: () => void): () => void {
  const s = synth();
  callback();
  if (!s) return () => {};
  s.addEventListener('voiceschanged', callback);
  return () => s.removeEventListener('voiceschanged', callback);
}

/** Speak `text`, stopping anything already being read. `onDone` runs when it ends or is stopped. */
export function speak(text: string, lang: string, onDone: () => void): void {
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
  // A little slower than default: many listeners are 5 to 7.
  utterance.rate = 0.9;
  utterance.onend = onDone;
  utterance.onerror = onDone;
  s.speak(utterance);
}

export function stopSpeaking(): void {
  synth()?.cancel();
}
