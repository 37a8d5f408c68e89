/**
 * The one-script embed on the pages clinics really have: a strict Content-Security-Policy with Trusted Types,
 * several copies of the library on one page, and a hostile stylesheet. Each test loads a host page (see
 * host-page.mjs) in an iframe, uses every element as a reader would, and checks what the page recorded.
 */
import {expect} from '@open-wc/testing';
import {until as waitUntil} from '../helpers/wait.js';

const TAGS = ['iop-care-levels', 'iop-weekly-schedule', 'iop-family-roles', 'iop-conversation-guide'] as const;

interface Recorded {
  violations: string[];
  errors: string[];
  warnings: string[];
}
type HostWindow = Window & typeof globalThis & {recorded: Recorded};

/** Host pages in an iframe take longer than a fixture: up to 5 s. */
const until = (check: () => boolean, what: string): Promise<void> => waitUntil(check, what, 500);

/** Loads a host page in an iframe of the given width and waits until every element has rendered. */
async function loadHostPage(
  query: string,
  width = 1000,
  height = 900,
): Promise<{frame: HTMLIFrameElement; win: HostWindow; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.src = `/test/embed/page.html?${query}`;
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, {once: true});
  });
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as HostWindow;
  await until(
    () => [...doc.querySelectorAll(TAGS.join(','))].every((el) => !!el.shadowRoot?.querySelector('[part="base"]')),
    'every element to render',
  );
  return {frame, win, doc};
}

