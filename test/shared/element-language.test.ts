/**
 * Each element follows its closest `lang`: its own attribute or an ancestor's, through shadow roots, up to
 * `<html lang>`. A clinic on a site builder whose `<html lang>` is fixed site-wide can still put a Spanish
 * element on its Spanish page, and two elements on one page can show two languages, each of them right.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/iop-care-levels.js';
import '../../src/elements/iop-conversation-guide.js';
import '../../src/elements/iop-family-roles.js';
import '../../src/elements/iop-weekly-schedule.js';
import {captureWarnings, rendered, setPageLanguage, shownProblems} from '../helpers/page.js';
import {all, headings, one, radios, text} from '../helpers/queries.js';
import {readableText, untranslated} from '../helpers/text.js';
import {until} from '../helpers/wait.js';

type Rendered = HTMLElement & {updateComplete: Promise<boolean>};

const CARE_TITLE = {en: 'Levels of care for alcohol and drug use', es: 'Niveles de atención para el consumo de alcohol y drogas'};

async function settle(...elements: Rendered[]): Promise<void> {
  for (const element of elements) await rendered(element);
}

const titleOf = (el: Element): string => headings(el)[0] ?? '';
const innerLang = (el: Element): string | null => one(el, '[part="base"]').getAttribute('lang');

afterEach(async () => {
  await setPageLanguage('en');
});

describe('per-element language', () => {
  it('shows an element marked lang="es" in Spanish beside an English one, on an English page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <iop-care-levels lang="es"></iop-care-levels>
        <iop-care-levels></iop-care-levels>
      </div>`,
    );
    const [spanish, english] = [...wrapper.querySelectorAll<Rendered>('iop-care-levels')];
    await settle(spanish!, english!);
    expect(titleOf(spanish!)).to.equal(CARE_TITLE.es);
    expect(titleOf(english!)).to.equal(CARE_TITLE.en);
    expect(innerLang(spanish!)).to.equal('es');
    expect(innerLang(english!)).to.equal('en');
    // Nothing English left in the Spanish one (citations aside, which are marked lang="en").
    expect(untranslated(readableText(english!), readableText(spanish!), 'es')).to.deep.equal([]);
  });

  it('follows a section’s lang, and its changes, while <html lang> stays English', async () => {
    const section = await fixture<HTMLElement>(html`<section lang="es-ES"><iop-weekly-schedule></iop-weekly-schedule></section>`);
    const schedule = section.querySelector<Rendered>('iop-weekly-schedule')!;
    await settle(schedule);
    const firstDay = (): string => text(all(schedule, '.day-name .long')[0]);
    expect(innerLang(schedule)).to.equal('es');
    expect(firstDay().toLowerCase()).to.equal('lunes');

    section.lang = 'en-US';
    await until(() => innerLang(schedule) === 'en', 'the schedule to switch to English');
    await schedule.updateComplete;
    expect(innerLang(schedule)).to.equal('en');
    expect(firstDay()).to.equal('Sunday');
  });

  it('shows an element marked lang="en" in English on a Spanish page, with US formats', async () => {
    await setPageLanguage('es-US');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <iop-weekly-schedule lang="en-US"></iop-weekly-schedule>
        <iop-care-levels></iop-care-levels>
      </div>`,
    );
    const schedule = wrapper.querySelector<Rendered>('iop-weekly-schedule')!;
    const care = wrapper.querySelector<Rendered>('iop-care-levels')!;
    await settle(schedule, care);
    expect(innerLang(schedule)).to.equal('en');
    expect(text(one(schedule, '.session .time'))).to.match(/AM|PM/);
    expect(titleOf(care)).to.equal(CARE_TITLE.es);
  });

  it('follows the lang of the host around a shadow root it is in', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const root = outer.attachShadow({mode: 'open'});
    root.innerHTML = '<div><iop-care-levels></iop-care-levels></div>';
    const care = root.querySelector<Rendered>('iop-care-levels')!;
    await settle(care);
    expect(titleOf(care)).to.equal(CARE_TITLE.es);
  });

  it('says what changed, and what went wrong, in each element’s own language', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <iop-family-roles lang="es"></iop-family-roles>
          <iop-care-levels lang="es" clinic-json="{not json"></iop-care-levels>
          <iop-care-levels clinic-json="{not json either"></iop-care-levels>
        </div>`,
      );
      const roles = wrapper.querySelector<Rendered>('iop-family-roles')!;
      const [spanishCare, englishCare] = [...wrapper.querySelectorAll<Rendered>('iop-care-levels')];
      await settle(roles, spanishCare!, englishCare!);

      radios(roles)
        .find((r) => r.input.name === 'relationship' && !r.input.checked)!
        .input.click();
      await roles.updateComplete;
      expect(text(one(roles, '[role="status"]'))).to.match(/^Ahora se muestra: /);

      expect(text(await shownProblems(spanishCare!))).to.contain('no es JSON, así que');
      expect(text(await shownProblems(englishCare!))).to.contain('is not JSON, so none');
      expect(warnings.messages.some((m) => m.includes('no es JSON, así que'))).to.equal(true);
      expect(warnings.messages.some((m) => m.includes('is not JSON, so none'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('switches an element when its own lang attribute changes', async () => {
    const guide = await fixture<Rendered>(html`<iop-conversation-guide></iop-conversation-guide>`);
    await settle(guide);
    const english = titleOf(guide);
    guide.lang = 'es';
    await until(() => innerLang(guide) === 'es', 'the guide to switch to Spanish');
    await guide.updateComplete;
    expect(innerLang(guide)).to.equal('es');
    expect(titleOf(guide)).not.to.equal(english);
    guide.removeAttribute('lang');
    await until(() => innerLang(guide) === 'en', 'the guide to switch back to English');
    await guide.updateComplete;
    expect(titleOf(guide)).to.equal(english);
  });
});
