import {expect, fixture, fixtureCleanup, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/iop-conversation-guide.js';
import type {IopConversationGuide} from '../../src/elements/iop-conversation-guide.js';
import {PLAN_STORAGE_KEY} from '../../src/components/conversation-guide/conversation-guide.js';
import {captureWarnings, emulateForcedColors, openAll, rendered, setPageLanguage, shownProblems} from '../helpers/page.js';
import {all, buttonNamed, focused, headings, isShown, one, radios, text} from '../helpers/queries.js';
import {allText, readableText, untranslated, visibleEntities} from '../helpers/text.js';

const SCENARIOS = ['considering', 'missing-sessions', 'return-to-use', 'teen'] as const;
const STEP_TITLES = ['Get ready', 'Start the talk', 'Listen', 'If they push back', 'Offer a next step', 'After the talk'];

async function guide(template = html`<iop-conversation-guide></iop-conversation-guide>`, width = 1200): Promise<IopConversationGuide> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  return rendered(wrapper.querySelector('iop-conversation-guide')!);
}

const withJson = (json: unknown, attributes = '') => {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = `<iop-conversation-guide ${attributes}><script type="application/json"></script></iop-conversation-guide>`;
  wrapper.querySelector('script')!.textContent = typeof json === 'string' ? json : JSON.stringify(json);
  return html`${wrapper.firstElementChild}`;
};

const stepHeading = (el: Element): string => text(one(el, '#step-heading'));
const example = (el: Element): string => text(one(el, '[part="example"]'));
const settle = async (el: IopConversationGuide): Promise<void> => {
  await el.updateComplete;
  await el.updateComplete;
};

/** Types into a plan field as a reader would. */
async function write(el: IopConversationGuide, field: string, value: string): Promise<void> {
  const area = one(el, `textarea[name="${field}"]`) as HTMLTextAreaElement;
  area.focus();
  area.value = '';
  await sendKeys({type: value});
  await el.updateComplete;
}

afterEach(async () => {
  await setPageLanguage('en');
  localStorage.removeItem(PLAN_STORAGE_KEY);
});

