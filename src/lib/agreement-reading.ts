/**
 * What the pupils' agreement page reads aloud: one function for the page and the narration script
 * each, so the recorded text is the text the page says. Pure: no DOM.
 */
export function agreementParts(version: { title: string; intro: string; promises: readonly { text: string }[] }, rule: string): string[] {
  return [version.title, version.intro, rule, ...version.promises.map((p) => p.text)];
}
