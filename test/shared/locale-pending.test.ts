/**
 * The first render waits for the page's language, in the space the page reserved. Elements are defined at
 * once (so frameworks can set their properties) but must neither show English on a Spanish page nor let the
 * content below jump while their translations load. A deliberately slow translation part makes the wait long
 * enough to look at.
 */
import {expect, fixture, html as fixtureHtml} from '@open-wc/testing';
import {html, LitElement, type TemplateResult} from 'lit';
import {LocaleController} from '../../src/shared/locale-controller.js';
import {addLocaleParts} from '../../src/shared/localization.js';
import {baseStyles} from '../../src/shared/styles.js';
import {setPageLanguage} from '../helpers/page.js';

/** The smallest element built like ours: the shared styles and the locale controller. */
class PendingProbe extends LitElement {
  static override styles = baseStyles;
  readonly localeController = new LocaleController(this);
  override render(): TemplateResult {
    if (!this.localeController.ready) return html`${this.localeController.renderPending()}`;
    return html`<p part="content">Rendered</p>`;
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });
}

/** A translation part that takes `ms` to load. */
function addSlowPart(name: string, ms: number): void {
  addLocaleParts(name, {
    es: () =>
      new Promise((resolve) => {
        setTimeout(() => {
          resolve({templates: {}});
        }, ms);
      }),
  });
}

describe('LocaleController: the first render waits for the language', () => {
  afterEach(async () => {
    await setPageLanguage('en');
  });

  it('keeps the height the page reserved (the :not(:defined) rule) until the language has loaded', async () => {
    await setPageLanguage('es');
    const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div>
      <style>
        iop-pending-probe:not(:defined) {
          display: block;
          min-height: 600px;
        }
      </style>
      <iop-pending-probe></iop-pending-probe>
      <p>Below</p>
    </div>`);
    const probe = wrapper.querySelector('iop-pending-probe')!;
    addSlowPart('pending-probe', 300);
    customElements.define('iop-pending-probe', PendingProbe);
    expect(probe.matches(':defined')).to.equal(true);

    // Measured at each frame, as painted (Lit's first update runs before the next frame, never within define()).
    const heights: number[] = [];
    await nextFrame();
    while (!probe.shadowRoot?.querySelector('[part="content"]')) {
      heights.push(probe.getBoundingClientRect().height);
      await nextFrame();
    }
    expect(heights.length, 'frames painted while waiting').to.be.greaterThan(5);
    expect(heights.filter((height) => height !== 600)).to.deep.equal([]);
    expect(probe.shadowRoot.textContent).to.contain('Rendered');
  });

  it('does not blank an element already shown when another part starts loading', async () => {
    await setPageLanguage('es');
    if (!customElements.get('iop-pending-probe')) customElements.define('iop-pending-probe', PendingProbe);
    const probe = await fixture<PendingProbe>(fixtureHtml`<iop-pending-probe></iop-pending-probe>`);
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Rendered');
    addSlowPart('another-element', 300);
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Rendered');
  });
});