const shadow = (doc: Document, selector: string): ShadowRoot => doc.querySelector(selector)!.shadowRoot!;
const pause = (ms = 30): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Uses every element as a reader would: choices, tracks, busy times, calendar, steps, the plan, sources. */
async function useEverything(win: HostWindow, doc: Document): Promise<void> {
  // Downloads and printing are stubbed: the test checks the code paths, not the browser's dialogs.
  win.HTMLAnchorElement.prototype.click = function () {
    win.document.body.dataset.downloads = String(Number(win.document.body.dataset.downloads ?? 0) + 1);
  };
  win.print = () => undefined;

  const levels = shadow(doc, 'iop-care-levels');
  levels.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
  [...levels.querySelectorAll('button')].find((b) => b.textContent.includes('support'))?.click();

  const schedule = shadow(doc, 'iop-weekly-schedule');
  schedule.querySelectorAll<HTMLInputElement>('input[name="track"]')[1]!.click();
  await pause();
  schedule.querySelector<HTMLButtonElement>('#add-busy')!.click();
  await pause();
  [...schedule.querySelectorAll('button')].find((b) => b.textContent.includes('List'))!.click();
  [...schedule.querySelectorAll('button')].find((b) => b.textContent.includes('calendar'))!.click();
  [...schedule.querySelectorAll('button')].find((b) => b.textContent.includes('Print'))!.click();
  win.dispatchEvent(new win.Event('afterprint'));

  const roles = shadow(doc, 'iop-family-roles');
  roles.querySelectorAll<HTMLInputElement>('input[name="relationship"]')[2]!.click();
  roles.querySelectorAll<HTMLInputElement>('input[name="stage"]')[1]!.click();

  const guide = shadow(doc, 'iop-conversation-guide');
  for (let i = 0; i < 5; i++) {
    [...guide.querySelectorAll('button')].find((b) => b.textContent.includes('Next step'))!.click();
    await pause(5);
  }
  guide.querySelectorAll<HTMLInputElement>('input[name="scenario"]')[3]!.click();
  const worries = guide.querySelector<HTMLTextAreaElement>('textarea[name="worries"]')!;
  worries.value = 'How tired they seem.';
  worries.dispatchEvent(new win.Event('input', {bubbles: true, composed: true}));
  [...guide.querySelectorAll('button')].find((b) => b.textContent.includes('Download as text'))!.click();
  [...guide.querySelectorAll('button')].find((b) => b.textContent.includes('Print my plan'))!.click();
  await pause();
  win.dispatchEvent(new win.Event('afterprint'));

  for (const tag of TAGS) {
    const details = doc.querySelector(tag)!.shadowRoot!.querySelector<HTMLDetailsElement>('[part="sources"] details')!;
    details.open = true;
  }
  await until(() => TAGS.every((tag) => !!doc.querySelector(tag)!.shadowRoot!.querySelector('[part="sources"] cite')), 'sources');
  await until(() => doc.body.dataset.downloads === '2', 'both downloads');
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('embedding under a strict Content-Security-Policy with Trusted Types', () => {
  it('renders and works with no violation, no request to another origin, and no cookie or storage', async () => {
    const storageBefore = localStorage.length + sessionStorage.length;
    const {win, doc} = await loadHostPage('csp=strict&bundles=module');
    await useEverything(win, doc);
    // The element with a bad attribute loaded its problem sentences (a lazy chunk) under the policy too.
    await until(() => !!shadow(doc, '#with-problem').querySelector('[part="problems"] details'), 'problem details');

    expect(win.recorded.violations).to.deep.equal([]);
    expect(win.recorded.errors).to.deep.equal([]);
    expect(win.recorded.warnings.filter((w) => !w.includes('highlight'))).to.deep.equal([]);
    const resources = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(resources.length).to.be.greaterThan(3);
    expect(resources.filter((url) => new URL(url).origin !== win.location.origin)).to.deep.equal([]);
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length + win.sessionStorage.length).to.equal(storageBefore);
    expect(await win.indexedDB.databases()).to.deep.equal([]);
    expect(await win.caches.keys()).to.deep.equal([]);
    // What the reader did took effect.
    expect(shadow(doc, 'iop-weekly-schedule').querySelectorAll('.busy-list li')).to.have.length(1);
    expect(shadow(doc, 'iop-conversation-guide').querySelector('#step-heading')!.textContent).to.contain('Step 6 of 6');
    expect(shadow(doc, 'iop-family-roles').querySelector('#panel-heading')!.textContent).to.contain('Parent of an adult child');
    // As built (minified templates): the clinic's name, then its intake line, dialled by its digits.
    const intake = shadow(doc, 'iop-conversation-guide').querySelector('[part="help-lines"] li')!;
    expect(intake.querySelector('.line-name')!.textContent).to.equal('Riverside: Intake');
    expect(intake.querySelector('a')!.getAttribute('href')).to.equal('tel:5550100199,2');
  });

  it('renders Spanish under the same policy', async () => {
    const {win, doc} = await loadHostPage('csp=strict&bundles=module&lang=es');
    expect(shadow(doc, 'iop-care-levels').querySelector('[part="heading"]')!.textContent).to.contain('Niveles de atención');
    expect(shadow(doc, 'iop-conversation-guide').querySelector('#step-heading')!.textContent).to.contain('Paso 1 de 6');
    expect(win.recorded.violations).to.deep.equal([]);
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('renders with the classic script under the same policy', async () => {
    const {win, doc} = await loadHostPage('csp=strict&bundles=classic');
    expect(shadow(doc, 'iop-family-roles').querySelectorAll('.role')).to.have.length(6);
    expect(win.recorded.violations).to.deep.equal([]);
    expect(win.recorded.errors).to.deep.equal([]);
  });
});

describe('several copies of the library on one page', () => {
  it('the classic script, the module and the module again: no error, no warning, everything works', async () => {
    const {win, doc} = await loadHostPage('bundles=classic,module,module-again');
    await useEverything(win, doc);
    expect(win.recorded.errors).to.deep.equal([]);
    expect(win.recorded.warnings.filter((w) => !w.includes('highlight'))).to.deep.equal([]);
    expect(shadow(doc, 'iop-weekly-schedule').querySelectorAll('.busy-list li')).to.have.length(1);
  });
});

describe('a hostile host stylesheet at 320px', () => {
  it('keeps the text readable and nothing wider than the viewport', async () => {
    const {win, doc} = await loadHostPage('bundles=module&css=hostile', 320);
    await pause(100);
    for (const tag of TAGS) {
      // The host's own text may overflow (white-space: nowrap is theirs); the elements must not.
      expect(doc.querySelector(tag)!.getBoundingClientRect().right, tag).to.be.at.most(320.5);
      const root = doc.querySelector(tag)!.shadowRoot!;
      for (const node of root.querySelectorAll('*')) {
        const box = node.getBoundingClientRect();
        if (box.width > 0) expect(box.right, `${tag} ${node.localName}.${String(node.getAttribute('class'))}`).to.be.at.most(320.5);
      }
      const paragraph = root.querySelector('p')!;
      const style = win.getComputedStyle(paragraph);
      expect(parseFloat(style.fontSize), `${tag} text size`).to.be.at.least(16);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), `${tag} line height`).to.be.at.most(1.6);
      expect(style.textTransform, `${tag} uppercase`).to.equal('none');
      // Letter and word spacing do come through: that is how readers' text-spacing tools reach the text (WCAG 1.4.12).
      expect(style.letterSpacing, `${tag} letter spacing`).to.equal(win.getComputedStyle(doc.body).letterSpacing);
      expect(style.whiteSpace, `${tag} wrapping`).to.equal('normal');
      expect(style.fontStyle, `${tag} italic`).to.equal('normal');
    }
  });
});
