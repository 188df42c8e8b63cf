/**
 * The outline colour every piece of art shares: it gives each drawing its contrast on any
 * background. (Each SVG writes its role and aria attributes out in full: a spread of them would
 * pull Svelte's attribute-spreading code, about 2 kB, into every page with art.)
 */
export const NAVY = '#1d2a44';
