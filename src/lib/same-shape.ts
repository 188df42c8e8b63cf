/**
 * A translation may change words, never structure: the same keys, the same number of items, the
 * same ids, flags and numbers. `shapeOf` keeps everything but free text, so two files with the
 * same shape give equal results. Pure: used by the build check and the tests.
 */

/** Keys whose string values are ids or links, so they must match too. */
const ID_KEYS = new Set(['id', 'lessons', 'games', 'pack', 'address', 'picture']);

/**
 * An address keeps its numbers and its site, but the page on that site may differ, so a Welsh pack
 * can point to the Welsh page of the same service (hwb.gov.wales/keeping-safe-online and /cadwn-ddiogel-ar-lein).
 */
const siteOnly = (address: string) => address.replace(/(\.[a-z]{2,})\/\S*/gi, '$1');

export function shapeOf(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return key === 'address' ? siteOnly(value) : ID_KEYS.has(key) ? value : 'text';
  if (Array.isArray(value)) return value.map((v) => shapeOf(v, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, shapeOf((value as Record<string, unknown>)[k], k)]),
    );
  }
  return value;
}

/** The first place two values differ in shape, as a dotted path, or undefined when they agree. */
export function shapeDifference(a: unknown, b: unknown, path = ''): string | undefined {
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  return firstDifference(sa, sb, path);
}

function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path || '(top)'}: ${b.length} items instead of ${a.length}`;
    for (let i = 0; i < a.length; i += 1) {
      const d = firstDifference(a[i], b[i], `${path}.${i}`);
      if (d) return d;
    }
    return undefined;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
    return undefined;
  }
  return a === b ? undefined : `${path || '(top)'}: ${JSON.stringify(b)} instead of ${JSON.stringify(a)}`;
}
