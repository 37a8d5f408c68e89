/**
 * Every element takes its data three ways (a property, a JSON-text attribute, a child JSON script), and
 * nothing a host gives is dropped in silence: not a source left unused, not the "[object Object]" attribute
 * that React and Vue write when they meet an element before it is defined.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/iop-care-levels.js';
import '../../src/elements/iop-weekly-schedule.js';
import '../../src/elements/iop-family-roles.js';
import '../../src/elements/iop-conversation-guide.js';
import type {DataErrorDetail} from '../../src/shared/clinic-data.js';
import {captureWarnings, rendered, setPageLanguage, shownProblems} from '../helpers/page.js';
import {allText, readableText} from '../helpers/text.js';

type DataElement = HTMLElement & {updateComplete: Promise<boolean>} & Record<string, unknown>;

interface Case {
  readonly tag: string;
  /** The property that takes a JavaScript value, and the attribute that takes JSON text. */
  readonly property: string;
  readonly attribute: string;
  /** Data with a text the element shows, and that text. */
  readonly data: (name: string) => unknown;
}

const cases: readonly Case[] = [
  {
    tag: 'iop-care-levels',
    property: 'clinic',
    attribute: 'clinic-json',
    data: (name) => ({levels: {iop: {name}}}),
  },
  {
    tag: 'iop-weekly-schedule',
    property: 'schedule',
    attribute: 'schedule-json',
    data: (name) => ({
      tracks: [{id: 'evening', name: 'Evening', sessions: [{day: 'tue', start: '17:30', end: '19:00', type: 'group', title: name}]}],
    }),
  },
  {
    tag: 'iop-family-roles',
    property: 'clinic',
    attribute: 'clinic-json',
    data: (name) => ({intakeLine: {name, call: '555-0199'}}),
  },
  {
    tag: 'iop-conversation-guide',
    property: 'clinic',
    attribute: 'clinic-json',
    data: (name) => ({intakeLine: {name, call: '555-0199'}}),
  },
];

/** Renders `markup` in a fresh wrapper, collecting every `iop-data-error` it fires. */
async function mount(markup: string): Promise<{el: DataElement; problems: () => DataErrorDetail['problems']}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const events: DataErrorDetail[] = [];
  wrapper.addEventListener('iop-data-error', (event) => events.push(event.detail));
  wrapper.innerHTML = markup;
  const el = await rendered(wrapper.firstElementChild as DataElement);
  return {el, problems: () => events.flatMap((detail) => detail.problems)};
}

const shows = (el: Element, name: string): boolean => allText(el).includes(name);
const script = (data: unknown): string => `<script type="application/json">${JSON.stringify(data)}</script>`;
const attr = (data: unknown): string => JSON.stringify(data).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

