/**
 * What a lesson shows only later, in one chunk: the ending (when a pupil first reaches one) and
 * "Welcome back!" (when there is an unfinished attempt to offer). Neither is in what a child
 * waits for before the first choice.
 */
export { default as LessonEnd } from './LessonEnd.svelte';
export { default as LessonResume } from './LessonResume.svelte';
