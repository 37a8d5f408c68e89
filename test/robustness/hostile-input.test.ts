/**
 * One test for each way a host page, a framework or a clinic broke an element before (issue 15). Each case
 * is the reproduction from the issue; the generated test (generated-input.test.ts) covers the rest.
 */
import {expect} from '@open-wc/testing';
import {setPageLanguage} from '../helpers/page.js';
import {until} from '../helpers/wait.js';
import {attributesOf, DATA_NAMES, isRendered, mount, shownText, TAGS, type Hostile, type Session, type Tag} from './harness.js';

const fields = (session: Session): string[] => session.problems().map((p) => p.field);

/** A session is intact: nothing thrown, the element rendered. */
function expectIntact(session: Session): void {
  expect(session.errors, 'errors thrown out of the element').to.deep.equal([]);
  expect(isRendered(session.el), 'the element rendered').to.equal(true);
}

async function check(tag: Tag, before: (el: Hostile) => void, test: (session: Session) => void | Promise<void>): Promise<void> {
  const session = await mount(tag, before);
  try {
    await test(session);
  } finally {
    session.end();
  }
}

const schedule = (sessions: readonly unknown[]) => ({
  tracks: [
    {
      id: 'evening',
      name: 'Evening',
      sessions: [{day: 'mon', start: '17:30', end: '19:00', type: 'group', title: 'Kept group'}, ...sessions],
    },
  ],
});

afterEach(async () => {
  await setPageLanguage('en');
});

describe('hostile input: removing an attribute', () => {
  for (const tag of TAGS) {
    it(`<${tag}> survives every attribute being set and then removed`, async () => {
      for (const name of await attributesOf(tag)) {
        await check(
          tag,
          (el) => {
            el.setAttribute(name, name === 'heading-level' ? '3' : 'x');
          },
          async (session) => {
            session.el.removeAttribute(name);
            await session.settle();
            expectIntact(session);
          },
        );
      }
    });
  }
});

describe('hostile input: property values of other types, as frameworks set them', () => {
  it('takes a number for step and track, and a list for levels', async () => {
    await check(
      'iop-conversation-guide',
      (el) => (el.step = 3),
      (session) => {
        expectIntact(session);
        expect(session.el.shadowRoot!.querySelector('[aria-current="step"]')?.textContent).to.contain('Listen');
        expect(session.problems()).to.deep.equal([]);
      },
    );
    await check(
      'iop-care-levels',
      (el) => (el.levels = ['php', 'iop']),
      (session) => {
        expectIntact(session);
        expect([...session.el.shadowRoot!.querySelectorAll('.rung-name')].map((n) => n.textContent.trim())).to.have.length(2);
        expect(session.problems()).to.deep.equal([]);
      },
    );
    await check(
      'iop-weekly-schedule',
      (el) => {
        el.schedule = {
          tracks: [
            {id: '1', sessions: []},
            {id: '3', name: 'Three', sessions: [{day: 'mon', start: '09:00', end: '12:00'}]},
          ],
        };
        el.track = 3;
      },
      (session) => {
        expectIntact(session);
        expect(session.el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value).to.equal('3');
      },
    );
  });

  const wrong: readonly [Tag, string, unknown][] = [
    ['iop-care-levels', 'highlight', 3],
    ['iop-care-levels', 'levels', {php: true}],
    ['iop-weekly-schedule', 'track', {id: 'evening'}],
    ['iop-weekly-schedule', 'audience', ['adult', 'teen']],
    ['iop-family-roles', 'relationship', 5],
    ['iop-family-roles', 'phase', true],
    ['iop-conversation-guide', 'scenario', Symbol('teen')],
    ['iop-conversation-guide', 'step', 9n],
  ];
  for (const [tag, name, value] of wrong) {
    it(`<${tag}> names ${name} = ${typeof value} as a problem and shows the default`, async () => {
      await check(
        tag,
        (el) => (el[name] = value),
        (session) => {
          expectIntact(session);
          expect(fields(session)).to.include(name);
          expect(session.warnings.some((w) => w.includes(name))).to.equal(true);
        },
      );
    });
  }

  it('treats null and undefined as not set', async () => {
    for (const tag of TAGS) {
      await check(
        tag,
        (el) => {
          for (const key of ['highlight', 'levels', 'track', 'audience', 'relationship', 'phase', 'scenario', 'step', 'headingLevel'])
            el[key] = key.length % 2 ? null : undefined;
        },
        (session) => {
          expectIntact(session);
          expect(session.problems()).to.deep.equal([]);
        },
      );
    }
  });
});

describe('hostile input: values JSON cannot show', () => {
  const circular: Record<string, unknown> = {day: 'tue', start: '09:00', end: '10:00'};
  circular.self = circular;
  const throwing = {day: 'wed', start: '09:00', end: '10:00'};
  Object.defineProperty(throwing, 'title', {
    enumerable: true,
    get() {
      throw new Error('no title today');
    },
  });
  it('reports a BigInt, a circular reference and a throwing getter, and keeps the valid sessions', async () => {
    await check(
      'iop-weekly-schedule',
      (el) => (el.schedule = schedule([{day: 'tue', start: '09:00', end: 10n}, circular, throwing])),
      async (session) => {
        // A throwing getter: the element shows what can be read a moment later (the copy's code loads on demand).
        await until(() => shownText(session.el).includes('Kept group'), 'the readable sessions');
        await session.settle();
        expectIntact(session);
        expect(fields(session)).to.include.members([
          'tracks[0].sessions[1].end',
          'tracks[0].sessions[2].self',
          'tracks[0].sessions[3].title',
        ]);
        expect(session.warnings.join('\n')).to.contain('tracks[0].sessions[3].title');
      },
    );
  });

  it('survives data that is a circular object at the top, and a proxy that throws on every read', async () => {
    const top: Record<string, unknown> = {};
    top.levels = top;
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
        get() {
          throw new Error('no reads');
        },
      },
    );
    for (const [tag, value] of [
      ['iop-care-levels', top],
      ['iop-family-roles', proxy],
      ['iop-conversation-guide', {clinic: 10n ** 40n}],
    ] as const) {
      await check(
        tag,
        (el) => (el.clinic = value),
        (session) => {
          expectIntact(session);
          expect(session.problems().length).to.be.greaterThan(0);
        },
      );
    }
  });
});