describe('<iop-conversation-guide> steps', () => {
  it('starts on step 1 of 6 with a step list marking the current step', async () => {
    const el = await guide();
    expect(headings(el)[0]).to.equal('Talking with your loved one');
    expect(stepHeading(el)).to.equal('Step 1 of 6: Get ready');
    const links = all(el, '.step-link');
    expect(links.map((b) => text(b).replace(/^\d /, ''))).to.deep.equal(STEP_TITLES);
    expect(links[0]!.getAttribute('aria-current')).to.equal('step');
    expect(links.slice(1).every((b) => b.getAttribute('aria-current') === 'false')).to.equal(true);
    expect(buttonNamed(el, /Previous step/).disabled).to.equal(true);
  });

  it('goes forward and back with Next and Previous, moving focus to the new step’s heading, and tells the host page', async () => {
    const el = await guide();
    const changed = oneEvent(el, 'iop-guide-change');
    buttonNamed(el, /Next step/).click();
    expect(((await changed) as CustomEvent<{step: string; scenario: string}>).detail).to.deep.equal({
      step: 'open',
      scenario: 'considering',
    });
    await settle(el);
    expect(stepHeading(el)).to.equal('Step 2 of 6: Start the talk');
    expect(focused(el)?.id).to.equal('step-heading');
    expect(all(el, '.step-link')[1]!.getAttribute('aria-current')).to.equal('step');
    buttonNamed(el, /Previous step/).click();
    await settle(el);
    expect(stepHeading(el)).to.equal('Step 1 of 6: Get ready');
    expect(focused(el)?.id).to.equal('step-heading');
  });

  it('works from the keyboard alone: Enter on Next, and on a step in the list', async () => {
    const el = await guide();
    buttonNamed(el, /Next step/).focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(stepHeading(el)).to.equal('Step 2 of 6: Start the talk');
    (all(el, '.step-link')[4] as HTMLButtonElement).focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(stepHeading(el)).to.equal('Step 5 of 6: Offer a next step');
    expect(focused(el)?.id).to.equal('step-heading');
  });

  it('sends the reader to their plan from the last step', async () => {
    const el = await guide(html`<iop-conversation-guide step="6"></iop-conversation-guide>`);
    const next = buttonNamed(el, /Go to my plan/);
    next.click();
    await settle(el);
    expect(focused(el)?.id).to.equal('plan-heading');
  });

  it('starts on the step named in `step`, as a number or an id', async () => {
    expect(stepHeading(await guide(html`<iop-conversation-guide step="3"></iop-conversation-guide>`))).to.equal('Step 3 of 6: Listen');
    expect(stepHeading(await guide(html`<iop-conversation-guide step="pushback"></iop-conversation-guide>`))).to.equal(
      'Step 4 of 6: If they push back',
    );
  });

  it('gives every step guidance and “instead of … try …” pairs', async () => {
    const el = await guide();
    for (let i = 0; i < 6; i++) {
      expect(stepHeading(el)).to.contain(STEP_TITLES[i]);
      expect(all(el, '.step > p').length, 'guidance').to.be.at.least(1);
      const phrases = all(el, '.phrase');
      expect(phrases.length).to.be.at.least(2);
      for (const phrase of phrases) {
        expect(text(phrase.querySelector('.instead'))).to.match(/^Instead of: /);
        expect(text(phrase.querySelector('.try'))).to.match(/^Try: /);
        expect(text(phrase.querySelector('.skill'))).not.to.equal('');
      }
      if (i < 5) buttonNamed(el, /Next step/).click();
      await settle(el);
    }
  });

  it('uses CRAFT and OARS skills across the steps', async () => {
    const el = await guide();
    const skills: string[] = [];
    for (let i = 0; i < 6; i++) {
      skills.push(...all(el, '.phrase .skill').map((s) => text(s)));
      buttonNamed(el, /Next step|Go to my plan/).click();
      await settle(el);
    }
    for (const skill of [
      'Ask an open question',
      'Notice the good',
      'Say back what you hear',
      'Sum it up',
      'Show understanding',
      'Accept part of the responsibility',
      'Be specific, and offer to help',
    ]) {
      expect(skills).to.include(skill);
    }
  });

  it('reports an unknown `step` or `scenario` and starts at the default', async () => {
    const warnings = captureWarnings();
    try {
      const el = await guide(html`<iop-conversation-guide step="9" scenario="panic"></iop-conversation-guide>`);
      const problems = text(await shownProblems(el));
      expect(problems).to.contain('step: "9" is not one of 1, 2, 3, 4, 5, 6, prepare, open, listen, pushback, next-step, after.');
      expect(problems).to.contain('scenario: "panic" is not one of considering, missing-sessions, return-to-use, teen.');
      expect(stepHeading(el)).to.equal('Step 1 of 6: Get ready');
      expect(warnings.messages).to.have.length(2);
    } finally {
      warnings.restore();
    }
  });
});

describe('<iop-conversation-guide> scenarios', () => {
  it('offers four situations and shows an example for the chosen one at every step', async () => {
    const el = await guide();
    expect(radios(el).map((r) => r.label)).to.deep.equal([
      'They might need IOP',
      'They are in IOP but missing sessions',
      'They drank or used again',
      'Talking with a teen',
    ]);
    const seen = new Set<string>();
    for (const scenario of SCENARIOS) {
      radios(el)
        .find((r) => r.input.value === scenario)!
        .input.click();
      await settle(el);
      for (let i = 0; i < 6; i++) {
        (all(el, '.step-link')[i] as HTMLButtonElement).click();
        await settle(el);
        const text = example(el);
        expect(text).to.match(/^Example: /);
        expect(all(el, '.line').length).to.be.at.least(1);
        seen.add(text);
      }
    }
    expect(seen.size, 'a different example for each scenario and step').to.equal(24);
  });

  it('starts on the `scenario` attribute and switches with the arrow keys, keeping the step', async () => {
    const el = await guide(html`<iop-conversation-guide scenario="teen" step="4"></iop-conversation-guide>`);
    expect(example(el)).to.contain('Example: Talking with a teen');
    expect(example(el)).to.contain('“You don’t trust me!”');
    radios(el)
      .find((r) => r.input.checked)!
      .input.focus();
    await sendKeys({press: 'ArrowLeft'});
    await settle(el);
    expect(example(el)).to.contain('Example: They drank or used again');
    expect(stepHeading(el)).to.equal('Step 4 of 6: If they push back');
  });

  it('labels who speaks in each line of an example', async () => {
    const el = await guide(html`<iop-conversation-guide step="open"></iop-conversation-guide>`);
    const lines = all(el, '.line').map((l) => text(l));
    expect(lines[0]).to.match(/^You: “/);
    expect(lines[1]).to.match(/^Them: “/);
  });
});

