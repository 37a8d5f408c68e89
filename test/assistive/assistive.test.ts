/**
 * Accessibility beyond axe: what a screen-reader user, a keyboard user and a low-vision reader actually get.
 * Each test reads what assistive technology reads (Chromium's accessibility tree and accessible names) or what
 * is painted (screenshots under forced colours, geometry with readers' text spacing), not the elements' code.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/iop-family.js';
import {emulateForcedColors, rendered, setPageLanguage} from '../helpers/page.js';
import {all, buttonNamed, focused, one, text} from '../helpers/queries.js';
import {
  accessibilityTree,
  accessibleNames,
  applyTextSpacing,
  backgroundLuminance,
  clippedText,
  coveredText,
  countedRole,
  deepElements,
  labelPixels,
  paintedContrast,
  reachable,
  screenshotPixels,
  spokenText,
  visibleText,
} from './assistive.js';

type Rendered = HTMLElement & {updateComplete: Promise<boolean>};

const TAGS = ['iop-care-levels', 'iop-weekly-schedule', 'iop-family-roles', 'iop-conversation-guide'] as const;

/** A clinic's page with all four elements, one under another, as on the demo page. */
async function allFour(width = 800): Promise<Rendered[]> {
  const page = await fixture<HTMLDivElement>(
    html`<main style="width: ${width}px">
      <iop-care-levels></iop-care-levels>
      <iop-weekly-schedule></iop-weekly-schedule>
      <iop-family-roles
        .clinic=${{clinic: 'Riverside Recovery Center', intakeLine: {name: 'Intake line', phone: '555-0199'}}}
      ></iop-family-roles>
      <iop-conversation-guide></iop-conversation-guide>
    </main>`,
  );
  return Promise.all(TAGS.map((tag) => rendered(page.querySelector<Rendered>(tag)!)));
}

async function single<T extends Rendered>(template: unknown, width: number): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  return rendered(wrapper.firstElementChild as T);
}

const collapse = (value: string): string => value.replace(/\s+/g, ' ').trim().toLowerCase();

/** Adds one busy time through "Fit with my week", as a reader does. */
async function addBusyTime(schedule: Rendered, start = '09:00', end = '17:00'): Promise<void> {
  (one(schedule, 'input[name="start"]') as HTMLInputElement).value = start;
  (one(schedule, 'input[name="end"]') as HTMLInputElement).value = end;
  one(schedule, 'button[type="submit"]').click();
  await schedule.updateComplete;
}

afterEach(async () => {
  await emulateForcedColors(false);
  await setViewport({width: 800, height: 600});
  await setPageLanguage('en');
});

describe('the accessibility tree at load', () => {
  it('holds every heading, link and button of a page with all four elements, before any scrolling', async () => {
    await setViewport({width: 800, height: 600});
    const elements = await allFour();
    const expected = {heading: [] as string[], link: [] as string[], button: [] as string[]};
    for (const element of deepElements(elements)) {
      const role = countedRole(element);
      if (role && reachable(element)) expected[role].push(element.getAttribute('aria-label') ?? spokenText(element));
    }
    const tree = await accessibilityTree();
    for (const role of ['heading', 'link', 'button'] as const) {
      const names = tree.filter((node) => node.role === role).map((node) => collapse(node.name));
      const missing = expected[role].filter((name) => !names.includes(collapse(name)));
      expect(
        missing,
        `${role}s missing from the accessibility tree (${names.length} there, ${expected[role].length} on the page)`,
      ).to.deep.equal([]);
    }
    // The crisis lines are the links that matter most.
    const links = tree.filter((node) => node.role === 'link').map((node) => node.name);
    for (const line of ['Call 911', 'Call 988', 'Text 988']) expect(links, line).to.include(line);
  });
});

describe('live regions', () => {
  it('every status and alert region is in the tree before its first message', async () => {
    const elements = await allFour();
    const regions = deepElements(elements).filter((element) => ['status', 'alert'].includes(element.getAttribute('role') ?? ''));
    expect(regions.length, 'status regions: roles, schedule (2), guide').to.be.at.least(4);
    const found = await accessibleNames(regions);
    const roles = found.map((node, i) => `${regions[i]!.className}: ${node.role}`);
    expect(roles).to.deep.equal(regions.map((region) => `${region.className}: ${String(region.getAttribute('role'))}`));
  });

  it('"Fit with my week" announces clashes, the removal of the last busy time and clearing them all', async () => {
    const schedule = await single<Rendered>(html`<iop-weekly-schedule></iop-weekly-schedule>`, 1200);
    const status = (): string => text(one(schedule, '[role="status"]'));
    expect(status()).to.equal('');
    await addBusyTime(schedule);
    expect(status()).to.match(/sessions? clash|None of the sessions clash/);
    buttonNamed(schedule, 'Clear all busy times').click();
    await schedule.updateComplete;
    expect(status(), 'after clearing').to.not.equal('');
    await addBusyTime(schedule);
    all<HTMLButtonElement>(schedule, '.busy-list button')[0]!.click();
    await schedule.updateComplete;
    expect(status(), 'after removing the last').to.not.equal('');
    expect((await accessibleNames([one(schedule, '[role="status"]')]))[0]!.role).to.equal('status');
  });
});

