#!/usr/bin/env node
/**
 * Screenshots of a page in headless Chromium, for looking at what was built.
 *
 *   node scripts/screenshot.mjs <url> <out-prefix> [width ...]
 *
 * Writes <out-prefix>-<width>.png (full page) for each width (default 320 and 1200). With SLICE=<px> set,
 * writes <out-prefix>-<width>-<n>.png slices of that height instead, scrolling to each: easier to read on a long
 * page, and painted as a reader scrolling sees it.
 * Uses CHROME_PATH or /usr/bin/chromium.
 */
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.mjs';

const [url, prefix, ...widths] = process.argv.slice(2);
if (!url || !prefix) {
  console.error('usage: node scripts/screenshot.mjs <url> <out-prefix> [width ...]');
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`[page ${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) console.log(`[http ${response.status()}] ${response.url()}`);
  });
  for (const width of (widths.length > 0 ? widths : ['320', '1200']).map(Number)) {
    await page.setViewport({width, height: 900});
    await page.goto(url, {waitUntil: 'networkidle0'});
    await new Promise((resolve) => setTimeout(resolve, 300));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const note = overflow > 0 ? `  (page scrolls sideways by ${overflow}px)` : '';
    const slice = Number(process.env.SLICE ?? 0);
    if (!slice) {
      await page.screenshot({path: `${prefix}-${width}.png`, fullPage: true});
      console.log(`${prefix}-${width}.png${note}`);
      continue;
    }
    // Scroll to each slice and capture the viewport, as a reader sees it: the elements use
    // content-visibility: auto, so parts of a full-page capture far from the viewport are never painted.
    await page.setViewport({width, height: slice});
    for (let y = 0, n = 1; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += slice, n++) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const path = `${prefix}-${width}-${String(n).padStart(2, '0')}.png`;
      await page.screenshot({path});
      console.log(`${path}${note}`);
    }
  }
} finally {
  await browser.close();
}
