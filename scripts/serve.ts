/**
 * Serves the built site (dist/) exactly as a school's web server would: static files, no
 * server-side code. Used by `npm start`, the end-to-end tests and the benchmarks.
 *   PORT=4321 HOST=127.0.0.1 node scripts/serve.ts
 * Use HOST=0.0.0.0 to reach it from other devices on the school network.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

export function startServer(dir: string, port: number, host: string): Promise<Server> {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root} has no built site: run "npm run build" first`);
  }
  const notFound = readFileSync(join(root, '404.html'));
  const files = sirv(root, {
    etag: true,
    // The .br and .gz copies scripts/compress.ts writes at build time.
    brotli: true,
    gzip: true,
    setHeaders(res, pathname) {
      // Hashed build assets never change; everything else is checked on every visit, so a new
      // version reaches the service worker promptly.
      res.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
    },
    onNoMatch(_req, res) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    },
  });
  const server = createServer((req, res) => files(req, res));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 4321);
  const host = process.env.HOST ?? '127.0.0.1';
  await startServer(process.env.DIST ?? 'dist', port, host);
  const shown = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
  console.log(`Terrific Tom is running at http://${shown}:${port}/ (press Ctrl+C to stop)`);
}
