/**
 * The parents' area content, read at build time (and by the unit tests) from content/packs,
 * content/parents, content/workshop and content/agreements. Each document comes in the page's language where it is
 * translated; otherwise the English, with `lang` saying so, so the page can mark it.
 */
import type { Locale } from '../i18n/config';
import {
  packSchema,
  parentDocsSchema,
  workshopSchema,
  packIdSchema,
  type Pack,
  type PackId,
  type ParentDocs,
  type Workshop,
} from '../schemas/pack';
import { pupilAgreementSchema, type PupilAgreement } from '../schemas/agreement';
import { pickLocalized as pick, type Localized } from './localized-file';

export type { Localized } from './localized-file';

const packFiles = import.meta.glob<string>('../../content/packs/*/*.yaml', { query: '?raw', import: 'default', eager: true });
const docFiles = import.meta.glob<string>('../../content/parents/*.yaml', { query: '?raw', import: 'default', eager: true });
const workshopFiles = import.meta.glob<string>('../../content/workshop/*.yaml', { query: '?raw', import: 'default', eager: true });
const agreementFiles = import.meta.glob<string>('../../content/agreements/*.yaml', { query: '?raw', import: 'default', eager: true });

/** The packs in the order parents meet them. */
export const PACK_IDS: readonly PackId[] = packIdSchema.options;

export function packFor(id: PackId, locale: Locale): Localized<Pack> {
  return pick(packFiles, (lang) => `/packs/${id}/${lang}.yaml`, packSchema, locale);
}

export function packsFor(locale: Locale): Localized<Pack>[] {
  return PACK_IDS.map((id) => packFor(id, locale));
}

export function parentDocsFor(locale: Locale): Localized<ParentDocs> {
  return pick(docFiles, (lang) => `/parents/${lang}.yaml`, parentDocsSchema, locale);
}

export function workshopFor(locale: Locale): Localized<Workshop> {
  return pick(workshopFiles, (lang) => `/workshop/${lang}.yaml`, workshopSchema, locale);
}

/** The pupils' Acceptable Use agreement (both age bands), from content/agreements/<lang>.yaml. */
export function pupilAgreementFor(locale: Locale): Localized<PupilAgreement> {
  return pick(agreementFiles, (lang) => `/agreements/${lang}.yaml`, pupilAgreementSchema, locale);
}
