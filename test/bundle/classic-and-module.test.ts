/** The classic script and the module on one page: whichever loads first serves the page, without errors. */
import {expect} from '@open-wc/testing';
import {importBuilt} from '../helpers/built.js';
import {captureWarnings} from '../helpers/console.js';
import {one, text} from '../helpers/queries.js';

function loadClassic(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => {
      resolve();
    };
    script.onerror = () => {
      reject(new Error(`could not load ${src}`));
    };
    document.head.append(script);
  });
}

describe('dist/iop-family.iife.js with dist/iop-family.js', () => {
  it('defines every element from a plain script tag, and the module after it changes nothing', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent): void => {
      errors.push(event.message);
    };
    window.addEventListener('error', onError);
    const warnings = captureWarnings();
    try {
      document.documentElement.lang = 'es';
      await loadClassic('/dist/iop-family.iife.js');
      await customElements.whenDefined('iop-care-levels');
      const classic = customElements.get('iop-care-levels');
      await importBuilt('/dist/iop-family.js');
      expect(customElements.get('iop-care-levels')).to.equal(classic);

      document.body.innerHTML = '<iop-care-levels highlight="php"></iop-care-levels>';
      const el = document.querySelector('iop-care-levels')!;
      await customElements.whenDefined('iop-care-levels');
      for (let i = 0; i < 300 && !el.shadowRoot?.querySelector('[part="heading"]'); i++) await new Promise((r) => setTimeout(r, 10));
      // The classic build carries its Spanish inline, so the page's Spanish shows at once.
      expect(text(one(el, '[part="heading"]'))).to.equal('Niveles de atención para el consumo de alcohol y drogas');
      expect(errors).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      warnings.restore();
      document.documentElement.lang = 'en';
    }
  });
});
