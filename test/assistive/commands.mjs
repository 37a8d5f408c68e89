/**
 * Test-runner commands that show what assistive technology and readers' own settings get from a page, through
 * the browser's DevTools protocol: Chromium's accessibility tree (what a screen reader reads), the accessible
 * name and role of chosen nodes, media emulation (forced colours in a light or dark theme), and screenshots
 * of a region (what a low-vision reader sees). Used by the tests in test/assistive and by test/helpers/page.ts.
 */

import {commandsPlugin} from '../helpers/commands-plugin.mjs';

/** The protocol session of a page, one per page: emulation lasts only as long as its session. */
const sessions = new WeakMap();
async function protocolOf(page) {
  const cdp = sessions.get(page) ?? (await page.createCDPSession());
  sessions.set(page, cdp);
  return cdp;
}

const commands = {
  /**
   * `{active: boolean, colorScheme?: 'light' | 'dark'}`: puppeteer's emulateMediaFeatures does not know
   * forced-colors. The colour scheme picks the high-contrast theme; without it, Chromium's default one.
   */
  async 'emulate-forced-colors'(page, {active, colorScheme}) {
    const features = [
      {name: 'forced-colors', value: active ? 'active' : 'none'},
      {name: 'prefers-color-scheme', value: active && colorScheme ? colorScheme : ''},
    ];
    await (await protocolOf(page)).send('Emulation.setEmulatedMedia', {features});
    return true;
  },

  /** Every node of the accessibility tree a screen reader can reach (ignored ones left out), as `{role, name}`. */
  async 'accessibility-tree'(page) {
    const {nodes} = await (await protocolOf(page)).send('Accessibility.getFullAXTree');
    return nodes.filter((node) => !node.ignored).map((node) => ({role: node.role?.value ?? '', name: node.name?.value ?? ''}));
  },

  /**
   * The role and accessible name of every element (shadow roots included) carrying `data-probe`, as
   * `{probe, role, name}`, computed by the browser as a screen reader gets them.
   */
  async 'accessible-names'(page) {
    const handles = await page.$$('pierce/[data-probe]');
    const found = [];
    for (const handle of handles) {
      const probe = await handle.evaluate((element) => element.getAttribute('data-probe'));
      const node = await page.accessibility.snapshot({root: handle, interestingOnly: false});
      found.push({probe, role: node?.role ?? '', name: node?.name ?? ''});
      await handle.dispose();
    }
    return found;
  },

  /** A PNG screenshot (base64) of the page region `{x, y, width, height}` in CSS pixels of the viewport. */
  async 'screenshot-region'(page, {x, y, width, height}) {
    return page.screenshot({encoding: 'base64', clip: {x, y, width, height}, captureBeyondViewport: false});
  },
};

/** The commands as a web-test-runner plugin. */
export const assistiveCommandsPlugin = () => commandsPlugin('iop-assistive-commands', commands);
