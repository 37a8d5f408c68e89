/**
 * The host pages the embedding tests load in an iframe, served by web-test-runner (see its config):
 *   /test/embed/page.html?bundles=module,classic&css=hostile&csp=strict&lang=es
 * Every element with clinic data, as a clinic's page would have them; no inline script or style.
 */
import {STRICT_CSP} from '../../scripts/server.mjs';

const BUNDLES = {
  module: '<script type="module" src="/dist/iop-family.js"></script>',
  'module-again': '<script type="module" src="/dist/iop-family.js?again"></script>',
  classic: '<script src="/dist/iop-family.iife.js" defer></script>',
};

const json = (data) => `<script type="application/json">${JSON.stringify(data)}</script>`;

const ELEMENTS = `
<main>
  <h1>Our Intensive Outpatient Program</h1>
  <div class="widget">
    <iop-care-levels>${json({clinic: 'Riverside', levels: {iop: {name: 'Evening IOP', hours: {min: 9, max: 12}}}})}</iop-care-levels>
  </div>
  <div class="widget">
    <iop-weekly-schedule>${json({
      tracks: [
        {
          id: 'evening',
          name: 'Evening',
          sessions: [
            {day: 'tue', start: '18:00', end: '21:00', type: 'group'},
            {day: 'thu', start: '18:00', end: '21:00', type: 'family'},
          ],
        },
        {id: 'morning', name: 'Morning', sessions: [{day: 'mon', start: '09:00', end: '12:00', type: 'skills'}]},
      ],
      phases: [{name: 'Phase 1', weeks: 4}],
    })}</iop-weekly-schedule>
  </div>
  <div class="widget">
    <iop-family-roles>${json({familyProgram: {name: 'Family Night', times: 'Thursdays'}})}</iop-family-roles>
  </div>
  <div class="widget">
    <iop-conversation-guide>${json({clinic: 'Riverside', intakeLine: {name: 'Intake', call: '(555) 010-0199 ext. 2'}})}</iop-conversation-guide>
  </div>
  <div class="widget">
    <iop-care-levels id="with-problem" highlight="nope"></iop-care-levels>
  </div>
</main>`;

export function hostPage(query) {
  const bundles = (query.get('bundles') ?? 'module').split(',');
  const css = query.get('css') === 'hostile' ? '<link rel="stylesheet" href="/test/embed/hostile.css" />' : '';
  return `<!doctype html>
<html lang="${query.get('lang') ?? 'en'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Embedding test page</title>
    <script src="/test/embed/record.js"></script>
    ${css}
    ${bundles.map((b) => BUNDLES[b] ?? '').join('\n    ')}
  </head>
  <body>${ELEMENTS}</body>
</html>`;
}

/** web-test-runner middleware serving the host pages, with the strict policy when asked. */
export function hostPageMiddleware() {
  return async (ctx, next) => {
    if (ctx.path !== '/test/embed/page.html') return next();
    ctx.type = 'html';
    ctx.body = hostPage(new URLSearchParams(ctx.querystring));
    ctx.set('Cache-Control', 'no-store');
    if (ctx.query.csp === 'strict') ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}
