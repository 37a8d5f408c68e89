#!/usr/bin/env node
/**
 * Serves the demo clinic page (demo/index.html) and the built bundle (dist/) on localhost, with the strict
 * Content-Security-Policy (Trusted Types included) that the library is built to work under.
 *
 *   node scripts/serve.mjs [--port 8000]
 */
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 8000));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
};

export const STRICT_CSP =
  "default-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The file for a URL path, kept inside the repository; '/' is the demo page. */
function fileFor(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  const relative = path === '/' ? 'demo/index.html' : path.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  return file.startsWith(root) && !relative.split(/[\\/]/).includes('..') ? file : undefined;
}

const server = createServer(async (request, response) => {
  let file = fileFor(request.url ?? '/');
  try {
    if (!file) throw new Error('outside');
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': STRICT_CSP,
      'Cache-Control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'});
    response.end(`Not found: ${request.url}${file?.includes(`${sep}dist${sep}`) ? ' (run npm run build first)' : ''}`);
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`iop-family demo clinic page: http://localhost:${port}/  (Ctrl+C to stop)`);
});
