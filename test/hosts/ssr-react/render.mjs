/**
 * The server pass of a server-rendered React app (what Next.js, Remix or Astro do with React): Node imports
 * iop-family and an element entry (the `node` export condition: nothing to define, nothing throws) and
 * renders the page with react-dom/server. The clinic data goes into the HTML: one element gets it as the
 * `clinic-json` attribute, the other as a child JSON script written with toJsonScript, with a clinic text
 * that tries to close the script. Writes index.html next to this file, for Vite to build the client.
 */
import {writeFileSync} from 'node:fs';
import {createElement as h} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {defineAll} from 'iop-family';
import {IopCareLevels} from 'iop-family/elements/iop-care-levels.js';
import {toJsonScript} from 'iop-family/json-script';
import {careLevels, schedule} from '../clinic-data.js';

/** A track name that would end a script written with bare JSON.stringify, and run the rest as markup. */
export const RISKY_NAME = `${schedule.tracks[0].name} </script><script>window.hacked = 1</script>`;
const riskySchedule = {...schedule, tracks: [{...schedule.tracks[0], name: RISKY_NAME}]};

await defineAll();
if (typeof IopCareLevels !== 'function') throw new Error('the element entry exports no class in Node');

const body = renderToStaticMarkup(
  h(
    'main',
    null,
    h('iop-care-levels', {id: 'json-attribute', 'clinic-json': JSON.stringify(careLevels)}),
    h(
      'iop-weekly-schedule',
      {id: 'json-script'},
      h('script', {type: 'application/json', dangerouslySetInnerHTML: {__html: toJsonScript(riskySchedule)}}),
    ),
  ),
);

writeFileSync(
  new URL('./index.html', import.meta.url),
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Clinic app: server-rendered with React 19</title>
  </head>
  <body>
    ${body}
    <script type="module" src="./client.js"></script>
  </body>
</html>
`,
);
