/**
 * Squarespace: the script cannot be hosted on the site, so it comes from the CDN (another origin) through Code
 * Injection, which Squarespace writes into the page's head; the element and its data sit in a Code block in
 * the body, inside the block wrappers Squarespace renders around it.
 */
import {expect} from '@open-wc/testing';
import {block, CDN, fromCdn, loadPage, rendered, shown} from './recipes.js';

describe('Squarespace recipe', () => {
  it('the CDN script in Code Injection (head) and a Code block in the body render the clinic’s schedule', async () => {
    const injection = await block('Squarespace', 'html', 0);
    const codeBlock = await block('Squarespace', 'html', 1);
    expect(injection).to.contain(CDN);
    expect(codeBlock).not.to.contain('<script type="module"');
    const body = `<main><article class="sections"><section class="page-section"><div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content">${codeBlock}</div></div></section></article></main>`;
    const {win, doc, errors} = await loadPage(injection, body);
    await rendered(doc);
    const schedule = doc.querySelector('iop-weekly-schedule')!;
    expect(shown(schedule)).to.contain('Evening track');
    expect(shown(schedule)).not.to.contain('sample schedule');
    expect(schedule.shadowRoot!.querySelector('[part="problems"]')).to.equal(null);
    const loaded = fromCdn(win);
    expect(loaded.some((url) => url.endsWith('/dist/iop-family.js'))).to.equal(true);
    expect(
      loaded.some((url) => url.includes('iop-weekly-schedule')),
      'the element’s code, next to the loader on the CDN',
    ).to.equal(true);
    expect(errors).to.deep.equal([]);
  });
});
