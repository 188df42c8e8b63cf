/**
 * The device's Web Speech voices. School devices rarely have a voice for every language (Welsh
 * voices are rare): ReadAloud shows its button for a text with no recording only when `findVoice`
 * finds one. Speaking is in narration.ts, which loads on the first tap.
 */

export function synth(): SpeechSynthesis | undefined {
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
