import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/iop-care-levels.js';
import type {IopCareLevels} from '../../src/elements/iop-care-levels.js';
import {captureWarnings, emulateForcedColors, openAll, rendered, setPageLanguage, shownProblems} from '../helpers/page.js';
import {all, buttonNamed, focused, headings, isShown, one, radios, text} from '../helpers/queries.js';
import {allText, readableText, untranslated, visibleEntities} from '../helpers/text.js';

async function careLevels(template = html`<iop-care-levels></iop-care-levels>`, width?: number): Promise<IopCareLevels> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width ?? 1200}px">${template}</div>`);
  return rendered(wrapper.querySelector('iop-care-levels')!);
}

const checkedLevel = (el: Element): string => radios(el).find((r) => r.input.checked)?.label ?? '';
const detailsHeading = (el: Element): string => text(one(el, '[part="details"] [role="heading"]'));

afterEach(async () => {
  await setPageLanguage('en');
});

describe('<iop-care-levels> content', () => {
  it('compares all six levels in a table with a header cell for every level and question', async () => {
    const el = await careLevels();
    const cols = all(el, 'thead th[scope="col"]').map((th) => text(th));
    expect(cols).to.have.length(6);
    expect(cols[0]).to.contain('Withdrawal management');
    expect(cols[3]).to.contain('Intensive outpatient program (IOP)');
    expect(cols[5]).to.contain('Ongoing care');
    const rows = all(el, 'tbody th[scope="row"]').map((th) => text(th));
    expect(rows).to.deep.equal([
      'Where you live',
      'Treatment hours each week',
      'Days each week',
      'Medical care on site',
      'Keep working or go to school?',
      'Who it often fits',
      'How family can take part',
      'How long',
    ]);
    const howLong = all(el, 'tbody tr').at(-1)!.querySelector('td')!;
    expect(howLong.colSpan, 'one answer for every level').to.equal(6);
    expect(text(howLong)).to.contain('It varies at every level.');
  });

  it('gives the IOP hours from the facts: 9 or more for adults, 6 or more for teens, generally under 20', async () => {
    const el = await careLevels();
    const iopColumn = all(el, 'thead th[scope="col"]').findIndex((th) => text(th).includes('(IOP)'));
    const hoursRow = all(el, 'tbody tr')[1]!;
    expect(text(hoursRow.querySelectorAll('td')[iopColumn])).to.equal(
      'Adults: 9 or more hours a week. Teens: 6 or more. Most often under 20.',
    );
    expect(allText(el)).to.contain('9 to 19 hours (teens: 6 to 19)');
  });

  it('features IOP by default: it is chosen, marked with a text label, and described', async () => {
    const el = await careLevels();
    expect(checkedLevel(el)).to.contain('Intensive outpatient program (IOP)');
    expect(checkedLevel(el)).to.contain('Featured');
    expect(detailsHeading(el)).to.equal('Intensive outpatient program (IOP)');
    const featuredColumn = all(el, 'thead th.featured');
    expect(featuredColumn).to.have.length(1);
    expect(text(featuredColumn[0])).to.contain('Featured');
  });

  it('features the level named in `highlight`', async () => {
    const el = await careLevels(html`<iop-care-levels highlight="residential"></iop-care-levels>`);
    expect(checkedLevel(el)).to.contain('Residential or inpatient treatment');
    expect(detailsHeading(el)).to.equal('Residential or inpatient treatment');
    expect(text(one(el, 'thead th.featured'))).to.contain('Residential');
  });

  it('shows only the levels in `levels`, in that order', async () => {
    const el = await careLevels(html`<iop-care-levels levels="outpatient, iop residential"></iop-care-levels>`);
    expect(radios(el).map((r) => r.label.split(' ')[0])).to.deep.equal(['Outpatient', 'Intensive', 'Residential']);
    expect(all(el, 'thead th[scope="col"]')).to.have.length(3);
  });

  it('says that this is education, not medical advice, and lists its sources with a review date', async () => {
    const el = await careLevels();
    expect(text(one(el, '[part="disclaimer"]'))).to.contain('They are not medical advice.');
    const sources = one(el, '[part="sources"]');
    expect(text(sources.querySelector('.reviewed'))).to.equal('Last reviewed: November 25, 2026');
    const details = sources.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('Where these facts come from');
    await openAll(el);
    expect(text(sources)).to.contain('McCarty D');
    expect(text(sources)).to.contain('How IOP results compare with live-in care, and how much programs vary.');
    expect(text(sources)).to.contain('Withdrawal Management, 2020');
    expect(sources.querySelector('a[href="https://pmc.ncbi.nlm.nih.gov/articles/PMC4152944/"]')).to.exist;
    expect(sources.querySelector('cite')!.getAttribute('lang'), 'English titles are marked as English').to.equal('en');
  });

  it('shows the sources in every element opened, also after another element loaded them', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><iop-care-levels></iop-care-levels><iop-care-levels></iop-care-levels></div>`);
    const [first, second] = [...wrapper.querySelectorAll('iop-care-levels')];
    await rendered(first!);
    await rendered(second!);
    await openAll(first!);
    (one(second!, '[part="sources"] details') as HTMLDetailsElement).open = true;
    for (let i = 0; i < 100 && !second!.shadowRoot!.querySelector('cite'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(all(second!, '[part="sources"] cite').length).to.be.greaterThan(3);
  });

  it('uses the heading level the page asks for', async () => {
    const el = await careLevels(html`<iop-care-levels heading-level="3"></iop-care-levels>`);
    expect(one(el, '[part="heading"]').getAttribute('aria-level')).to.equal('3');
    expect(one(el, '[part="details"] [role="heading"]').getAttribute('aria-level')).to.equal('4');
  });
});

describe('<iop-care-levels> choosing a level', () => {
  it('moves the choice with the arrow keys (radio group) and tells the host page', async () => {
    const el = await careLevels();
    const iop = radios(el).find((r) => r.input.checked)!.input;
    iop.focus();
    const selected = oneEvent(el, 'iop-level-select');
    await sendKeys({press: 'ArrowDown'});
    const event = (await selected) as CustomEvent<{level: string}>;
    expect(event.detail.level).to.equal('outpatient');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(checkedLevel(el)).to.contain('Outpatient treatment');
    expect(detailsHeading(el)).to.equal('Outpatient treatment');
  });

  it('is reached with Tab on the chosen level', async () => {
    const el = await careLevels(html`<button>before</button><iop-care-levels highlight="php"></iop-care-levels>`);
    (el.previousElementSibling as HTMLButtonElement).focus();
    await sendKeys({press: 'Tab'});
    const active = focused(el) as HTMLInputElement;
    expect(active.type).to.equal('radio');
    expect(active.checked).to.equal(true);
    expect(text(active.closest('label'))).to.contain('Partial hospitalization');
  });

  it('steps up and down between levels, moving focus to the new level', async () => {
    const el = await careLevels();
    buttonNamed(el, /Less support: Outpatient treatment/).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(detailsHeading(el)).to.equal('Outpatient treatment');
    expect(text(focused(el))).to.equal('Outpatient treatment');
    buttonNamed(el, /More support: Intensive outpatient/).click();
    await el.updateComplete;
    expect(detailsHeading(el)).to.equal('Intensive outpatient program (IOP)');
    expect(checkedLevel(el)).to.contain('IOP');
  });

  it('has no step buttons past the ends of the ladder', async () => {
    const top = await careLevels(html`<iop-care-levels highlight="residential"></iop-care-levels>`);
    expect(all(top, '[part="details"] button').map((b) => text(b))).to.deep.equal(['↓ Less support: Partial hospitalization (PHP)']);
    const bottom = await careLevels(html`<iop-care-levels highlight="continuing"></iop-care-levels>`);
    expect(all(bottom, '[part="details"] button').map((b) => text(b))).to.deep.equal(['↑ More support: Outpatient treatment']);
  });

  it('warns that stopping heavy drinking or sedative pills all at once can be dangerous, on withdrawal management', async () => {
    const el = await careLevels(html`<iop-care-levels highlight="withdrawal"></iop-care-levels>`);
    expect(text(one(el, '[part="details"]'))).to.contain(
      'Stopping heavy drinking or sedative pills all at once can be dangerous. Talk to a doctor first.',
    );
  });

  it('names the medicines for opioid and alcohol use disorder on IOP, and gives its results with their conditions', async () => {
    const el = await careLevels(html`<iop-care-levels highlight="iop"></iop-care-levels>`);
    const details = text(one(el, '[part="details"]'));
    expect(details).to.contain('Medicines for opioid use disorder: buprenorphine, methadone and naltrexone.');
    expect(details).to.contain('They do not just swap one drug for another.');
    expect(details).to.contain(
      'This was for people at low risk from withdrawal, health problems or mental health symptoms. Programs vary.',
    );
    expect(text(one(el, '[part="cards"]'))).to.contain('Ask which medicines the program offers or allows.');
  });

  it('says how families pay for care and find a program, with the SAMHSA Helpline to call', async () => {
    const el = await careLevels();
    const paying = one(el, '[part="paying"]');
    expect([...paying.querySelectorAll('[role="heading"]')].map((h) => text(h))).to.deep.equal(['Paying for care', 'Finding a program']);
    for (const fact of [
      'Medicaid pays for treatment for drinking and drug use.',
      'Ask if the program takes Medicare.',
      'A law called parity says so.',
      '(a sliding fee)',
      'FindTreatment.gov lists programs.',
      'Ask whether the program also treats mental health problems.',
      'You can ask for a free interpreter.',
    ])
      expect(text(paying)).to.contain(fact);
    const call = paying.querySelector<HTMLAnchorElement>('a[href="tel:18006624357"]');
    expect(text(call)).to.equal('Call 1-800-662-4357');
  });

  it('explains what follows withdrawal management instead of a step', async () => {
    const el = await careLevels(html`<iop-care-levels highlight="withdrawal"></iop-care-levels>`);
    expect(all(el, '[part="details"] button')).to.have.length(0);
    expect(text(one(el, '[part="details"]'))).to.contain('After that, people move to the level of care that fits their needs');
  });
});

describe('<iop-care-levels> layout', () => {
  it('shows a table, not cards, in a wide container', async () => {
    const el = await careLevels(undefined, 1200);
    expect(isShown(one(el, 'table'))).to.equal(true);
    expect(isShown(one(el, '[part="cards"]'))).to.equal(false);
  });

  it('shows stacked cards with the same answers, and no sideways scrolling, at 320px', async () => {
    const el = await careLevels(undefined, 320);
    expect(isShown(one(el, 'table'))).to.equal(false);
    const cards = all(el, '.card-list > li');
    expect(cards).to.have.length(6);
    expect(cards.every(isShown)).to.equal(true);
    expect(text(cards[3])).to.contain('Adults: 9 or more hours a week.');
    const open = all<HTMLDetailsElement>(el, '.card-list details').map((d) => d.open);
    expect(open, 'only the featured level starts open').to.deep.equal([false, false, false, true, false, false]);
    expect(text(one(el, '[part="cards"] .how-long'))).to.contain('It varies at every level.');
    const base = one(el, '[part="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    // Each hour mark on the scale is on one line ("40+" once broke into a column of characters).
    const ticks = all(el, '.tick');
    expect(ticks.map((tick) => text(tick)).at(-1)).to.equal('40+');
    for (const tick of ticks)
      expect(tick.getClientRects()[0]!.height, text(tick)).to.be.lessThan(parseFloat(getComputedStyle(tick).fontSize) * 2);
    for (const node of all(el, '*')) {
      const box = node.getBoundingClientRect();
      if (box.width > 0) expect(box.right, `${node.localName}.${node.className}`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
  });

  it('switches to the table sooner when fewer levels are shown', async () => {
    const el = await careLevels(html`<iop-care-levels levels="iop outpatient"></iop-care-levels>`, 700);
    expect(isShown(one(el, 'table'))).to.equal(true);
    const six = await careLevels(undefined, 700);
    expect(isShown(one(six, 'table'))).to.equal(false);
  });

  it('reflows at 200% text size in a 640px column without sideways scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 640px; font-size: 32px"><iop-care-levels></iop-care-levels></div>`,
    );
    const el = await rendered(wrapper.querySelector('iop-care-levels')!);
    const base = one(el, '[part="base"]');
    expect(isShown(one(el, 'table')), 'cards at this width').to.equal(false);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  });

  it('mirrors for right-to-left pages: the scale starts at the right', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 900px"><iop-care-levels></iop-care-levels></div>`);
    const el = await rendered(wrapper.querySelector('iop-care-levels')!);
    const track = one(el, '.featured .track').getBoundingClientRect();
    const bar = one(el, '.featured .bar').getBoundingClientRect();
    // IOP runs from 9 to 20 of 40 hours: in RTL its bar sits in the right half, away from the left edge.
    expect(track.right - bar.right).to.be.closeTo(track.width * 0.225, 2);
    await expect(el).to.be.accessible();
  });

  it('keeps its text size when the host page sets html { font-size: 62.5% }', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await careLevels();
      expect(parseFloat(getComputedStyle(one(el, '.intro')).fontSize)).to.be.at.least(16);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('is themable with --iop-* custom properties and ::part', async () => {
    const el = await careLevels(html`<iop-care-levels style="--iop-accent: rgb(120, 20, 90)"></iop-care-levels>`);
    expect(getComputedStyle(one(el, '.badge')).backgroundColor).to.equal('rgb(120, 20, 90)');
    expect(one(el, '[part="table"]')).to.exist;
  });
});

