/**
 * Google Tag Manager: a Custom HTML tag is added to the page after it loaded, appended to the end of the body
 * (GTM creates its script elements so they run). The README's tag listens for the elements' events on the
 * document and pushes to `dataLayer`; a reader's clicks and a clinic's bad data then push entries with no
 * personal or clinic data in them.
 */
import {expect} from '@open-wc/testing';
import {block, CDN, loadPage, rendered, until} from './recipes.js';

type Win = Window & typeof globalThis & {dataLayer?: Record<string, unknown>[]};

/** What GTM does when the tag fires: its HTML goes at the end of the body, and its scripts run. */
function fireCustomHtmlTag(win: Win, html: string): void {
  const template = win.document.createElement('template');
  template.innerHTML = html;
  for (const node of [...template.content.childNodes]) {
    if (node instanceof win.HTMLScriptElement) {
      const script = win.document.createElement('script');
      script.text = node.text;
      win.document.body.append(script);
    } else win.document.body.append(node);
  }
}

describe('Google Tag Manager recipe', () => {
  it('pushes what the reader chose and what was wrong with the data, and nothing personal', async () => {
    const tag = await block('Google Tag Manager', 'html');
    const clinic = JSON.stringify({clinic: 'Riverside Recovery Center', intakeLine: {name: 'Intake', call: '(555) 010-0199'}});
    const {win, doc} = await loadPage(
      `<script type="module" src="${CDN}0.2.0/dist/iop-family.js"></script>`,
      `<iop-care-levels></iop-care-levels><iop-family-roles></iop-family-roles><iop-conversation-guide clinic-json='${clinic}'></iop-conversation-guide>`,
    );
    await rendered(doc);
    const w = win as Win;
    w.dataLayer = [{event: 'gtm.js'}];
    fireCustomHtmlTag(w, tag);
    const pushed = (): Record<string, unknown>[] => w.dataLayer!.slice(1);

    const levels = doc.querySelector('iop-care-levels')!.shadowRoot!;
    const php = [...levels.querySelectorAll<HTMLInputElement>('input[name="level"]')].find((input) => input.value === 'php')!;
    php.click();
    const roles = doc.querySelector('iop-family-roles')!.shadowRoot!;
    roles.querySelector<HTMLInputElement>('input[name="relationship"][value="parent-teen"]')!.click();
    const guide = doc.querySelector('iop-conversation-guide')!;
    const worries = guide.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="worries"]');
    if (worries) {
      worries.value = 'Ana drinks every night.';
      worries.dispatchEvent(new win.Event('input', {bubbles: true, composed: true}));
    }
    guide.shadowRoot!.querySelector<HTMLInputElement>('input[name="scenario"][value="return-to-use"]')!.click();
    // The clinic's web team makes a mistake in the data: a person's name where the phone number goes.
    guide.setAttribute(
      'clinic-json',
      JSON.stringify({clinic: 'Riverside Recovery Center', intakeLine: {name: 'Intake', call: 'Ask for Ana Lopez'}}),
    );
    await until(() => pushed().some((entry) => entry.event === 'iop-data-error'), 'the data error to be pushed');

    expect(pushed()).to.deep.equal([
      {event: 'iop-level-select', iopElement: 'iop-care-levels', iopLevel: 'php'},
      {event: 'iop-roles-change', iopElement: 'iop-family-roles'},
      {event: 'iop-guide-change', iopElement: 'iop-conversation-guide', iopStep: pushed()[2]!.iopStep},
      {event: 'iop-data-error', iopElement: 'iop-conversation-guide', iopProblems: 'intakeLine.call bad-phone'},
    ]);
    const everything = JSON.stringify(w.dataLayer);
    for (const secret of ['Ana', 'Riverside', 'parent', 'teen', 'return-to-use', '555']) expect(everything).not.to.contain(secret);
  });
});
