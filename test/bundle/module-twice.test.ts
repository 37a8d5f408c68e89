/**
 * The built module as a clinic page uses it: elements already in the page before the script loads, the
 * script included twice, the per-element module as well, and a live language switch.
 */
import {expect} from '@open-wc/testing';
import {importBuilt} from '../helpers/built.js';
import {captureWarnings} from '../helpers/console.js';
import {one, text} from '../helpers/queries.js';
import {until} from '../helpers/wait.js';

const title = (el: Element): string => text(one(el, '[part="heading"]'));

describe('dist/iop-family.js on a page', () => {
  it('upgrades elements already on the page, tolerates being loaded twice, and follows <html lang>', async () => {
    const warnings = captureWarnings();
    try {
      document.body.innerHTML = '<iop-care-levels></iop-care-levels>';
      const el = document.querySelector('iop-care-levels')!;
      await importBuilt('/dist/iop-family.js');
      await importBuilt('/dist/iop-family.js?again');
      await importBuilt('/dist/elements/iop-care-levels.js');
      await until(() => !!el.shadowRoot?.querySelector('[part="heading"]'), 'first render');
      expect(title(el)).to.equal('Levels of care for alcohol and drug use');

      document.documentElement.lang = 'es';
      await until(() => title(el).startsWith('Niveles'), 'Spanish');
      expect(title(el)).to.equal('Niveles de atención para el consumo de alcohol y drogas');
      // The Spanish text was loaded from a chunk next to the module, found relative to the module's own URL.
      const chunk = performance.getEntriesByType('resource').find((entry) => /\/dist\/chunks\/es-[\w-]+\.js$/.test(entry.name));
      expect(chunk, 'Spanish chunk loaded from /dist/').to.exist;

      document.documentElement.lang = 'en';
      await until(() => title(el).startsWith('Levels'), 'English again');
      expect(warnings.messages, 'same version loaded again is silent').to.deep.equal([]);
    } finally {
      warnings.restore();
      document.documentElement.lang = 'en';
    }
  });
});
