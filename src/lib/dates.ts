/**
 * Dates written the British way ("26 November 2026"), in the page's language. Welsh month names
 * are built in because many browsers ship no Welsh date data and would print "November 26, 2026"
 * on a Welsh certificate; other languages use the browser's own.
 */
const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};

/**
 * A long date: `when` is a Date or milliseconds (shown in the device's own time zone), or an ISO
 * day "2026-11-24" (shown as that day, whatever the time zone). `lang` is a BCP 47 tag or code.
 */
export function longDate(when: Date | number | string, lang: string): string {
  const language = lang.toLowerCase().split('-')[0]!;
  let day: number, month: number, year: number;
  if (typeof when === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(when);
    if (!m) return when;
    [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  } else {
    const date = new Date(when);
    if (Number.isNaN(date.getTime())) return '';
    [year, month, day] = [date.getFullYear(), date.getMonth(), date.getDate()];
  }
  const names = MONTHS[language];
  if (names) return `${day} ${names[month]} ${year}`;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month, day));
  } catch {
    return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
}
