/** Another version of a tag already on the page: one warning, no error, and that version stays in use. */
import {expect} from '@open-wc/testing';
import {importBuilt} from '../helpers/built.js';
import {captureWarnings} from '../helpers/console.js';
import {VERSION} from '../../src/version.js';

describe('a different version already registered', () => {
  it('warns once, naming the tag and both versions, and does not throw', async () => {
    class OlderCareLevels extends HTMLElement {
      static readonly iopVersion = '0.0.1';
    }
    customElements.define('iop-care-levels', OlderCareLevels);
    document.body.innerHTML = '<iop-care-levels></iop-care-levels>';
    const warnings = captureWarnings();
    try {
      await importBuilt('/dist/iop-family.js');
      for (let i = 0; i < 300 && warnings.messages.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<iop-care-levels> (0.0.1)');
      expect(warnings.messages[0]).to.contain(`iop-family ${VERSION}`);
      expect(customElements.get('iop-care-levels')).to.equal(OlderCareLevels);
    } finally {
      warnings.restore();
    }
  });
});
