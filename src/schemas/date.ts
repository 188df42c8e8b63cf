import { z } from 'zod';

/**
 * A calendar date written in YAML as 2026-11-24. Astro's YAML loader turns it into a Date and
 * the `yaml` package keeps it as text; both become the same "YYYY-MM-DD" string.
 */
export const isoDate = z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]);
