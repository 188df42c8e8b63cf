/**
 * Animal avatars a pupil picks to mean "me", so a pupil who cannot read yet can find themselves.
 * A plain list: storage and islands import it, so it must not pull in zod.
 */
export const avatarIds = [
  'fox',
  'cat',
  'dog',
  'owl',
  'frog',
  'bear',
  'rabbit',
  'panda',
  'lion',
  'penguin',
  'duck',
  'mouse',
  'tiger',
  'koala',
  'turtle',
  'bee',
] as const;
export type AvatarId = (typeof avatarIds)[number];
