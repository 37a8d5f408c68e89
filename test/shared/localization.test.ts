import {expect} from '@open-wc/testing';
import {localeForLanguageTag} from '../../src/shared/localization.js';

describe('localeForLanguageTag', () => {
  it('uses the primary subtag of <html lang>', () => {
    expect(localeForLanguageTag('es')).to.equal('es');
    expect(localeForLanguageTag('es-MX')).to.equal('es');
    expect(localeForLanguageTag('ES_us')).to.equal('es');
    expect(localeForLanguageTag('en-GB')).to.equal('en');
  });

  it('falls back to English for unsupported, empty or missing languages', () => {
    expect(localeForLanguageTag('fr')).to.equal('en');
    expect(localeForLanguageTag('')).to.equal('en');
    expect(localeForLanguageTag(null)).to.equal('en');
    expect(localeForLanguageTag('zh-Hant-TW')).to.equal('en');
  });
});
