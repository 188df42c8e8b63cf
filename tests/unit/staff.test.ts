/**
 * The staff area's content: both languages pass the schema and keep one shape, every situation
 * the issue names is there with one best answer (not always in the same place), every quote is the
 * policy's own words, and every "where to go" is a role the school has titled.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { staffSchema, type Staff } from '../../src/schemas/staff';
import { staffFor, staffRole, rolesIn } from '../../src/data/staff';
import { shapeDifference } from '../../src/lib/same-shape';
import { locales } from '../../src/i18n/config';

const read = (lang: string) => parse(readFileSync(`content/staff/${lang}.yaml`, 'utf8')) as unknown;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const policy = squash(readFileSync('../shared/seed/social-media-policy.txt', 'utf8'));
const quotesIn = (staff: Staff) => [
  ...staff.summary.expectations.flatMap((e) => (e.quote ? [e.quote] : [])),
  ...staff.selfCheck.situations.flatMap((s) => s.policy),
];

describe('the staff area', () => {
  it('is written in every language, each passing the schema with the English file`s shape', () => {
    const en = read('en');
    for (const lang of locales) {
      const staff = staffSchema.parse(read(lang));
      expect(shapeDifference(en, read(lang)), lang).toBeUndefined();
      expect(staffFor(lang).lang).toBe(lang);
      // The same best answer, the same place to go and the same quotes in every language.
      const english = staffSchema.parse(en);
      staff.selfCheck.situations.forEach((s, i) => {
        const twin = english.selfCheck.situations[i]!;
        expect(
          s.options.map((o) => o.best),
          s.id,
        ).toEqual(twin.options.map((o) => o.best));
        expect(s.where, s.id).toBe(twin.where);
        expect(s.policy, s.id).toEqual(twin.policy);
      });
      expect(quotesIn(staff)).toEqual(quotesIn(english));
    }
  });

  it('has the situations the school asked for, each with one answer the policy expects, not always in the same place', () => {
    const { data } = staffFor('en');
    expect(data.selfCheck.situations.map((s) => s.id)).toEqual([
      'parent-friend-request',
      'pupil-follows-you',
      'trip-photos-own-phone',
      'parent-criticises-colleague',
      'tagged-at-a-party',
      'venting-after-a-hard-day',
      'former-pupil-messages',
    ]);
    const places = new Set(data.selfCheck.situations.map((s) => s.options.findIndex((o) => o.best)));
    expect(places.size).toBeGreaterThanOrEqual(3);
    for (const s of data.selfCheck.situations) expect(new Set(s.options.map((o) => o.id)).size, s.id).toBe(s.options.length);
  });

  it('the schema refuses a situation with no best answer, or two', () => {
    const raw = read('en') as { selfCheck: { situations: { options: { best: boolean }[] }[] } };
    const none = structuredClone(raw);
    for (const o of none.selfCheck.situations[0]!.options) o.best = false;
    expect(staffSchema.safeParse(none).success).toBe(false);
    const two = structuredClone(raw);
    for (const o of two.selfCheck.situations[0]!.options) o.best = true;
    expect(staffSchema.safeParse(two).success).toBe(false);
  });

  it('quotes the policy word for word', () => {
    const quotes = quotesIn(staffFor('en').data);
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    for (const quote of quotes) expect(policy, quote).toContain(squash(quote));
    // The check itself can fail: a quote with one word changed is not in the policy.
    expect(policy).not.toContain('All adults working with pupils have a duty to maintain public confidence');
  });

  it('sends every situation to a role the school has titled, in each language, with the safeguarding ones to the safeguarding lead', () => {
    for (const lang of locales) {
      const { data } = staffFor(lang);
      for (const role of rolesIn(data)) {
        const title = staffRole(role, lang);
        expect(title.text.length, role).toBeGreaterThan(3);
        expect(title.text[0], role).toBe(title.text[0]!.toLocaleUpperCase());
        expect(title.lang).toBe(lang);
      }
      expect(rolesIn(data)[0]).toBe('safeguardingLead');
      const safeguarding = data.selfCheck.situations.filter((s) => s.where === 'safeguardingLead').map((s) => s.id);
      expect(safeguarding).toEqual(['pupil-follows-you', 'former-pupil-messages']);
    }
  });

  it('fills the help line from the facts file, never a typed number', () => {
    const raw = readFileSync('content/staff/en.yaml', 'utf8');
    expect(raw).not.toMatch(/0800/);
    const text = JSON.stringify(staffFor('cy').data);
    expect(text).toContain('0800 1111');
    expect(text).not.toContain('{{');
  });
});