async function eventually(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

for (const {tag, property, attribute, data} of cases) {
  describe(`<${tag}> data sources`, () => {
    it(`shows data given as JSON text in the ${attribute} attribute`, async () => {
      const {el, problems} = await mount(`<${tag} ${attribute}="${attr(data('Riverside from the attribute'))}"></${tag}>`);
      expect(shows(el, 'Riverside from the attribute')).to.equal(true);
      expect(problems()).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part="problems"]')).to.equal(null);
    });

    it(`follows the ${attribute} attribute when it changes`, async () => {
      const {el} = await mount(`<${tag} ${attribute}="${attr(data('First'))}"></${tag}>`);
      el.setAttribute(attribute, JSON.stringify(data('Second')));
      await el.updateComplete;
      expect(shows(el, 'Second')).to.equal(true);
      expect(shows(el, 'First')).to.equal(false);
    });

    it(`shows data given as JSON text in the ${property} property`, async () => {
      const {el, problems} = await mount(`<${tag}></${tag}>`);
      el[property] = JSON.stringify(data('Riverside as text'));
      await el.updateComplete;
      expect(shows(el, 'Riverside as text')).to.equal(true);
      expect(problems()).to.deep.equal([]);
    });

    it(`names "[object Object]" in ${attribute} with the fix, in the element, the console and an event`, async () => {
      const warnings = captureWarnings();
      try {
        const {el, problems} = await mount(`<${tag} ${attribute}="[object Object]"></${tag}>`);
        const box = await shownProblems(el);
        await eventually(() => problems().length > 0);
        expect(problems().map((p) => [p.field, p.code])).to.deep.equal([[attribute, 'attribute-not-json']]);
        expect(problems()[0]!.message).to.equal(
          `${attribute}: "[object Object]" is not JSON, so none of it could be used. Pass JSON text (for example JSON.stringify(data)), or set the ${property} property.`,
        );
        expect(box.textContent).to.contain('Some details from the clinic could not be shown.');
        expect(warnings.messages.some((m) => m.includes(`<${tag}>`) && m.includes(`${attribute}: "[object Object]"`))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    it(`names a ${property} attribute, which is what a framework writes for an object before definition`, async () => {
      const warnings = captureWarnings();
      try {
        const {el, problems} = await mount(`<${tag} ${property}="[object Object]"></${tag}>`);
        await shownProblems(el);
        await eventually(() => problems().length > 0);
        expect(problems().map((p) => [p.field, p.code])).to.deep.equal([[property, 'attribute-not-data']]);
        expect(problems()[0]!.message).to.equal(
          `${property} was set as an attribute ("[object Object]"), so its data was lost. Set ${property} as a property, or pass the data as JSON text in ${attribute}.`,
        );
        expect(warnings.messages.some((m) => m.includes(`<${tag}>: ${property} was set as an attribute`))).to.equal(true);
        // Once the property is set, the data is there and the attribute no longer matters.
        el[property] = data('Set as a property');
        await el.updateComplete;
        await eventually(() => !el.shadowRoot!.querySelector('[part="problems"]'));
        expect(shows(el, 'Set as a property')).to.equal(true);
        expect(el.shadowRoot!.querySelector('[part="problems"]')).to.equal(null);
      } finally {
        warnings.restore();
      }
    });

    it('uses the first source given (property, then attribute, then script) and names each one left unused', async () => {
      const warnings = captureWarnings();
      try {
        const {el, problems} = await mount(
          `<${tag} ${attribute}="${attr(data('From the attribute'))}">${script(data('From script one'))}${script(data('From script two'))}</${tag}>`,
        );
        expect(shows(el, 'From the attribute')).to.equal(true);
        expect(shows(el, 'From script one')).to.equal(false);
        await eventually(() => problems().length >= 2);
        expect(problems().map((p) => [p.field, p.code, p.other])).to.deep.equal([
          ['<script type="application/json">', 'not-used', attribute],
          ['<script type="application/json">', 'not-used', attribute],
        ]);
        expect(problems()[0]!.message).to.equal(`<script type="application/json"> was not used, because ${attribute} is also given.`);

        el[property] = data('From the property');
        await el.updateComplete;
        expect(shows(el, 'From the property')).to.equal(true);
        expect(shows(el, 'From the attribute')).to.equal(false);
        await eventually(() => problems().some((p) => p.field === attribute));
        expect(problems().find((p) => p.field === attribute && p.code === 'not-used')!.other).to.equal(property);

        // null and undefined mean "not set": the attribute is used again.
        el[property] = null;
        await el.updateComplete;
        expect(shows(el, 'From the attribute')).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    it('keeps the new problem sentences in Spanish on a Spanish page', async () => {
      await setPageLanguage('es');
      try {
        const {el} = await mount(`<${tag} ${attribute}="[object Object]" ${property}="[object Object]"></${tag}>`);
        await eventually(() => (el.shadowRoot!.querySelector('[part="problems"] details')?.textContent ?? '').includes('no es JSON'));
        const details = el.shadowRoot!.querySelector('[part="problems"] details')!;
        details.setAttribute('open', '');
        const sentences = readableText(details).map((t) => t.text);
        expect(sentences.join(' ')).to.contain('no es JSON');
        expect(sentences.join(' ')).to.contain('se asignó como atributo');
        expect(sentences.join(' ')).not.to.contain('is not JSON');
      } finally {
        await setPageLanguage('en');
      }
    });
  });
}
