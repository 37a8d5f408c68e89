import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {hostPageMiddleware} from './test/embed/host-page.mjs';
import {cdnMiddleware} from './test/cms/cdn.mjs';
import {CHROMIUM_ARGS} from './scripts/chromium.mjs';
import {assistiveCommandsPlugin} from './test/assistive/commands.mjs';
import {readabilityCommandsPlugin} from './test/readability/commands.mjs';

/**
 * Browser tests in headless Chromium (Debian's /usr/bin/chromium is found automatically; set CHROME_PATH to
 * use another). The host-resolver rule keeps Chromium from looking up outside hosts on a closed network.
 */
const args = ['--headless=new', ...CHROMIUM_ARGS];

/**
 * Every test page: Lit's one-off "dev mode" notice is silenced, and any other Lit dev warning (a wrong
 * binding, an update scheduled after an update…) fails the test that caused it.
 */
const testRunnerHtml = (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <script>
      window.litIssuedWarnings = new Set(['dev-mode']);
      window.litDevWarnings = [];
      const warn = console.warn;
      console.warn = (...parts) => {
        if (String(parts[0]).includes('lit.dev/msg')) window.litDevWarnings.push(String(parts[0]));
        warn.apply(console, parts);
      };
    </script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
    <script type="module">
      afterEach(() => {
        const found = window.litDevWarnings.splice(0);
        if (found.length > 0) throw new Error('Lit dev warning: ' + found.join(' | '));
      });
    </script>
  </body>
</html>`;

export default {
  testRunnerHtml,
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // The host pages of the embedding tests, some under the strict Content-Security-Policy; the public CDN of the CMS recipes.
  middleware: [hostPageMiddleware(), cdnMiddleware()],
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'auto'}), assistiveCommandsPlugin(), readabilityCommandsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        ...(process.env.CHROME_PATH ? {executablePath: process.env.CHROME_PATH} : {}),
        headless: true,
        args,
      },
    }),
  ],
  testFramework: {config: {timeout: 10000}},
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
};
