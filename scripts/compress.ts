/**
 * Writes a gzip and a Brotli copy beside every text file in dist/, as a school's web server would
 * send them (scripts/serve.ts serves them; most servers can be set to). A lesson page's HTML
 * carries its pictures, so it shrinks about five times.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(html|js|css|svg|json|webmanifest|xml|txt)$/;

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : TEXT.test(name) ? [path] : [];
  });
}

let before = 0;
let after = 0;
for (const file of filesIn(process.argv[2] ?? 'dist')) {
  const body = readFileSync(file);
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(`${file}.br`, br);
  before += body.length;
  after += br.length;
}
console.log(`compressed: ${(before / 1024).toFixed(0)} KiB of text served as ${(after / 1024).toFixed(0)} KiB with Brotli`);
