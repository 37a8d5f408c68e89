/**
 * The public CDN, reproduced for the CMS recipe tests: the README's pinned jsDelivr URLs are rewritten to
 * `/cdn/npm/iop-family@<version>/…` on the test server's other name (127.0.0.1 when the page is on localhost,
 * so another origin, as jsDelivr is for a clinic's site), served from the local `dist/` with the header
 * jsDelivr sends (`Access-Control-Allow-Origin: *`), without which a cross-origin module would not load.
 */
const CDN_PATH = /^\/cdn\/npm\/iop-family@[^/]+\/dist\//;

export function cdnMiddleware() {
  return async (ctx, next) => {
    if (ctx.path === '/cdn/origin') {
      // The test server listens on every interface; the CDN is the same server under the other name.
      const port = ctx.req.socket.localPort;
      ctx.body = {origin: ctx.hostname === '127.0.0.1' ? `http://localhost:${port}` : `http://127.0.0.1:${port}`};
      return;
    }
    if (!CDN_PATH.test(ctx.path)) return next();
    ctx.url = ctx.url.replace(/^\/cdn\/npm\/iop-family@[^/]+/, '');
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cache-Control', 'no-store');
    return next();
  };
}
