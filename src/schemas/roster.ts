/**
 * The avatar ids, as a plain list: the storage layer and islands import this, so it must not pull
 * in zod (the import-file schema will build its enum from this list).
 * Animal avatars a pupil picks to mean "me", so a pupil who cannot read yet can find themselves.
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
