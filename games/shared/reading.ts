/**
 * What a game's read-aloud button says, as parts the site records once each (scripts/lib/
 * narration-texts.ts asks each game for every part its KS1 rounds can say: GameModule.spoken).
 * Pure, no Phaser: the scene reads with these, and so does the narration script.
 */

/** The buttons on offer, numbered as the keys are: "1.", "Send it", "2.", "Make it kind". */
export function choiceParts(labels: readonly string[]): string[] {
  return labels.flatMap((label, i) => [`${i + 1}.`, label]);
}

/** Tom's reply after a choice (or after the clock ran out): his headline, then why. */
export interface Reply {
  correct: boolean;
  headline: string;
  /** What Tom says next, in parts; shown joined with spaces. */
  detail: string[];
}

/** Tom's reply as parts to read. */
export const replyParts = (reply: Reply): string[] => [reply.headline, ...reply.detail];