describe('<iop-conversation-guide> safety', () => {
  it('puts safety first: when not to talk, withdrawal and overdose, the crisis lines, and a button to every help line', async () => {
    const el = await guide();
    const safety = one(el, '[part="safety"]');
    expect(text(safety)).to.contain('Do not have this talk while your loved one is drunk or high.');
    expect(text(safety)).to.contain('Do not have it if you fear violence. Stay safe, and get help from the lines below.');
    expect(text(safety)).to.contain('Stopping heavy drinking or sedative pills all at once can be dangerous. Talk to a doctor first.');
    expect(text(safety)).to.contain('It will not harm them, even if you are not sure what they took.');
    // "The lines below" include the one for violence at home.
    expect(all(el, '[part="safety"] .line-name').map((n) => text(n))).to.deep.equal([
      'Emergency',
      '988 Suicide & Crisis Lifeline',
      'National Domestic Violence Hotline',
    ]);
    expect(all<HTMLAnchorElement>(el, '[part="safety"] a').map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:911',
      'tel:988',
      'sms:988',
      'tel:18007997233',
      'sms:88788',
    ]);
    expect(text(safety)).to.contain('In Spanish, press 2, or text AYUDA to 988.');
    expect(text(safety)).to.contain('For a mental health, drinking or drug crisis, and for family who are worried about someone.');
    expect(text(safety)).to.contain('Calls have interpreters in many languages.');
    buttonNamed(el, 'All help lines').click();
    expect(focused(el)?.id).to.equal('help-heading');
    const lines = all(el, '[part="help-lines"] .line-name').map((n) => text(n));
    expect(lines).to.deep.equal([
      'Emergency',
      '988 Suicide & Crisis Lifeline',
      'SAMHSA National Helpline',
      'National Domestic Violence Hotline',
    ]);
    expect(text(one(el, '[part="help-lines"]'))).to.contain('Call 1-800-662-4357');
  });

  it('after a return to use, says to keep naloxone, why, and the signs of an overdose', async () => {
    const el = await guide(html`<iop-conversation-guide scenario="return-to-use" step="after"></iop-conversation-guide>`);
    expect(example(el)).to.contain(
      'If they also use pills or drugs not from a pharmacy, you keep naloxone (Narcan) at home: fentanyl can be hidden in them.',
    );
    expect(example(el)).to.contain('After a break from using, the old amount can cause an overdose.');
    expect(example(el)).to.contain('Signs of an opioid overdose: they can’t be woken');
    expect(example(el)).not.to.contain('If opioids are involved');
  });

  it('lets a clinic add its intake line and, outside the US, replace the numbers', async () => {
    const el = await guide(withJson({intakeLine: {name: 'Riverside intake', call: '555-0199'}}));
    expect(all(el, '[part="help-lines"] .line-name').map((n) => text(n))[0]).to.equal('Riverside intake');
    el.clinic = {
      helpLines: [
        {name: 'Emergency', call: '000'},
        {name: 'Lifeline', call: '13 11 14'},
        {name: 'Family Drug Support', call: '1300 368 186'},
      ],
    };
    await settle(el);
    expect(all<HTMLAnchorElement>(el, '[part="safety"] a').map((a) => text(a))).to.deep.equal(['Call 000', 'Call 13 11 14']);
    expect(all(el, '[part="help-lines"] .line-name').map((n) => text(n))).to.deep.equal(['Emergency', 'Lifeline', 'Family Drug Support']);
    expect(allText(el)).not.to.contain('988');
  });

  it('keeps the valid lines of half-wrong data and names each wrong field', async () => {
    const warnings = captureWarnings();
    try {
      const el = await guide(
        withJson({
          helpLines: [
            {name: 'Crisis', call: '123-abc'},
            {name: 'Good line', call: '0800 123'},
          ],
          intakeLine: {name: 'Intake'},
          extra: 1,
        }),
      );
      const problems = [...(await shownProblems(el)).querySelectorAll('li')].map((li) => text(li));
      expect(problems).to.deep.equal([
        'extra is not a field this element knows. It was left out.',
        'helpLines[0].call: "123-abc" is not a phone number. It was left out.',
        'intakeLine is empty. It was left out.',
      ]);
      // The line with a wrong number keeps its name, without a link.
      expect(all(el, '[part="help-lines"] .line-name').map((n) => text(n))).to.deep.equal(['Crisis', 'Good line']);
      expect(all(el, '[part="help-lines"] a').map((a) => a.getAttribute('href'))).to.include('tel:0800123');
      expect(all(el, '[part="help-lines"] a').map((a) => a.getAttribute('href'))).not.to.include('tel:123');
    } finally {
      warnings.restore();
    }
  });

  it('answers broken JSON plainly and keeps the default lines and the guide', async () => {
    const warnings = captureWarnings();
    try {
      const el = await guide(withJson('{"helpLines": ['));
      expect(text(await shownProblems(el))).to.contain('is not valid JSON');
      expect(all(el, '[part="help-lines"] li')).to.have.length(4);
      expect(stepHeading(el)).to.equal('Step 1 of 6: Get ready');
    } finally {
      warnings.restore();
    }
  });

  it('shows markup in clinic text as text', async () => {
    const el = await guide(withJson({intakeLine: {name: '<img src=x onerror="window.guideHack=1">Intake', call: '555'}}));
    expect(all(el, 'img')).to.have.length(0);
    expect(allText(el)).to.contain('<img src=x onerror="window.guideHack=1">Intake');
    expect((window as {guideHack?: number}).guideHack).to.equal(undefined);
  });
});