describe('accessible names contain the visible labels (WCAG 2.5.3)', () => {
  // 800px: the week grid shows short day names there.
  for (const width of [320, 800, 1200]) {
    it(`every button and link, and every heading's whole text, at ${width}px`, async () => {
      await setViewport({width: Math.max(width, 400), height: 800});
      const elements = await allFour(width);
      const controls = deepElements(elements).filter((element) => countedRole(element) && reachable(element));
      const names = await accessibleNames(controls);
      // Compared by letters and digits only: spacing and punctuation do not change what a voice user says.
      const words = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      const wrong = controls.flatMap((control, i) => {
        const seen = visibleText(control);
        const name = names[i]!.name;
        const problems = [];
        if (!words(name).includes(words(seen))) problems.push(`shows "${seen}", is named "${name}"`);
        // A screen reader runs "6:Get" or "3Listen" together: the words of a name need their spaces.
        if (/[:;,.!?]\p{L}|\p{N}\p{L}/u.test(name)) problems.push(`is named "${name}", with words run together`);
        return problems.map((problem) => `<${control.localName} class="${control.className}"> ${problem}`);
      });
      expect(wrong).to.deep.equal([]);
    });
  }
});

describe('the screenshot checks themselves', () => {
  it('read the pixels where the text is, however far the page is scrolled', async () => {
    await setViewport({width: 800, height: 600});
    const page = await fixture<HTMLDivElement>(
      html`<div style="height: 3000px; background: #fff; color: #000; font: 16px sans-serif">
        <p style="margin: 0; padding-top: 1500px"><span id="words">Words here</span></p>
      </div>`,
    );
    const words = page.querySelector('#words')!;
    expect(paintedContrast(await labelPixels(words)), 'the words').to.be.above(10);
    expect(scrollY, 'the page was scrolled to them').to.be.above(1000);
    // The same size of box just above the words holds nothing but the background.
    const box = words.getBoundingClientRect();
    expect(paintedContrast(await screenshotPixels(new DOMRect(box.x, box.y - 200, box.width, box.height), 2)), 'blank').to.equal(1);
  });
});

describe('forced colours (Windows High Contrast)', () => {
  for (const colorScheme of ['dark', 'light'] as const) {
    it(`the week grid's days, sessions and view buttons and the guide's steps can be read, ${colorScheme} theme`, async () => {
      await setViewport({width: 1300, height: 2000});
      const schedule = await single<Rendered>(html`<iop-weekly-schedule></iop-weekly-schedule>`, 1200);
      await emulateForcedColors(true, colorScheme);
      const canvas = backgroundLuminance(one(schedule, '.root'));
      expect(canvas, `the ${colorScheme} theme's background`).to.be[colorScheme === 'dark' ? 'below' : 'above'](0.5);
      for (const text of all(schedule, '.view-grid .day-name, .view-grid .session .title, .view-grid .session .time')) {
        const contrast = paintedContrast(await labelPixels(text));
        expect(contrast, `"${visibleText(text)}" in the week grid`).to.be.at.least(4.5);
      }
      for (const label of ['Week grid', 'List']) {
        const button = buttonNamed(schedule, label);
        button.click();
        await schedule.updateComplete;
        expect(button.getAttribute('aria-pressed')).to.equal('true');
        const contrast = paintedContrast(await labelPixels(button));
        expect(contrast, `pressed "${label}"`).to.be.at.least(4.5);
        const other = buttonNamed(schedule, label === 'List' ? 'Week grid' : 'List');
        expect(paintedContrast(await labelPixels(other)), `not pressed`).to.be.at.least(4.5);
      }
      schedule.remove();
      for (const width of [1200, 320]) {
        const guide = await single<Rendered>(html`<iop-conversation-guide step="3"></iop-conversation-guide>`, width);
        for (const step of all(guide, '.step-link')) {
          const contrast = paintedContrast(await labelPixels(step));
          expect(contrast, `step "${text(step)}" at ${width}px`).to.be.at.least(4.5);
        }
        guide.parentElement!.remove();
      }
    });
  }
});

