/** Keys into a lesson's pre-rendered art; shared by the build (lesson-art.ts) and the island, so it imports nothing. */
export const faceKey = (scene: { speaker: string; mood: string }) => `${scene.speaker}/${scene.mood}`;
