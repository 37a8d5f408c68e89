/**
 * What a framework needs from an entry that defines the elements on demand: after `await defineAll()` every
 * element is defined (so the framework sets properties), a property set before definition is kept, and a
 * Spanish page still never shows English first. Shared by the tests of the CDN loader and the bundler entry.
 */
import {expect} from '@open-wc/testing';
import {importBuilt} from './built.js';
import {until} from './wait.js';

const TAGS = ['iop-care-levels', 'iop-weekly-schedule', 'iop-family-roles', 'iop-conversation-guide'];

/** Every text node ever added to any shadow root from now on, as it read when added. */
function recordShadowText(): {readonly texts: string[]; stop: () => void} {
  const texts: string[] = [];
  const observers: MutationObserver[] = [];
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = original.call(this, init);
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) texts.push(node.textContent ?? '');
    });
    observer.observe(root, {childList: true, subtree: true, characterData: true});
    observers.push(observer);
    return root;
  };
  return {
    texts,
    stop: () => {
      Element.prototype.attachShadow = original;
      for (const observer of observers) observer.disconnect();
    },
  };
}

/**
 * The element's height at every frame from its definition to its first render: it must keep the space the page
 * reserved, or everything below jumps up and back down.
 */
function recordHeightsUntilRendered(el: HTMLElement): Promise<number[]> {
  const heights: number[] = [];
  return new Promise((resolve) => {
    const frame = (): void => {
      if (el.shadowRoot?.querySelector('[part="heading"]')) resolve(heights);
      else {
        if (el.matches(':defined')) heights.push(el.getBoundingClientRect().height);
        requestAnimationFrame(frame);
      }
    };
    requestAnimationFrame(frame);
  });
}

export function describeDefineAll(entry: string): void {
  describe(`${entry} on a Spanish page`, () => {
    it('resolves defineAll() with every element defined, keeps data set before definition, never shows English', async () => {
      document.documentElement.lang = 'es';
      // The space a clinic page reserves until the element is defined (the README's rule), and text below it.
      document.body.innerHTML =
        '<style>iop-care-levels:not(:defined) { display: block; min-height: 600px }</style><iop-care-levels></iop-care-levels><p>Below</p>';
      const el = document.querySelector('iop-care-levels') as HTMLElement & {clinic?: unknown};
      // As React 19 (after defineAll) or Vue's `.prop` would: a property on the element before it is defined.
      el.clinic = {clinic: 'Centro Riverside', levels: {iop: {name: 'IOP de tarde', hours: {min: 9, max: 12}}}};
      const shadowText = recordShadowText();
      const heights = recordHeightsUntilRendered(el);
      try {
        const {defineAll} = (await importBuilt(entry)) as {defineAll: () => Promise<void>};
        await defineAll();
        expect(
          TAGS.filter((tag) => !customElements.get(tag)),
          'undefined right after await defineAll()',
        ).to.deep.equal([]);

        await until(() => !!el.shadowRoot?.querySelector('[part="heading"]'), 'the first render');
        expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim()).to.equal(
          'Niveles de atención para el consumo de alcohol y drogas',
        );
        expect(el.shadowRoot!.textContent).to.contain('IOP de tarde');
        expect(el.shadowRoot!.textContent).to.contain('Centro Riverside');
        expect(
          shadowText.texts.filter((text) => text.includes('Levels of care')),
          'English shown first',
        ).to.deep.equal([]);
        expect(
          (await heights).filter((height) => height < 600),
          'heights painted between definition and the first render',
        ).to.deep.equal([]);

        // The library's own files (the test page's favicon is not one of them).
        const failed = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('/dist/') && (entry as PerformanceResourceTiming).responseStatus >= 400)
          .map((entry) => entry.name);
        expect(failed, 'failed requests').to.deep.equal([]);
      } finally {
        shadowText.stop();
        document.documentElement.lang = 'en';
      }
    });
  });
}
