/**
 * Wix: a Custom Element is a script URL and a tag name. Wix loads the script itself and creates the element in
 * its own wrapper, and the page's code (Velo) can only set attributes, as text. Which way Wix loads the script
 * (a classic script or a module) is not documented, so the classic build is tried both ways. The README's
 * Velo code runs against a stand-in for `$w` that does what Wix does: `setAttribute` with a text value, once
 * the page is ready.
 */
import {expect} from '@open-wc/testing';
import {block, CDN, fromCdn, loadPage, rendered, shown, until, viaCdn} from './recipes.js';

interface WixElement {
  setAttribute(name: string, value: unknown): void;
}
type Dollar = ((selector: string) => WixElement) & {onReady(callback: () => void): void};

async function wixPage(scriptType: 'classic' | 'module'): Promise<{doc: Document; win: Window; errors: string[]}> {
  const settings = await block('Wix', 'text');
  const serverUrl = /^Server URL: (\S+)$/m.exec(settings)![1]!;
  const tagName = /^Tag Name: (\S+)$/m.exec(settings)![1]!;
  expect(serverUrl.startsWith(CDN)).to.equal(true);
  const velo = await block('Wix', 'js');

  // Wix's page: the element in its wrapper, created by Wix with no attributes; then Wix adds the script.
  const {doc, win, errors} = await loadPage('', '<div id="SITE_CONTAINER"><div id="comp-customElement1"></div></div>');
  const element = doc.createElement(tagName);
  doc.querySelector('#comp-customElement1')!.append(element);
  const script = doc.createElement('script');
  if (scriptType === 'module') script.type = 'module';
  script.src = await viaCdn(serverUrl);
  doc.head.append(script);

  // Velo: $w('#customElement1') is that element; setAttribute reaches it as text.
  const $w = ((selector: string) => {
    expect(selector).to.equal('#customElement1');
    return {
      setAttribute: (name: string, value: unknown) => {
        element.setAttribute(name, String(value));
      },
    };
  }) as Dollar;
  $w.onReady = (callback) => setTimeout(callback, 50);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const runPageCode = new Function('$w', velo) as (dollar: Dollar) => void;
  runPageCode($w);
  return {doc, win, errors};
}

describe('Wix recipe', () => {
  for (const scriptType of ['classic', 'module'] as const) {
    it(`the classic build loaded as a ${scriptType} script renders the data Velo set as a JSON attribute`, async () => {
      const {doc, win, errors} = await wixPage(scriptType);
      const element = doc.querySelector('iop-care-levels')!;
      await until(() => element.hasAttribute('clinic-json'), 'Velo to set the attribute');
      await rendered(doc);
      await until(() => shown(element).includes('Evening IOP'), 'the clinic’s program');
      expect(shown(element)).to.contain('Riverside Recovery Center');
      expect(element.shadowRoot!.querySelector('[part="problems"]')).to.equal(null);
      expect(fromCdn(win).some((url) => url.endsWith('/dist/iop-family.iife.js'))).to.equal(true);
      expect(errors).to.deep.equal([]);
    });
  }
});
