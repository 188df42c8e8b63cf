/**
 * Tom's poses, named once: the site draws each one (src/components/art/Tom.svelte), writes each
 * to a picture for the games (src/pages/games/tom/[pose].svg.ts), and the games load them by
 * name (games/shared/turn-scene.ts). The lesson moods, plus a wave for greetings.
 */
export const TOM_POSES = ['happy', 'wave', 'thinking', 'worried', 'sad', 'cheering'] as const;
export type TomPose = (typeof TOM_POSES)[number];
