/**
 * The pupil id used for play that is not stored: a guest, or nobody chosen yet. Attempts are
 * never written under it; it only keys lookups that find nothing.
 */
export const GUEST_PLAYER = 'guest';
