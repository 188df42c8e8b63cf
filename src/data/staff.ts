/**
 * The staff area's content (content/staff/<lang>.yaml), and where each situation sends someone in
 * school: a role title from content/school.yaml, in the page's language.
 */
import type { Locale } from '../i18n/config';
import { staffSchema, type Staff, type StaffRole } from '../schemas/staff';
import { school, localize, type LocalizedString } from '../settings/school';
import { pickLocalized, type Localized } from './localized-file';

const staffFiles = import.meta.glob<string>('../../content/staff/*.yaml', { query: '?raw', import: 'default', eager: true });

export function staffFor(locale: Locale): Localized<Staff> {
  return pickLocalized(staffFiles, (lang) => `/staff/${lang}.yaml`, staffSchema, locale);
}

/** A role's title as a line starts with it ("Designated safeguarding lead", "Principal"). */
export function staffRole(role: StaffRole, locale: Locale): LocalizedString {
  const title = localize(role === 'safeguardingLead' ? school.safeguardingLead : school.staffRoles[role], locale);
  return { ...title, text: title.text.charAt(0).toLocaleUpperCase(title.lang) + title.text.slice(1) };
}

/** Every role the self-check sends someone to, once each: the safeguarding lead first, then as they appear. */
export function rolesIn(staff: Staff): StaffRole[] {
  const roles = [...new Set(staff.selfCheck.situations.map((s) => s.where))];
  return [...roles.filter((r) => r === 'safeguardingLead'), ...roles.filter((r) => r !== 'safeguardingLead')];
}
