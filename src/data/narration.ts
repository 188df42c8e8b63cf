/** Build-time facts about the recorded narration (public/audio/narration), for the devices page. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a device downloads to keep every recording of a language, e.g. "5.9 MB". */
export function narrationSize(lang: string): string {
  const dir = join(process.cwd(), 'public', 'audio', 'narration', lang);
  const bytes = readdirSync(dir)
    .filter((f) => f.endsWith('.mp3'))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
