/**
 * The key of a count's plural form among a game's templates (`game.timedOut_one`, Welsh `…_two`,
 * …). Its own module, not in template.ts: that one is shared with the lesson pages, which have
 * no bytes to spare.
 */
export function pluralKey(key: string, locale: string, count: number): string {
  return `${key}_${new Intl.PluralRules(locale).select(count)}`;
}
