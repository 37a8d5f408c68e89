import {expect, fixture, fixtureCleanup, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/iop-family-roles.js';
import type {IopFamilyRoles} from '../../src/elements/iop-family-roles.js';
import {captureWarnings, emulateForcedColors, openAll, rendered, setPageLanguage, shownProblems} from '../helpers/page.js';
import {all, focused, headings, isShown, one, radios, text} from '../helpers/queries.js';
import {allText, readableText, untranslated, visibleEntities} from '../helpers/text.js';

const RELATIONSHIPS = ['partner', 'parent-teen', 'parent-adult', 'child-sibling', 'friend', 'other'] as const;
const STAGES = ['before', 'during', 'after'] as const;

async function familyRoles(template = html`<iop-family-roles></iop-family-roles>`, width = 1200): Promise<IopFamilyRoles> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  return rendered(wrapper.querySelector('iop-family-roles')!);
}

const withJson = (json: unknown, attributes = '') => {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = `<iop-family-roles ${attributes}><script type="application/json"></script></iop-family-roles>`;
  wrapper.querySelector('script')!.textContent = typeof json === 'string' ? json : JSON.stringify(json);
  return html`${wrapper.firstElementChild}`;
};

const panelHeading = (el: Element): string => text(one(el, '#panel-heading'));
const chosen = (el: Element, name: string): string => radios(el).find((r) => r.input.name === name && r.input.checked)?.label ?? '';
const roleTexts = (el: Element): string[] => all(el, '.role').map((r) => text(r));
const pairs = (el: Element): string[] => all(el, '.pair').map((p) => text(p));
const panel = (el: Element): string => text(one(el, '[part="panel"]'));

afterEach(async () => {
  await setPageLanguage('en');
});

describe('<iop-family-roles> choices', () => {
  it('offers six relationships and three stages as radio groups, partner and before by default', async () => {
    const el = await familyRoles();
    expect(headings(el)[0]).to.equal('How family and friends can help');
    const groups = all(el, 'fieldset').map((f) => text(f.querySelector('legend')));
    expect(groups).to.deep.equal(['I am their…', 'Where are they now?']);
    expect(
      radios(el)
        .filter((r) => r.input.name === 'relationship')
        .map((r) => r.label),
    ).to.deep.equal([
      'Partner or spouse',
      'Parent of a teen',
      'Parent of an adult child',
      'Adult child or sibling',
      'Friend',
      'Someone else close to them',
    ]);
    expect(
      radios(el)
        .filter((r) => r.input.name === 'stage')
        .map((r) => r.label),
    ).to.deep.equal(['Before IOP starts', 'During IOP', 'After IOP']);
    expect(panelHeading(el)).to.equal('For: Partner or spouse · Before IOP starts');
  });

  it('starts from the `relationship` and `phase` attributes', async () => {
    const el = await familyRoles(html`<iop-family-roles relationship="parent-teen" phase="after"></iop-family-roles>`);
    expect(chosen(el, 'relationship')).to.equal('Parent of a teen');
    expect(chosen(el, 'stage')).to.equal('After IOP');
    expect(panelHeading(el)).to.equal('For: Parent of a teen · After IOP');
  });

  it('follows the arrow keys in each group, announces the change and tells the host page, without touching the URL', async () => {
    const el = await familyRoles();
    const url = location.href;
    const relationship = radios(el).find((r) => r.input.checked && r.input.name === 'relationship')!.input;
    relationship.focus();
    const changed = oneEvent(el, 'iop-roles-change');
    await sendKeys({press: 'ArrowRight'});
    const event = (await changed) as CustomEvent<{relationship: string; stage: string}>;
    expect(event.detail).to.deep.equal({relationship: 'parent-teen', stage: 'before'});
    await el.updateComplete;
    expect(panelHeading(el)).to.equal('For: Parent of a teen · Before IOP starts');
    expect(text(one(el, '[role="status"]'))).to.equal('Now showing: Parent of a teen');
    expect((focused(el) as HTMLInputElement).value).to.equal('parent-teen');

    await sendKeys({press: 'Tab'});
    expect((focused(el) as HTMLInputElement).name, 'Tab moves to the chosen stage').to.equal('stage');
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(panelHeading(el)).to.equal('For: Parent of a teen · During IOP');
    expect(location.href).to.equal(url);
  });

  it('reports an unknown `relationship` or `phase` and uses the default', async () => {
    const warnings = captureWarnings();
    try {
      const el = await familyRoles(html`<iop-family-roles relationship="cousin" phase="never"></iop-family-roles>`);
      const problems = text(await shownProblems(el));
      expect(problems).to.contain('relationship: "cousin" is not one of partner, parent-teen, parent-adult, child-sibling, friend, other.');
      expect(problems).to.contain('phase: "never" is not one of before, during, after.');
      expect(panelHeading(el)).to.equal('For: Partner or spouse · Before IOP starts');
      expect(warnings.messages).to.have.length(2);
    } finally {
      warnings.restore();
    }
  });
});

