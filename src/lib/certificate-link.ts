/**
 * The certificate page's address for a finished lesson. Certificate.svelte reads the same names
 * back; the attempt is there only for a pupil, so the page can show their name from the device.
 */
export interface CertificateFor {
  lessonId: string;
  stars: number;
  pledgeId?: string | null;
  attemptId?: string | undefined;
}

export function certificateLink(base: string, { lessonId, stars, pledgeId, attemptId }: CertificateFor): string {
  const params = new URLSearchParams({ lesson: lessonId, stars: String(stars) });
  if (pledgeId) params.set('pledge', pledgeId);
  if (attemptId) params.set('attempt', attemptId);
  return `${base}?${params.toString()}`;
}
