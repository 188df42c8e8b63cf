/** Until pupils can pick themselves (the pupil-journey issue), the device has one player. */
export const DEVICE_PLAYER = 'device';
