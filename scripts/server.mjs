/**
 * A small static server for the repository: the demo page, the built bundle and the benchmark pages. It
 * sends the strict Content-Security-Policy (Trusted Types included) the library is built to work under.
 */
import {createServer} from 'node:http';
import {brotliCompressSync, constants} from 'node:zlib';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** No inline script or style, no other origin, and only Lit's Trusted Types policy. */
export const STRICT_CSP =
  "default-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Brotli for text when the browser accepts it, as any CDN or web server would. */
function send(request, response, status, headers, body) {
  const text = /^(text\/|application\/json)/.test(headers['Content-Type'] ?? '');
  if (text && /\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
    const compressed = brotliCompressSync(body, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}});
    response.writeHead(status, {...headers, 'Content-Encoding': 'br', Vary: 'Accept-Encoding'});
    response.end(compressed);
    return;
  }
  response.writeHead(status, headers);
  response.end(body);
}

/** The file for a URL path, kept inside the repository; '/' is the demo page. */
function fileFor(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  const relative = path === '/' ? 'demo/index.html' : path.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  return file.startsWith(root) && !relative.split(/[\\/]/).includes('..') ? file : undefined;
}

/**
 * Starts serving on 127.0.0.1 (`port` 0 picks a free one). `pages` maps extra URL paths to HTML generated in
 * memory (the benchmark's pages); `csp` false leaves the policy off (for static snapshots that carry inline styles).
 */
export function startServer({port = 8000, pages = new Map(), csp = true} = {}) {
  const server = createServer(async (request, response) => {
    const url = request.url ?? '/';
    const headers = {'Cache-Control': 'no-store', ...(csp ? {'Content-Security-Policy': STRICT_CSP} : {})};
    const page = pages.get(url.split('?')[0]);
    if (page !== undefined) {
      send(
        request,
        response,
        200,
        {...headers, 'Content-Type': TYPES['.html']},
        Buffer.from(typeof page === 'function' ? page(url) : page),
      );
      return;
    }
    let file = fileFor(url);
    try {
      if (!file) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      send(request, response, 200, {...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream'}, body);
    } catch {
      response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'});
      response.end(`Not found: ${url}${url.startsWith('/dist/') ? ' (run npm run build first)' : ''}`);
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve({server, port: server.address().port}));
  });
}