describe("readers' text spacing (WCAG 1.4.12)", () => {
  let removeSpacing: () => void = () => undefined;
  afterEach(() => {
    removeSpacing();
  });

  it('reaches inside every element', async () => {
    removeSpacing = applyTextSpacing();
    const elements = await allFour();
    for (const element of elements) {
      const paragraph = one(element, 'p');
      const size = parseFloat(getComputedStyle(paragraph).fontSize);
      expect(parseFloat(getComputedStyle(paragraph).letterSpacing), `${element.localName} letter spacing`).to.be.closeTo(0.12 * size, 0.5);
      expect(parseFloat(getComputedStyle(paragraph).wordSpacing), `${element.localName} word spacing`).to.be.closeTo(0.16 * size, 0.5);
    }
  });

  for (const lang of ['en', 'es']) {
    for (const width of [660, 820, 1024]) {
      it(`cuts off no text in the week grid, busy times and clashes included (${lang}, ${width}px)`, async () => {
        await setPageLanguage(lang);
        await setViewport({width: width + 100, height: 3000});
        removeSpacing = applyTextSpacing();
        const schedule = await single<Rendered>(html`<iop-weekly-schedule></iop-weekly-schedule>`, width);
        await addBusyTime(schedule, '08:00', '10:30');
        await addBusyTime(schedule, '18:00', '19:30');
        expect(getComputedStyle(one(schedule, '.week')).display, 'the grid is shown').to.equal('grid');
        expect(all(schedule, '.session.clash').length, 'sessions clash').to.be.above(0);
        expect(clippedText(schedule)).to.deep.equal([]);
        expect(coveredText(schedule)).to.deep.equal([]);
      });
    }
  }

  for (const width of [320, 1200]) {
    it(`cuts off no text in the guide's steps (${width}px)`, async () => {
      await setViewport({width: Math.max(width, 400), height: 3000});
      removeSpacing = applyTextSpacing();
      const guide = await single<Rendered>(html`<iop-conversation-guide></iop-conversation-guide>`, width);
      expect(clippedText(guide)).to.deep.equal([]);
    });
  }
});

describe('the week grid', () => {
  it('shows every busy time\'s hours, and draws no text over another\'s: busy times beside sessions, "No sessions" beside busy times', async () => {
    await setViewport({width: 1300, height: 3000});
    const schedule = await single<Rendered>(html`<iop-weekly-schedule></iop-weekly-schedule>`, 1200);
    // Work all day on weekdays, and a class that clashes with the evening sessions.
    await addBusyTime(schedule);
    await addBusyTime(schedule, '18:00', '19:30');
    expect(getComputedStyle(one(schedule, '.week')).display, 'the grid is shown').to.equal('grid');
    expect(all(schedule, '.session.clash').length, 'sessions clash').to.be.above(0);
    for (const busy of all(schedule, '.busy')) expect(visibleText(busy.querySelector('.time')!), 'busy time shown').to.match(/\d/);
    expect(coveredText(schedule)).to.deep.equal([]);
  });
});

describe('focus', () => {
  it('the guide\'s "Help lines" heading shows a focus ring when a keyboard user jumps to it', async () => {
    const guide = await single<Rendered>(html`<iop-conversation-guide></iop-conversation-guide>`, 800);
    buttonNamed(guide, 'All help lines').focus();
    await sendKeys({press: 'Enter'});
    await guide.updateComplete;
    const heading = focused(guide)!;
    expect(text(heading)).to.equal('Help lines');
    const style = getComputedStyle(heading);
    expect(style.outlineStyle).to.not.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('long words from a clinic', () => {
  it('wrap inside every element at 320px', async () => {
    await setViewport({width: 320, height: 3000});
    // No hyphen, space or slash to break at, as in a clinic's run-together name or a web address.
    const word = 'RiversideRecoveryCenterFamilyProgramForParentsAndPartners.example';
    const page = await fixture<HTMLDivElement>(
      html`<main style="width: 320px">
        <iop-care-levels .clinic=${{clinic: word, levels: {iop: {name: word, note: word}}}}></iop-care-levels>
        <iop-weekly-schedule
          .schedule=${{tracks: [{id: 'a', name: word, sessions: [{day: 'mon', start: '09:00', end: '12:00', type: 'group', title: word}]}], phases: [{name: word, note: word}]}}
        ></iop-weekly-schedule>
        <iop-family-roles .clinic=${{clinic: word, contact: word, familyProgram: {name: word, times: word, note: word}}}></iop-family-roles>
        <iop-conversation-guide .clinic=${{clinic: word, intakeLine: {name: word, phone: '555-0199', note: word}}}></iop-conversation-guide>
      </main>`,
    );
    const elements = await Promise.all(TAGS.map((tag) => rendered(page.querySelector<Rendered>(tag)!)));
    const edge = page.getBoundingClientRect().right;
    for (const element of elements) {
      for (const node of deepElements([element])) {
        const box = node.getBoundingClientRect();
        if (box.width > 0) expect(box.right, `${element.localName} ${node.localName}.${node.className}`).to.be.at.most(edge + 0.5);
      }
    }
  });
});