describe('<iop-conversation-guide> my plan', () => {
  it('keeps the plan in memory only by default: nothing in storage or cookies', async () => {
    const before = {cookie: document.cookie, local: localStorage.length, session: sessionStorage.length};
    const el = await guide();
    expect(text(one(el, '[part="plan"] .hint'))).to.contain('It is not saved or sent anywhere');
    await write(el, 'worries', 'The drinking and driving.');
    expect((one(el, 'textarea[name="worries"]') as HTMLTextAreaElement).value).to.equal('The drinking and driving.');
    expect({cookie: document.cookie, local: localStorage.length, session: sessionStorage.length}).to.deep.equal(before);
  });

  it('clears the plan only after the reader confirms, and says so', async () => {
    const el = await guide();
    await write(el, 'say', 'I love you.');
    buttonNamed(el, 'Clear my plan').click();
    await settle(el);
    expect(focused(el)?.textContent.trim()).to.equal('Yes, clear it');
    buttonNamed(el, 'Keep it').click();
    await settle(el);
    expect((one(el, 'textarea[name="say"]') as HTMLTextAreaElement).value).to.equal('I love you.');
    buttonNamed(el, 'Clear my plan').click();
    await settle(el);
    buttonNamed(el, 'Yes, clear it').click();
    await settle(el);
    expect((one(el, 'textarea[name="say"]') as HTMLTextAreaElement).value).to.equal('');
    expect(text(one(el, '[part="plan"] [role="status"]'))).to.equal('Your plan was cleared.');
    expect(focused(el)?.id).to.equal('plan-worries');
  });

  it('downloads the plan as text, with the help lines', async () => {
    const el = await guide();
    await write(el, 'worries', 'How tired they seem.');
    await write(el, 'offer', 'I can drive you.');
    const created: Blob[] = [];
    const clicked: string[] = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return createObjectURL(blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      buttonNamed(el, 'Download as text').click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.deep.equal(['my-conversation-plan.txt']);
    expect(created[0]!.type).to.equal('text/plain;charset=utf-8');
    const content = await created[0]!.text();
    expect(content).to.equal(
      [
        'My conversation plan',
        '====================',
        '',
        'What worries me',
        'How tired they seem.',
        '',
        'What I want to say',
        '—',
        '',
        'The next step I will offer',
        'I can drive you.',
        '',
        'Who supports me',
        '—',
        '',
        'Help lines',
        'Emergency: Call 911',
        '988 Suicide & Crisis Lifeline: Call 988, Text 988',
        'SAMHSA National Helpline: Call 1-800-662-4357',
        'National Domestic Violence Hotline: Call 1-800-799-7233, Text 88788',
        '',
      ].join('\n'),
    );
  });

  it('prints just the plan and the help lines', async () => {
    const el = await guide();
    await write(el, 'say', 'I love you and I am worried.');
    const print = window.print;
    let during: {planOnly: boolean; marked: boolean} | undefined;
    window.print = () => {
      during = {planOnly: one(el, '[part="base"]').classList.contains('print-plan'), marked: el.hasAttribute('data-iop-printing')};
    };
    try {
      buttonNamed(el, 'Print my plan').click();
      for (let i = 0; i < 50 && !during; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      window.print = print;
    }
    expect(during).to.deep.equal({planOnly: true, marked: true});
    expect(text(one(el, '.plan-print'))).to.contain('I love you and I am worried.');
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(one(el, '[part="base"]').classList.contains('print-plan')).to.equal(false);
  });

  it('with the clinic’s `remember-plan` opt-in, keeps the plan on this device until it is cleared', async () => {
    const first = await guide(html`<iop-conversation-guide remember-plan></iop-conversation-guide>`);
    expect(text(one(first, '[part="plan"] .hint'))).to.equal(
      'What you write is kept on this device until you clear it. It is never sent anywhere.',
    );
    await write(first, 'support', 'My sister.');
    expect(JSON.parse(localStorage.getItem(PLAN_STORAGE_KEY) ?? '{}')).to.deep.include({support: 'My sister.'});
    const second = await guide(html`<iop-conversation-guide remember-plan></iop-conversation-guide>`);
    expect((one(second, 'textarea[name="support"]') as HTMLTextAreaElement).value).to.equal('My sister.');
    buttonNamed(second, 'Clear my plan').click();
    await settle(second);
    buttonNamed(second, 'Yes, clear it').click();
    await settle(second);
    expect(localStorage.getItem(PLAN_STORAGE_KEY)).to.equal(null);
  });
});

describe('<iop-conversation-guide> language and layout', () => {
  it('follows <html lang> and leaves no English on a Spanish page, at every step of every scenario', async () => {
    for (const scenario of SCENARIOS) {
      for (let step = 1; step <= 6; step++) {
        const state = html`<iop-conversation-guide scenario=${scenario} step=${String(step)}></iop-conversation-guide>`;
        await setPageLanguage('en');
        const english = await guide(state);
        await openAll(english);
        const englishText = readableText(english);
        await setPageLanguage('es');
        const spanish = await guide(state);
        await openAll(spanish);
        expect(untranslated(englishText, readableText(spanish), 'es'), `${scenario} ${String(step)}`).to.deep.equal([]);
        expect(visibleEntities([...englishText, ...readableText(spanish)])).to.deep.equal([]);
        // 48 states: each pair leaves the page before the next, as a reader sees one at a time.
        fixtureCleanup();
      }
    }
    expect(stepHeading(await guide())).to.equal('Paso 1 de 6: Prepárese');
  });

  it('reflows at 320px without sideways scrolling', async () => {
    const el = await guide(undefined, 320);
    const base = one(el, '[part="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(isShown(one(el, '.step-list'))).to.equal(true);
  });
});

describe('<iop-conversation-guide> accessibility (axe)', () => {
  for (const lang of ['en', 'es']) {
    for (const scenario of SCENARIOS) {
      for (let step = 1; step <= 6; step++) {
        it(`passes axe: ${lang}, ${scenario}, step ${String(step)}`, async () => {
          await setPageLanguage(lang);
          const el = await guide(html`<iop-conversation-guide scenario=${scenario} step=${String(step)}></iop-conversation-guide>`);
          await expect(el).to.be.accessible();
        });
      }
    }
    for (const width of [320, 1200]) {
      it(`passes axe with a plan written, the clear confirmation, problems and sources open: ${lang}, ${String(width)}px`, async () => {
        const warnings = captureWarnings();
        try {
          await setPageLanguage(lang);
          const el = await guide(withJson({intakeLine: {name: 'Intake', call: '555-0199'}, extra: 1}), width);
          await write(el, 'worries', 'Worried.');
          (one(el, '#clear-plan') as HTMLButtonElement).click();
          await settle(el);
          await openAll(el);
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }
  }

  it('passes axe in forced-colors mode, with the current step still marked', async () => {
    await emulateForcedColors(true);
    try {
      const el = await guide(html`<iop-conversation-guide step="2"></iop-conversation-guide>`);
      await expect(el).to.be.accessible();
      expect(getComputedStyle(one(el, '.step-link[aria-current="step"]')).outlineStyle).to.equal('solid');
    } finally {
      await emulateForcedColors(false);
    }
  });
});
