/**
 * The README's fallback, as pasted: the light-DOM text and link inside an element, and the stylesheet rule
 * that reserves the element's space while the script loads but shows the fallback when the script never
 * runs. Each case is a page of its own in an iframe, built from the README's own code blocks.
 */
import {expect} from '@open-wc/testing';
import {readmeBlocks} from '../helpers/readme.js';
import {until as waitUntil} from '../helpers/wait.js';

const until = (check: () => boolean, what: string): Promise<void> => waitUntil(check, what, 800);

/** The html and css blocks of one README section, as written there. */
async function readmeSnippets(...headings: string[]): Promise<{html: string; css: string}> {
  const blocks = await readmeBlocks(...headings);
  const block = (lang: string): string => {
    const found = blocks.find((each) => each.lang === lang);
    if (!found) throw new Error(`no ${lang} block in README's "${headings.join(' › ')}"`);
    return found.code;
  };
  return {html: block('html'), css: block('css')};
}

/** A page with the README's stylesheet rule and fallback, and `script`, in an iframe (`sandbox` when given). */
async function page(script: string, sandbox?: string): Promise<{doc: Document; element: HTMLElement; fallback: HTMLElement}> {
  const {html, css} = await readmeSnippets('## Embed', '### While the elements load, and if the script never runs');
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '1200';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.srcdoc = `<!doctype html><html lang="en"><head><style>${css}</style>${script}</head><body>${html}<p id="below">Below</p></body></html>`;
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, {once: true});
  });
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const element = doc.querySelector<HTMLElement>('iop-care-levels')!;
  return {doc, element, fallback: element.querySelector('p')!};
}

const visibility = (element: Element): string => getComputedStyle(element).visibility;
const height = (element: Element): number => element.getBoundingClientRect().height;
const remPx = (doc: Document): number => parseFloat(getComputedStyle(doc.documentElement).fontSize);

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('the fallback inside an element (README)', () => {
  it('is hidden in the reserved space while the script loads, then shown when it never arrives', async function () {
    this.timeout(12000);
    const {doc, element, fallback} = await page('<script type="module" src="/dist/never-there.js"></script>');
    const started = performance.now();
    expect(visibility(fallback), 'hidden while loading').to.equal('hidden');
    expect(height(element)).to.equal(60 * remPx(doc));

    await until(() => visibility(fallback) === 'visible', 'the fallback to show');
    expect(performance.now() - started, 'shown only after the wait').to.be.greaterThan(3000);
    // Only the fallback's own height now: no 60rem blank box left.
    expect(height(element)).to.be.lessThan(10 * remPx(doc));
    expect(height(element)).to.be.greaterThan(0);
    const link = fallback.querySelector('a')!;
    expect(link.textContent).to.equal('Read about the levels of care');
    expect(link.getAttribute('href')).to.equal('/levels-of-care');
    expect(element.matches(':defined')).to.equal(false);
  });

  it('shows at once when the browser runs no scripts', async () => {
    // A sandboxed frame without allow-scripts runs no scripts: `@media (scripting: none)` applies.
    const {element, fallback} = await page('<script type="module" src="/dist/iop-family.js"></script>', 'allow-same-origin');
    expect(visibility(fallback)).to.equal('visible');
    expect(height(element)).to.be.greaterThan(0);
    // The fallback's own height (its margins collapse through the element): nothing reserved.
    expect(Math.abs(height(element) - height(fallback))).to.be.lessThan(1);
    expect(element.matches(':defined')).to.equal(false);
  });

  it('is never shown once the element is defined, which draws itself in the same place', async () => {
    const {doc, element, fallback} = await page('<script type="module" src="/dist/iop-family.js"></script>');
    await until(() => !!element.shadowRoot?.querySelector('[part="base"]'), 'the element to render');
    // Light-DOM children have no box inside a shadow root without slots.
    expect(fallback.getClientRects().length).to.equal(0);
    expect(element.shadowRoot!.textContent).to.contain('Levels of care');
    expect(height(element)).to.be.greaterThan(height(doc.getElementById('below')!));
  });
});