describe('hostile input: one bad part of a text', () => {
  it('keeps a session whose title has a bad language part, and one whose only title is empty', async () => {
    await check(
      'iop-weekly-schedule',
      (el) =>
        (el.schedule = schedule([
          {day: 'tue', start: '09:00', end: '10:00', type: 'skills', title: {en: 0, es: 'Grupo de martes'}},
          {day: 'wed', start: '09:00', end: '10:00', type: 'family', title: {en: ''}},
        ])),
      (session) => {
        expectIntact(session);
        const sessions = [...session.el.shadowRoot!.querySelectorAll('.session')].map((s) => s.textContent.replace(/\s+/g, ' '));
        expect(sessions).to.have.length(3);
        expect(sessions.join('|')).to.contain('Grupo de martes');
        expect(sessions.join('|')).to.contain('Family session');
        expect(fields(session)).to.deep.equal(['tracks[0].sessions[1].title.en', 'tracks[0].sessions[2].title.en']);
      },
    );
  });
});

describe('hostile input: clinic data the elements must show', () => {
  it('shows the clinic named in the conversation guide with its intake line', async () => {
    await check(
      'iop-conversation-guide',
      (el) => (el.clinic = {clinic: 'Riverside Recovery', intakeLine: {name: 'Intake line', call: '555-010-0199'}}),
      (session) => {
        expectIntact(session);
        expect(shownText(session.el)).to.contain('Riverside Recovery');
        expect(session.problems()).to.deep.equal([]);
      },
    );
  });

  it('matches clinic text keyed by a region language (es-MX) on a Spanish page', async () => {
    await setPageLanguage('es');
    await check(
      'iop-care-levels',
      (el) => (el.clinic = {levels: {iop: {name: {'en-US': 'Evening IOP', 'es-MX': 'IOP de tarde'}}}}),
      (session) => {
        expectIntact(session);
        expect(shownText(session.el)).to.contain('IOP de tarde');
        expect(shownText(session.el)).not.to.contain('Evening IOP');
      },
    );
  });

  it('accepts the usual ways of writing a phone number, and keeps a line whose number is bad', async () => {
    const lines = [
      {name: 'Brackets', call: '(555) 010-0199'},
      {name: 'Dots', call: '555.010.0199'},
      {name: 'International', call: '+1 555 010 0199'},
      {name: 'Extension', call: '555-010-0199 ext. 12'},
      {name: 'Bad number', call: 'call us', text: '(555) 010-0188', note: 'Still here'},
    ];
    await check(
      'iop-family-roles',
      (el) => (el.clinic = {helpLines: lines}),
      (session) => {
        expectIntact(session);
        const links = [...session.el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="help-lines"] a')].map((a) =>
          a.getAttribute('href'),
        );
        expect(links).to.deep.equal(['tel:5550100199', 'tel:5550100199', 'tel:+15550100199', 'tel:5550100199,12', 'sms:5550100188']);
        expect(shownText(session.el)).to.contain('Still here');
        expect(fields(session)).to.deep.equal(['helpLines[4].call']);
      },
    );
  });
});

describe('hostile input: heading-level', () => {
  for (const value of ['no-such-value', '7', 'NaN', '1', '2.5']) {
    it(`reports heading-level="${value}" and uses level 2`, async () => {
      await check(
        'iop-family-roles',
        (el) => {
          el.setAttribute('heading-level', value);
        },
        (session) => {
          expectIntact(session);
          expect(session.el.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
          expect(fields(session)).to.deep.equal(['heading-level']);
          expect(session.warnings.join('\n')).to.contain('heading-level');
        },
      );
    });
  }

  it('takes a heading level set as a number or as text', async () => {
    for (const value of [4, '4', ' 4 ']) {
      await check(
        'iop-care-levels',
        (el) => (el.headingLevel = value),
        (session) => {
          expectIntact(session);
          expect(session.el.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('4');
          expect(session.problems()).to.deep.equal([]);
        },
      );
    }
  });
});

describe('hostile input: theme values', () => {
  it('never fetches a url() given as a colour token', async () => {
    const tokens = ['--iop-background', '--iop-accent', '--iop-accent-text', '--iop-surface', '--iop-text', '--iop-muted', '--iop-border'];
    for (const tag of TAGS) {
      await check(
        tag,
        (el) => {
          for (const token of tokens) el.style.setProperty(token, `url(/theme-probe/${tag}${token}.png)`);
          // A state with the accent and tint backgrounds: the selected items and pressed buttons.
          if (DATA_NAMES[tag].property === 'schedule') el.setAttribute('track', 'morning');
        },
        async (session) => {
          expectIntact(session);
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
          const fetched = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/theme-probe/'));
          expect(fetched.map((entry) => entry.name)).to.deep.equal([]);
        },
      );
    }
  });
});
