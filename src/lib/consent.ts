/**
 * Social media consent, as the family gave it on the school's social media consent form: may
 * images of the child (photos and videos), and may the child's work, go on the academy's own
 * social media accounts. Pure rules, no storage: what a pupil's answers are when none were
 * recorded, and who must be kept out of photos and posts.
 */
import type { PupilRecord } from './records';
import { byName } from './roster';

export const CONSENT_ANSWERS = ['yes', 'no', 'not-returned'] as const;
export type ConsentAnswer = (typeof CONSENT_ANSWERS)[number];

/** What the form asks about: images of the child (photos and videos), and the child's work. */
export const CONSENT_KINDS = ['images', 'work'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export type Consent = Record<ConsentKind, ConsentAnswer>;

/** No answer recorded means no form came back: never read as permission. */
export const NO_FORM: Consent = { images: 'not-returned', work: 'not-returned' };

export function consentOf(pupil: Pick<PupilRecord, 'consent'>): Consent {
  return { ...NO_FORM, ...pupil.consent };
}

/** A pupil who must be left out, and why: the family said no, or the form has not come back. */
export interface Withheld<P> {
  pupil: P;
  answer: Exclude<ConsentAnswer, 'yes'>;
}

/** Everyone without a "yes" for this kind, in register order. */
export function withheld<P extends Pick<PupilRecord, 'name' | 'consent'>>(pupils: readonly P[], kind: ConsentKind): Withheld<P>[] {
  return pupils
    .flatMap((pupil) => {
      const answer = consentOf(pupil)[kind];
      return answer === 'yes' ? [] : [{ pupil, answer }];
    })
    .sort((a, b) => byName(a.pupil, b.pupil));
}