describe('<iop-family-roles> content for every relationship and stage', () => {
  for (const relationship of RELATIONSHIPS) {
    for (const stage of STAGES) {
      it(`gives roles, pairs, privacy, support and safety: ${relationship}, ${stage}`, async () => {
        const el = await familyRoles(html`<iop-family-roles relationship=${relationship} phase=${stage}></iop-family-roles>`);
        expect(all(el, '.role').map((r) => text(r.querySelector('.role-name')))).to.deep.equal([
          'Learner',
          'Supporter',
          'Family session member',
          'Limit setter',
          'Caring for yourself',
          'Safety',
        ]);
        expect(all(el, '.pair')).to.have.length(3);
        for (const pair of all(el, '.pair')) {
          expect(text(pair.querySelector('.help'))).to.match(/^Helps: /);
          expect(text(pair.querySelector('.avoid'))).to.match(/^Avoid: /);
        }
        expect(all(el, '.options-list li').map((li) => text(li.querySelector('strong')))).to.deep.equal([
          'CRAFT-based programs',
          'SMART Recovery Family & Friends',
          'Al-Anon and Nar-Anon',
        ]);
        const content = panel(el);
        expect(content).to.contain('With CRAFT, 64 in 100 got their loved one to start treatment.');
        expect(content).to.contain('In studies, CRAFT did better at getting a loved one into treatment.');
        // The overdose signs, what to do, and the risks families are rarely told (facts.md section 10), for everyone.
        for (const fact of [
          'Signs of an opioid overdose:',
          'They can’t be woken.',
          'Call 911. Give naloxone (Narcan) if you have it. Try to keep them breathing. Once they breathe, lay them on their side.',
          'Naloxone will not harm them, even if you are not sure what they took.',
          'Call 911 even if they wake up',
          'Fentanyl can be hidden in fake pills and in other drugs.',
          'After a break from using, such as treatment or jail, the old amount can kill.',
          'Stopping heavy drinking or sedative pills all at once can be dangerous. Talk to a doctor first.',
        ])
          expect(content).to.contain(fact);
        expect(content).to.contain(
          relationship === 'parent-teen'
            ? 'In rare, serious cases, when your teen’s life or safety is at risk, the program may tell you.'
            : 'In an emergency, the program can tell doctors and nurses what they need to know. This rule does not let them tell family.',
        );
        expect(content).to.contain('You can ask the team if they will listen to what you have seen');
      });
    }
  }

  it('changes the roles and pairs with the stage', async () => {
    const before = await familyRoles(html`<iop-family-roles phase="before"></iop-family-roles>`);
    const during = await familyRoles(html`<iop-family-roles phase="during"></iop-family-roles>`);
    const after = await familyRoles(html`<iop-family-roles phase="after"></iop-family-roles>`);
    expect(pairs(before).join()).to.contain('A surprise group confrontation');
    expect(pairs(during).join()).to.contain('Covering up, making excuses or paying for problems caused by use.');
    expect(pairs(after).join()).to.contain('Treating a return to use as the end of recovery.');
    expect(roleTexts(before)[2]).to.contain('Ask whether the program has family sessions');
    expect(roleTexts(during)[2]).to.contain('Join family sessions when you are asked');
    expect(roleTexts(after)[2]).to.contain('go on after IOP');
    expect(new Set([pairs(before).join(), pairs(during).join(), pairs(after).join()]).size).to.equal(3);
  });

  it('tells parents of teens that privacy rules depend on the state, and everyone else about written permission', async () => {
    const teen = await familyRoles(html`<iop-family-roles relationship="parent-teen"></iop-family-roles>`);
    expect(panel(teen)).to.contain('Rules for teens depend on your state.');
    expect(panel(teen)).to.contain('Then the program needs your teen’s OK before it can tell you about their care.');
    expect(panel(teen)).not.to.contain('written OK');
    for (const relationship of ['partner', 'parent-adult', 'friend'] as const) {
      const el = await familyRoles(html`<iop-family-roles relationship=${relationship}></iop-family-roles>`);
      expect(panel(el)).to.contain('Without your loved one’s written OK, the care team usually can’t tell you about their care');
      expect(panel(el)).not.to.contain('Rules for teens');
    }
  });

  it('adds the parent and spouse finding of the CRAFT trial only for parents and partners', async () => {
    for (const relationship of ['partner', 'parent-teen', 'parent-adult'] as const) {
      const el = await familyRoles(html`<iop-family-roles relationship=${relationship}></iop-family-roles>`);
      expect(panel(el)).to.contain('Parents had more success than spouses');
    }
    for (const relationship of ['child-sibling', 'friend', 'other'] as const) {
      const el = await familyRoles(html`<iop-family-roles relationship=${relationship}></iop-family-roles>`);
      expect(panel(el)).not.to.contain('Parents had more success than spouses');
    }
  });

  it('lists US help lines by default, with call and text links', async () => {
    const el = await familyRoles();
    const lines = all(el, '.help-lines li');
    expect(lines.map((l) => text(l.querySelector('.line-name')))).to.deep.equal([
      'Emergency',
      '988 Suicide & Crisis Lifeline',
      'SAMHSA National Helpline',
      'National Domestic Violence Hotline',
    ]);
    const links = all<HTMLAnchorElement>(el, '.help-lines a').map((a) => `${text(a)} ${a.getAttribute('href') ?? ''}`);
    expect(links).to.deep.equal([
      'Call 911 tel:911',
      'Call 988 tel:988',
      'Text 988 sms:988',
      'Call 1-800-662-4357 tel:18006624357',
      'Call 1-800-799-7233 tel:18007997233',
      'Text 88788 sms:88788',
    ]);
    expect(text(lines[1])).to.contain('In Spanish, press 2, or text AYUDA to 988.');
  });
});

