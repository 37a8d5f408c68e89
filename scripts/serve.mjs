#!/usr/bin/env node
/**
 * Serves the demo clinic page (demo/index.html) and the built bundle (dist/) on localhost, under the strict
 * Content-Security-Policy the library is built to work under.
 *
 *   node scripts/serve.mjs [--port 8000]
 */
import {startServer} from './server.mjs';

const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 8000));
const {port: actual} = await startServer({port});
console.log(`iop-family demo clinic page: http://localhost:${actual}/  (Ctrl+C to stop)`);