describe('<iop-care-levels> clinic data', () => {
  const clinicScript = (json: string) =>
    html`<iop-care-levels
      ><script type="application/json">
        ${json}
      </script></iop-care-levels
    >`;

  it('shows the clinic program from a child JSON script next to the general facts', async () => {
    const el = await careLevels(
      clinicScript(
        JSON.stringify({
          clinic: 'Riverside Recovery',
          levels: {iop: {name: 'Evening IOP', hours: {min: 9, max: 12}, note: 'Three evenings a week.'}},
        }),
      ),
    );
    const details = text(one(el, '[part="details"]'));
    expect(details).to.contain('Riverside Recovery');
    expect(details).to.contain('Evening IOP');
    expect(details).to.contain('9 to 12 hours a week');
    expect(details).to.contain('Three evenings a week.');
    expect(text(one(el, 'thead th.featured'))).to.contain('Riverside Recovery: Evening IOP 9 to 12 hours a week');
    expect(all(el, '.clinic-bar')).to.have.length(1);
  });

  it('takes the `clinic` property over the script, and follows changes to it', async () => {
    const el = await careLevels(clinicScript('{"levels": {"iop": {"name": "From script"}}}'));
    el.clinic = {levels: {iop: {name: 'From property'}}};
    await el.updateComplete;
    expect(allText(el)).to.contain('From property');
    expect(allText(el)).not.to.contain('From script');
  });

  it('shows the Spanish of a bilingual clinic text on a Spanish page', async () => {
    const el = await careLevels(clinicScript('{"levels": {"iop": {"name": {"en": "Evening IOP", "es": "IOP de tarde"}}}}'));
    expect(allText(el)).to.contain('Evening IOP');
    await setPageLanguage('es');
    await el.updateComplete;
    expect(allText(el)).to.contain('IOP de tarde');
    expect(allText(el)).not.to.contain('Evening IOP');
  });

  it('marks plain clinic text with the language the clinic declared', async () => {
    const el = await careLevels(clinicScript('{"lang": "en", "levels": {"iop": {"note": "Call us first."}}}'));
    await setPageLanguage('es');
    await el.updateComplete;
    const note = readableText(el).find((t) => t.text === 'Call us first.');
    expect(note?.lang).to.equal('en');
  });

  it('renders markup in clinic text as text', async () => {
    const el = await careLevels(
      clinicScript(JSON.stringify({levels: {iop: {name: '<img src=x onerror="window.hacked=1">Evening <b>IOP</b>'}}})),
    );
    expect(all(el, 'img, b')).to.have.length(0);
    expect(allText(el)).to.contain('<img src=x onerror="window.hacked=1">Evening <b>IOP</b>');
    expect((window as {hacked?: number}).hacked).to.equal(undefined);
  });

  it('answers broken JSON with a plain message, a warning naming it and an event, and still shows the chart', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = oneEvent(wrapper, 'iop-data-error');
      wrapper.innerHTML = '<iop-care-levels><script type="application/json">{"levels": {"iop": </script></iop-care-levels>';
      const el = await rendered(wrapper.querySelector('iop-care-levels')!);
      const event = (await errors) as CustomEvent<{problems: {field: string; message: string}[]}>;
      expect(event.detail.problems[0]!.field).to.equal('<script type="application/json">');
      expect(event.detail.problems[0]!.message).to.contain('is not valid JSON');
      expect(text(await shownProblems(el))).to.contain('Some details from the clinic could not be shown.');
      expect(warnings.messages.some((m) => m.includes('<iop-care-levels>') && m.includes('not valid JSON'))).to.equal(true);
      expect(all(el, 'thead th[scope="col"]')).to.have.length(6);
    } finally {
      warnings.restore();
    }
  });

  it('keeps every valid part of half-wrong data and names each wrong field', async () => {
    const warnings = captureWarnings();
    try {
      const el = await careLevels(
        clinicScript(
          JSON.stringify({
            clinic: 'Riverside',
            colour: 'red',
            levels: {iop: {name: 'Evening IOP', hours: {min: 12, max: 9}, extra: 1}, php: {note: 42}, detox: {name: 'x'}},
          }),
        ),
      );
      const problems = text(await shownProblems(el));
      expect(problems).to.contain('colour is not a field this element knows.');
      expect(problems).to.contain('levels.iop.hours: the lowest value is higher than the highest value.');
      expect(problems).to.contain('levels.iop.extra is not a field this element knows.');
      expect(problems).to.contain('levels.php.note should be text');
      expect(problems).to.contain('levels.detox: "detox" is not one of');
      expect(problems).to.contain('It was left out.');
      expect(text(one(el, '[part="details"]'))).to.contain('Evening IOP');
      expect(warnings.messages.filter((m) => m.includes('<iop-care-levels>'))).to.have.length(5);
    } finally {
      warnings.restore();
    }
  });

  it('reports unknown `levels` and `highlight` values, keeping the valid ones', async () => {
    const warnings = captureWarnings();
    try {
      const el = await careLevels(html`<iop-care-levels levels="iop detox outpatient" highlight="rehab"></iop-care-levels>`);
      expect(all(el, 'thead th[scope="col"]')).to.have.length(2);
      const problems = text(await shownProblems(el));
      expect(problems).to.contain('levels: "detox" is not one of');
      expect(problems).to.contain('highlight: "rehab" is not one of');
      expect(problems).to.contain('The default is shown instead.');
      expect(checkedLevel(el)).to.contain('IOP');
      expect(warnings.messages.filter((m) => m.includes('highlight'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('does not complain when the default highlight is simply not among the levels shown', async () => {
    const el = await careLevels(html`<iop-care-levels levels="residential outpatient"></iop-care-levels>`);
    expect(all(el, '[part="problems"]')).to.have.length(0);
    expect(checkedLevel(el)).to.contain('Residential');
  });
});

describe('<iop-care-levels> languages', () => {
  it('follows <html lang> when it changes, and back', async () => {
    const el = await careLevels();
    expect(headings(el)[0]).to.equal('Levels of care for alcohol and drug use');
    await setPageLanguage('es-MX');
    await el.updateComplete;
    expect(headings(el)[0]).to.equal('Niveles de atención para el consumo de alcohol y drogas');
    expect(one(el, '[part="base"]').getAttribute('lang')).to.equal('es');
    await setPageLanguage('en');
    await el.updateComplete;
    expect(headings(el)[0]).to.equal('Levels of care for alcohol and drug use');
  });

  it('falls back to English for languages it does not have', async () => {
    await setPageLanguage('fr');
    const el = await careLevels();
    expect(headings(el)[0]).to.equal('Levels of care for alcohol and drug use');
    expect(one(el, '[part="base"]').getAttribute('lang')).to.equal('en');
  });

  it('leaves no English on a Spanish page, in any state', async () => {
    const warnings = captureWarnings();
    try {
      const states = [
        html`<iop-care-levels></iop-care-levels>`,
        html`<iop-care-levels highlight="withdrawal"></iop-care-levels>`,
        html`<iop-care-levels levels="iop nope" highlight="x"
          ><script type="application/json">
            {"levels": {"iop": {"hours": {"min": 9, "max": 12}}, "php": {"hours": "x"}}, "x": 1}
          </script></iop-care-levels
        >`,
      ];
      for (const state of states) {
        await setPageLanguage('en');
        const englishEl = await careLevels(state);
        await openAll(englishEl);
        const english = readableText(englishEl);
        await setPageLanguage('es');
        const spanishEl = await careLevels(state);
        await openAll(spanishEl);
        const spanish = readableText(spanishEl);
        expect(untranslated(english, spanish, 'es')).to.deep.equal([]);
        expect(visibleEntities([...english, ...spanish])).to.deep.equal([]);
        expect(spanish.filter((t) => t.lang === 'es').length).to.be.greaterThan(50);
      }
    } finally {
      warnings.restore();
    }
  });

  it('formats the review date for the reader', async () => {
    await setPageLanguage('es');
    const el = await careLevels();
    expect(text(one(el, '[part="sources"]'))).to.contain('25 de noviembre de 2026');
  });
});

describe('<iop-care-levels> accessibility (axe)', () => {
  for (const lang of ['en', 'es']) {
    for (const width of [320, 1200]) {
      for (const highlight of ['withdrawal', 'residential', 'php', 'iop', 'outpatient', 'continuing']) {
        it(`passes axe: ${lang}, ${String(width)}px, ${highlight} chosen`, async () => {
          await setPageLanguage(lang);
          const el = await careLevels(html`<iop-care-levels highlight=${highlight}></iop-care-levels>`, width);
          await expect(el).to.be.accessible();
        });
      }
    }
    it(`passes axe with clinic data and problems shown, sources open: ${lang}`, async () => {
      const warnings = captureWarnings();
      try {
        await setPageLanguage(lang);
        const el = await careLevels(
          html`<iop-care-levels levels="iop bad"
            ><script type="application/json">
              {"clinic": "Riverside", "levels": {"iop": {"name": "Evening IOP", "hours": 12, "note": "Call first."}}, "x": 1}
            </script></iop-care-levels
          >`,
        );
        for (const details of all<HTMLDetailsElement>(el, 'details')) details.open = true;
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }

  it('passes axe and keeps the chosen level visible in forced-colors mode', async () => {
    await emulateForcedColors(true);
    try {
      const el = await careLevels();
      await expect(el).to.be.accessible();
      expect(matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
      const chosen = one(el, '.rung:has(input:checked)');
      expect(getComputedStyle(chosen).outlineStyle).to.equal('solid');
    } finally {
      await emulateForcedColors(false);
    }
  });
});