describe('<iop-family-roles> clinic data', () => {
  const data = {
    clinic: 'Riverside Recovery Center',
    familyProgram: {name: 'Family Night', times: 'Thursdays, 6 to 7:30 p.m.', note: 'Free for families.'},
    contact: 'Call our family coordinator at 555-0100.',
    intakeLine: {name: 'Riverside intake', call: '555-0199'},
  };

  it('shows the clinic’s family program, contact line and intake line', async () => {
    const el = await familyRoles(withJson(data));
    const program = text(one(el, '[part="program"]'));
    expect(program).to.equal('Family Night Riverside Recovery Center When: Thursdays, 6 to 7:30 p.m. Free for families.');
    expect(text(one(el, '.contact'))).to.equal('Riverside Recovery Center: Call our family coordinator at 555-0100.');
    expect(text(one(el, '.help-lines li'))).to.equal('Riverside Recovery Center: Riverside intake Call 555-0199');
    expect(all(el, '.help-lines li')).to.have.length(5);
  });

  it('lets a clinic outside the US replace the help lines, and takes the `clinic` property over the script', async () => {
    const el = await familyRoles(withJson(data));
    el.clinic = {
      helpLines: [
        {name: 'Emergency', call: '999'},
        {name: 'Samaritans', call: '116 123', note: 'Day or night.'},
      ],
    };
    await el.updateComplete;
    expect(all(el, '.help-lines li').map((l) => text(l))).to.deep.equal(['Emergency Call 999', 'Samaritans Call 116 123 Day or night.']);
    expect(all(el, '[part="program"]')).to.have.length(0);
  });

  it('keeps the valid parts of half-wrong data and names each wrong field', async () => {
    const warnings = captureWarnings();
    try {
      const el = await familyRoles(
        withJson({
          familyProgram: {name: 'Family Night', times: 7, room: 'B'},
          contact: '',
          helpLines: [{name: 'Crisis line', call: 'call us!'}, {name: 'Text line', text: '741741'}, 'nope'],
          intakeLine: {call: '555-0199'},
          logo: 'x.png',
        }),
      );
      const problems = [...(await shownProblems(el)).querySelectorAll('li')].map((li) => text(li));
      expect(problems).to.deep.equal([
        'logo is not a field this element knows. It was left out.',
        'contact is empty. It was left out.',
        'familyProgram.room is not a field this element knows. It was left out.',
        'familyProgram.times should be text, or an object of texts by language such as {"en": "…", "es": "…"}. It was left out.',
        'helpLines[0].call: "call us!" is not a phone number. It was left out.',
        'helpLines[2] should be an object: { … }. It was left out.',
        'intakeLine.name should be text, or an object of texts by language such as {"en": "…", "es": "…"}. It was left out.',
      ]);
      expect(text(one(el, '[part="program"]'))).to.contain('Family Night');
      // The line with a wrong number keeps its name, without a link; the family still learns it exists.
      expect(all(el, '.help-lines li').map((l) => text(l))).to.deep.equal(['Crisis line', 'Text line Text 741741']);
      expect(warnings.messages).to.have.length(7);
    } finally {
      warnings.restore();
    }
  });

  it('answers broken JSON plainly and still shows all the general ideas', async () => {
    const warnings = captureWarnings();
    try {
      const el = await familyRoles(withJson('{"familyProgram": '));
      expect(text(await shownProblems(el))).to.contain('is not valid JSON');
      expect(all(el, '.role')).to.have.length(6);
    } finally {
      warnings.restore();
    }
  });

  it('shows markup in clinic text as text', async () => {
    const el = await familyRoles(withJson({familyProgram: {name: '<img src=x onerror="window.roleHack=1">Family <i>Night</i>'}}));
    expect(all(el, 'img, i')).to.have.length(0);
    expect(allText(el)).to.contain('<img src=x onerror="window.roleHack=1">Family <i>Night</i>');
    expect((window as {roleHack?: number}).roleHack).to.equal(undefined);
  });
});

describe('<iop-family-roles> language and layout', () => {
  it('follows <html lang> and leaves no English on a Spanish page, in every relationship and stage', async () => {
    for (const relationship of RELATIONSHIPS) {
      for (const stage of STAGES) {
        await setPageLanguage('en');
        const english = await familyRoles(html`<iop-family-roles relationship=${relationship} phase=${stage}></iop-family-roles>`);
        await openAll(english);
        const englishText = readableText(english);
        await setPageLanguage('es');
        const spanish = await familyRoles(html`<iop-family-roles relationship=${relationship} phase=${stage}></iop-family-roles>`);
        await openAll(spanish);
        expect(untranslated(englishText, readableText(spanish), 'es'), `${relationship} ${stage}`).to.deep.equal([]);
        expect(visibleEntities([...englishText, ...readableText(spanish)])).to.deep.equal([]);
        // 18 states: each pair leaves the page before the next, as a reader sees one at a time.
        fixtureCleanup();
      }
    }
    expect(headings(await familyRoles())[0]).to.equal('Cómo pueden ayudar la familia y los amigos');
  });

  it('reflows at 320px without sideways scrolling', async () => {
    const el = await familyRoles(withJson({familyProgram: {name: 'Family Night'}}), 320);
    const base = one(el, '[part="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(all(el, '.role').every(isShown)).to.equal(true);
  });

  it('prints what the reader chose: the choice is in the heading and the controls are left out', async () => {
    const el = await familyRoles(html`<iop-family-roles relationship="friend" phase="after"></iop-family-roles>`);
    const printRules = [...el.shadowRoot!.adoptedStyleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule) => rule.cssText.startsWith('@media print'))
      .map((rule) => rule.cssText)
      .join('\n');
    expect(printRules).to.contain('.choices { display: none; }');
    expect(panelHeading(el)).to.equal('For: Friend · After IOP');
  });
});

describe('<iop-family-roles> accessibility (axe)', () => {
  for (const lang of ['en', 'es']) {
    for (const stage of STAGES) {
      for (const relationship of RELATIONSHIPS) {
        it(`passes axe: ${lang}, ${relationship}, ${stage}`, async () => {
          await setPageLanguage(lang);
          const el = await familyRoles(html`<iop-family-roles relationship=${relationship} phase=${stage}></iop-family-roles>`);
          await expect(el).to.be.accessible();
        });
      }
    }
    for (const width of [320, 1200]) {
      it(`passes axe with clinic data, problems and sources open: ${lang}, ${String(width)}px`, async () => {
        const warnings = captureWarnings();
        try {
          await setPageLanguage(lang);
          const el = await familyRoles(
            withJson(
              {clinic: 'Riverside', familyProgram: {name: 'Family Night', times: 'Thursdays'}, contact: 'Call 555-0100.', logo: 1},
              'relationship="parent-teen"',
            ),
            width,
          );
          await openAll(el);
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }
  }

  it('passes axe in forced-colors mode, with the choice still marked', async () => {
    await emulateForcedColors(true);
    try {
      const el = await familyRoles();
      await expect(el).to.be.accessible();
      expect(getComputedStyle(one(el, '.option:has(input:checked)')).outlineStyle).to.equal('solid');
    } finally {
      await emulateForcedColors(false);
    }
  });
});
