import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/elements/iop-weekly-schedule.js';
import type {IopWeeklySchedule, ScheduleJson} from '../../src/elements/iop-weekly-schedule.js';
import {captureWarnings, emulateForcedColors, openAll, rendered, setPageLanguage, shownProblems} from '../helpers/page.js';
import {all, buttonNamed, focused, headings, isShown, one, radios, text} from '../helpers/queries.js';
import {allText, readableText, untranslated, visibleEntities} from '../helpers/text.js';

async function weeklySchedule(template = html`<iop-weekly-schedule></iop-weekly-schedule>`, width = 1200): Promise<IopWeeklySchedule> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  return rendered(wrapper.querySelector('iop-weekly-schedule')!);
}

const withJson = (json: unknown, attributes = '') => {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = `<iop-weekly-schedule ${attributes}><script type="application/json"></script></iop-weekly-schedule>`;
  wrapper.querySelector('script')!.textContent = typeof json === 'string' ? json : JSON.stringify(json);
  return html`${wrapper.firstElementChild}`;
};

const clinic: ScheduleJson = {
  tracks: [
    {
      id: 'evening',
      name: 'Evening track',
      sessions: [
        {day: 'tue', start: '17:30', end: '19:00', type: 'group', title: 'Process group'},
        {day: 'tue', start: '19:00', end: '20:30', type: 'skills'},
        {day: 'thu', start: '18:00', end: '21:00', type: 'family', title: 'Family night'},
        {day: 'sat', start: '10:00', end: '13:00', type: 'education'},
      ],
    },
    {id: 'morning', name: 'Morning track', sessions: [{day: 'mon', start: '09:00', end: '12:00', type: 'group'}]},
  ],
  phases: [
    {name: 'Phase 1', weeks: 4, note: 'Three days a week'},
    {name: 'Phase 2', weeks: 6},
  ],
};

const sessionItems = (el: Element): string[] => all(el, '.session').map((li) => text(li));
const totalLine = (el: Element): string => text(one(el, '.total-line'));
const dayNames = (el: Element): string[] => all(el, '.day-name .long').map((d) => text(d));

afterEach(async () => {
  await setPageLanguage('en');
});

describe('<iop-weekly-schedule> sample and clinic data', () => {
  it('shows a clearly labelled sample with two tracks of 9 hours when the clinic gives none', async () => {
    const el = await weeklySchedule();
    expect(headings(el)[0]).to.equal('A week in IOP');
    expect(text(one(el, '.intro'))).to.contain('This is a sample schedule');
    expect(radios(el).map((r) => r.label)).to.deep.equal(['Evening track', 'Morning track']);
    expect(totalLine(el)).to.equal('9 hours a week, on 3 days');
    expect(text(one(el, '.verdict'))).to.equal('That is in the usual IOP range for adults: 9 to 19 hours a week.');
    expect(sessionItems(el)).to.have.length(6);
    // Plain names families know, not clinical jargon ("process group", "relapse prevention").
    expect(sessionItems(el).map((item) => item.replace(/^.*? (AM|PM) /, ''))).to.deep.equal([
      'Therapy group Group therapy',
      'Recovery education Learning session',
      'Coping skills Skills practice',
      'Therapy group Group therapy',
      'Family group Family session',
      'Staying on track group Group therapy',
    ]);
  });

  it('shows the clinic’s schedule from a child JSON script, with totals computed from it', async () => {
    const el = await weeklySchedule(withJson(clinic));
    expect(text(one(el, '.intro'))).not.to.contain('sample');
    expect(totalLine(el)).to.equal('9 hours a week, on 3 days');
    const byType = all(el, '.by-type li').map((li) => text(li));
    expect(byType).to.deep.equal([
      'Group therapy: 1.5 hours',
      'Family session: 3 hours',
      'Learning session: 3 hours',
      'Skills practice: 1.5 hours',
    ]);
    expect(sessionItems(el)[0]).to.contain('Process group');
  });

  it('takes the `schedule` property over the script', async () => {
    const el = await weeklySchedule(withJson(clinic));
    el.schedule = {tracks: [{id: 'p', name: 'From property', sessions: [{day: 'fri', start: '08:00', end: '10:00', type: 'individual'}]}]};
    await el.updateComplete;
    expect(totalLine(el)).to.equal('2 hours a week, on 1 day');
    expect(allText(el)).not.to.contain('Process group');
  });

  it('names a session by its type when it has no title, and shows the type beside a title', async () => {
    const el = await weeklySchedule(withJson(clinic));
    const [titled, untitled] = all(el, '.session');
    expect(text(titled!.querySelector('.title'))).to.equal('Process group');
    expect(text(titled!.querySelector('.type'))).to.equal('Group therapy');
    expect(text(untitled!.querySelector('.title'))).to.equal('Skills practice');
  });

  it('announces every session with its day and time, even out of context', async () => {
    const el = await weeklySchedule(withJson(clinic));
    expect(sessionItems(el)[0]).to.equal('Tuesday, 5:30 – 7:00 PM Process group Group therapy');
    const tuesday = all(el, '.day').find((d) => text(d.querySelector('.day-name')).startsWith('Tuesday'))!;
    expect(tuesday.querySelectorAll('.session')).to.have.length(2);
  });

  it('shows the step-down timeline when phases are given', async () => {
    const el = await weeklySchedule(withJson(clinic));
    const phases = all(el, '.phase').map((p) => text(p));
    expect(phases).to.deep.equal(['1 Phase 1 4 weeks Three days a week', '2 Phase 2 6 weeks']);
    expect(text(one(el, '[part="phases"]'))).to.contain('About 10 weeks in all.');
  });

  it('has no timeline and no track chooser when there is one track and no phases', async () => {
    const el = await weeklySchedule(withJson({tracks: [clinic.tracks[1]]}));
    expect(all(el, '[part="phases"]')).to.have.length(0);
    expect(all(el, '[part="tracks"]')).to.have.length(0);
  });
});

describe('<iop-weekly-schedule> hours against the IOP range', () => {
  const hours = (n: number) => ({
    tracks: [
      {
        id: 't',
        name: 'T',
        sessions: Array.from({length: n}, (_, i) => ({
          day: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][i % 7],
          start: `${String(8 + Math.floor(i / 7))}:00`,
          end: `${String(9 + Math.floor(i / 7))}:00`,
          type: 'group',
        })),
      },
    ],
  });

  it('says plainly when a week is under 9 hours', async () => {
    const el = await weeklySchedule(withJson(hours(6)));
    expect(totalLine(el)).to.equal('6 hours a week, on 6 days');
    expect(text(one(el, '.verdict'))).to.contain('That is less than IOP usually has: 9 hours or more a week for adults.');
  });

  it('uses the teen range when audience="teen"', async () => {
    const el = await weeklySchedule(withJson(hours(6), 'audience="teen"'));
    expect(text(one(el, '.verdict'))).to.equal('That is in the usual IOP range for teens: 6 to 19 hours a week.');
  });

  it('says plainly when a week is over 19 hours', async () => {
    const el = await weeklySchedule(withJson(hours(21)));
    expect(totalLine(el)).to.equal('21 hours a week, on 7 days');
    expect(text(one(el, '.verdict'))).to.contain('20 hours or more a week is a day program, often called partial hospitalization.');
  });
});

describe('<iop-weekly-schedule> tracks', () => {
  it('switches tracks with the arrow keys, tells the host page, and updates the totals', async () => {
    const el = await weeklySchedule(withJson(clinic));
    radios(el)[0]!.input.focus();
    const selected = oneEvent(el, 'iop-track-select');
    await sendKeys({press: 'ArrowRight'});
    expect(((await selected) as CustomEvent<{track: string}>).detail.track).to.equal('morning');
    await el.updateComplete;
    expect(totalLine(el)).to.equal('3 hours a week, on 1 day');
    expect(radios(el)[1]!.input.checked).to.equal(true);
  });

  it('starts on the track named in `track`', async () => {
    const el = await weeklySchedule(withJson(clinic, 'track="morning"'));
    expect(totalLine(el)).to.equal('3 hours a week, on 1 day');
  });

  it('reports an unknown `track` or `audience` and shows the default', async () => {
    const warnings = captureWarnings();
    try {
      const el = await weeklySchedule(withJson(clinic, 'track="night" audience="kids"'));
      const problems = text(await shownProblems(el));
      expect(problems).to.contain('track: "night" is not one of evening, morning.');
      expect(problems).to.contain('audience: "kids" is not one of adult, teen.');
      expect(totalLine(el)).to.equal('9 hours a week, on 3 days');
      expect(warnings.messages).to.have.length(2);
    } finally {
      warnings.restore();
    }
  });
});

describe('<iop-weekly-schedule> layout', () => {
  it('shows a week grid in a wide container, with a time axis and all seven days', async () => {
    const el = await weeklySchedule(withJson(clinic), 1200);
    expect(isShown(one(el, '.axis'))).to.equal(true);
    expect(all(el, '.day').filter(isShown)).to.have.length(7);
    const session = one(el, '.session');
    expect(getComputedStyle(one(el, '.week')).display).to.equal('grid');
    // The axis runs from 10:00 (Saturday's class) to 21:00 (Thursday's end): 17:30 sits 7.5 of 11 hours down.
    const column = session.parentElement!.getBoundingClientRect();
    expect((session.getBoundingClientRect().top - column.top) / column.height).to.be.closeTo(7.5 / 11, 0.01);
  });

  it('lets the reader switch the grid to a list, with the pressed state announced', async () => {
    const el = await weeklySchedule(withJson(clinic), 1200);
    const list = buttonNamed(el, 'List');
    list.click();
    await el.updateComplete;
    expect(list.getAttribute('aria-pressed')).to.equal('true');
    expect(buttonNamed(el, 'Week grid').getAttribute('aria-pressed')).to.equal('false');
    expect(isShown(one(el, '.axis'))).to.equal(false);
    expect(getComputedStyle(one(el, '.session')).position).to.equal('static');
  });

  it('becomes an agenda by day at 320px, without sideways scrolling', async () => {
    const el = await weeklySchedule(withJson(clinic), 320);
    expect(isShown(one(el, '.axis'))).to.equal(false);
    expect(isShown(one(el, '.view-toggle'))).to.equal(false);
    expect(
      all(el, '.day')
        .filter(isShown)
        .map((d) => text(d.querySelector('.day-name .long'))),
    ).to.deep.equal(['Tuesday', 'Thursday', 'Saturday']);
    const base = one(el, '[part="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  });

  it('places overlapping sessions side by side', async () => {
    const warnings = captureWarnings();
    try {
      const el = await weeklySchedule(
        withJson({
          tracks: [
            {
              id: 't',
              name: 'T',
              sessions: [
                {day: 'mon', start: '18:00', end: '19:30', type: 'group'},
                {day: 'mon', start: '19:00', end: '20:00', type: 'family'},
              ],
            },
          ],
        }),
        1200,
      );
      const [a, b] = all(el, '.session').map((s) => s.getBoundingClientRect());
      expect(Math.abs(a!.width - b!.width)).to.be.lessThan(1);
      expect(b!.left).to.be.at.least(a!.right - 1);
      expect(text(await shownProblems(el))).to.contain('overlaps');
      expect(text(await shownProblems(el))).to.contain('It is still shown; please check it.');
    } finally {
      warnings.restore();
    }
  });
});

describe('<iop-weekly-schedule> language and locale', () => {
  it('starts the week on Sunday in US English and Monday in Spanish, with the locale’s times', async () => {
    const el = await weeklySchedule(withJson(clinic));
    expect(dayNames(el)[0]).to.equal('Sunday');
    expect(text(one(el, '.session .time'))).to.equal('5:30 – 7:00 PM');
    await setPageLanguage('es');
    await el.updateComplete;
    expect(dayNames(el)[0]).to.equal('lunes');
    expect(text(one(el, '.session .time'))).to.equal('17:30–19:00');
    expect(totalLine(el)).to.equal('9 horas por semana, en 3 días');
  });

  it('follows the region of <html lang>: Mexican Spanish weeks start on Sunday', async () => {
    await setPageLanguage('es-MX');
    const el = await weeklySchedule(withJson(clinic));
    expect(dayNames(el)[0]).to.equal('domingo');
    document.documentElement.lang = 'es-ES';
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    expect(dayNames(el)[0], 'a region change alone re-renders').to.equal('lunes');
  });

  it('leaves no English on a Spanish page, in any state', async () => {
    const warnings = captureWarnings();
    try {
      const states = [
        html`<iop-weekly-schedule></iop-weekly-schedule>`,
        html`<iop-weekly-schedule audience="teen"></iop-weekly-schedule>`,
        // The clinic's own English is marked lang="en" (it declares it), so it is not counted as a leak.
        withJson(
          {
            ...clinic,
            lang: 'en',
            tracks: [...clinic.tracks, {id: 'bad', name: 'Bad', sessions: [{day: 'x', start: '1', end: '2', type: 'q'}]}],
          },
          'track="zzz"',
        ),
      ];
      for (const state of states) {
        await setPageLanguage('en');
        const english = await weeklySchedule(state);
        await addBusy(english);
        await openAll(english);
        const englishText = readableText(english);
        await setPageLanguage('es');
        const spanish = await weeklySchedule(state);
        await addBusy(spanish);
        await openAll(spanish);
        expect(untranslated(englishText, readableText(spanish), 'es')).to.deep.equal([]);
        expect(visibleEntities([...englishText, ...readableText(spanish)])).to.deep.equal([]);
      }
    } finally {
      warnings.restore();
    }
  });
});

/** Adds a busy time through the form, as a reader would (the form starts on Monday to Friday). */
async function addBusy(el: IopWeeklySchedule, options: {days?: string[]; start?: string; end?: string; kind?: string} = {}): Promise<void> {
  const form = one(el, 'form');
  if (options.days)
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="day"]')) box.checked = options.days.includes(box.value);
  if (options.start !== undefined) form.querySelector<HTMLInputElement>('input[name="start"]')!.value = options.start;
  if (options.end !== undefined) form.querySelector<HTMLInputElement>('input[name="end"]')!.value = options.end;
  if (options.kind) form.querySelector<HTMLSelectElement>('select')!.value = options.kind;
  buttonNamed(el, /^(Add busy time|Agregar horario ocupado)$/).click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('<iop-weekly-schedule> fit with my week', () => {
  it('marks sessions that clash with the reader’s busy times, and says how many', async () => {
    const el = await weeklySchedule(withJson(clinic));
    await addBusy(el, {days: ['tue'], start: '17:00', end: '18:00', kind: 'childcare'});
    expect(text(one(el, '.busy-list'))).to.contain('Childcare: Tuesday, 5:00 – 6:00 PM');
    expect(text(one(el, '.fit-status'))).to.equal('1 of 4 sessions clash with your busy times.');
    expect(one(el, '.fit-status').getAttribute('role')).to.equal('status');
    const clashing = all(el, '.session.clash');
    expect(clashing).to.have.length(1);
    expect(text(clashing[0])).to.contain('Clashes with: Childcare');
    expect(text(clashing[0])).to.contain('Process group');
  });

  it('says when nothing clashes, and shows the busy time in the week', async () => {
    const el = await weeklySchedule(withJson(clinic));
    await addBusy(el);
    expect(text(one(el, '.fit-status'))).to.equal('None of the sessions clash with your busy times.');
    expect(all(el, '.busy').map((b) => text(b))).to.include('Monday, 9:00 AM – 5:00 PM Your busy time: Work');
  });

  it('explains a wrong entry and moves focus to it', async () => {
    const el = await weeklySchedule(withJson(clinic));
    await addBusy(el, {days: []});
    expect(text(one(el, '[role="alert"]'))).to.equal('Choose at least one day.');
    expect((focused(el) as HTMLInputElement).name).to.equal('day');
    await addBusy(el, {days: ['mon'], start: '18:00', end: '09:00'});
    expect(text(one(el, '[role="alert"]'))).to.equal('The end time must be after the start time.');
    expect((focused(el) as HTMLInputElement).name).to.equal('end');
    expect(one(el, 'input[name="end"]').getAttribute('aria-invalid')).to.equal('true');
    expect(all(el, '.busy-list')).to.have.length(0);
  });

  it('removes busy times one by one or all at once, returning focus to the form', async () => {
    const el = await weeklySchedule(withJson(clinic));
    await addBusy(el, {days: ['tue'], start: '17:00', end: '18:00'});
    await addBusy(el, {days: ['thu'], start: '17:00', end: '19:00', kind: 'school'});
    expect(all(el, '.busy-list li')).to.have.length(2);
    const remove = all<HTMLButtonElement>(el, '.busy-list button')[0]!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove Work: Tuesday, 5:00 – 6:00 PM');
    remove.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(all(el, '.busy-list li')).to.have.length(1);
    expect(focused(el)?.id).to.equal('add-busy');
    buttonNamed(el, 'Clear all busy times').click();
    await el.updateComplete;
    expect(all(el, '.busy-list')).to.have.length(0);
    expect(all(el, '.session.clash')).to.have.length(0);
  });

  it('keeps busy times in memory only: no cookie or storage is written', async () => {
    const before = {cookie: document.cookie, local: localStorage.length, session: sessionStorage.length};
    const el = await weeklySchedule(withJson(clinic));
    await addBusy(el);
    expect({cookie: document.cookie, local: localStorage.length, session: sessionStorage.length}).to.deep.equal(before);
  });
});

describe('<iop-weekly-schedule> calendar file and print', () => {
  it('downloads an .ics file of the shown track that calendar apps can read', async () => {
    const el = await weeklySchedule(withJson(clinic));
    const created: Blob[] = [];
    const clicked: {download: string; href: string}[] = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return createObjectURL(blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({download: this.download, href: this.href});
    };
    try {
      buttonNamed(el, 'Add to my calendar').click();
      for (let i = 0; i < 100 && clicked.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('evening.ics');
    expect(created[0]!.type).to.equal('text/calendar;charset=utf-8');
    const calendar = ICAL.Component.fromString(await created[0]!.text());
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).to.deep.equal(['Process group', 'Skills practice', 'Family night', 'Learning session']);
    expect(events.map((e) => e.startDate.dayOfWeek())).to.deep.equal([3, 3, 5, 7]);
    expect(events.map((e) => `${String(e.startDate.hour)}:${String(e.startDate.minute)}`)).to.deep.equal(['17:30', '19:0', '18:0', '10:0']);
    expect(events[0]!.description).to.equal('Group therapy · Evening track');
  });

  it('prints only itself: the rest of the page is hidden for the print, then restored', async () => {
    const el = await weeklySchedule(withJson(clinic));
    const print = window.print;
    let during: {marked: boolean; sheets: number} | undefined;
    window.print = () => {
      during = {marked: el.hasAttribute('data-iop-printing'), sheets: document.adoptedStyleSheets.length};
    };
    const sheetsBefore = document.adoptedStyleSheets.length;
    try {
      buttonNamed(el, 'Print this week').click();
      // The print code loads on the first print.
      for (let i = 0; i < 50 && !during; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      window.print = print;
    }
    expect(during).to.deep.equal({marked: true, sheets: sheetsBefore + 1});
    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute('data-iop-printing')).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
  });
});

describe('<iop-weekly-schedule> bad input', () => {
  it('answers broken JSON with a plain message, a warning and an event, and never shows the sample instead', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = oneEvent(wrapper, 'iop-data-error');
      wrapper.innerHTML = '<iop-weekly-schedule><script type="application/json">{"tracks": [</script></iop-weekly-schedule>';
      const el = await rendered(wrapper.querySelector('iop-weekly-schedule')!);
      const event = (await errors) as CustomEvent<{problems: {field: string}[]}>;
      expect(event.detail.problems[0]!.field).to.equal('<script type="application/json">');
      expect(text(await shownProblems(el))).to.contain('Some details from the clinic could not be shown.');
      expect(text(one(el, '.empty'))).to.equal('No schedule could be shown.');
      expect(text(one(el, '.intro'))).not.to.contain('sample');
      expect(all(el, '.session')).to.have.length(0);
      expect(warnings.messages.some((m) => m.includes('<iop-weekly-schedule>') && m.includes('not valid JSON'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('names each bad session in plain words and still shows the valid ones', async () => {
    const warnings = captureWarnings();
    try {
      const el = await weeklySchedule(
        withJson({
          tracks: [
            {
              id: 'e',
              name: 'Evening',
              sessions: [
                {day: 'tue', start: '18:00', end: '19:00', type: 'group', title: 'Good one'},
                {day: 'someday', start: '18:00', end: '19:00', type: 'group'},
                {day: 'wed', start: '18:70', end: '19:00', type: 'group'},
                {day: 'thu', start: '19:00', end: '18:00', type: 'group', title: 'Backwards'},
              ],
            },
          ],
        }),
      );
      const problems = [...(await shownProblems(el)).querySelectorAll('li')].map((li) => text(li));
      expect(problems).to.deep.equal([
        'tracks[0].sessions[1].day (Evening: someday 18:00): "someday" is not one of mon, tue, wed, thu, fri, sat, sun. It was left out.',
        'tracks[0].sessions[2].start (Evening: wed 18:70): "18:70" is not a time from 00:00 to 23:59 (24-hour "HH:MM"). It was left out.',
        'tracks[0].sessions[3] (Evening: thu 19:00 Backwards) ends before it starts. It was left out.',
      ]);
      expect(sessionItems(el)).to.deep.equal(['Tuesday, 6:00 – 7:00 PM Good one Group therapy']);
      expect(warnings.messages.filter((m) => m.includes('<iop-weekly-schedule>'))).to.have.length(3);
    } finally {
      warnings.restore();
    }
  });

  it('shows markup in titles as text', async () => {
    const el = await weeklySchedule(
      withJson({
        tracks: [
          {
            id: 'x',
            name: '<b>Track</b>',
            sessions: [{day: 'mon', start: '10:00', end: '11:00', type: 'group', title: '<img src=x onerror="window.pwned=1">Group'}],
          },
        ],
      }),
    );
    expect(all(el, 'img, b')).to.have.length(0);
    expect(allText(el)).to.contain('<img src=x onerror="window.pwned=1">Group');
    expect((window as {pwned?: number}).pwned).to.equal(undefined);
  });

  it('renders 200 sessions across 4 tracks and switches between them', async () => {
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    const tracks = Array.from({length: 4}, (_, t) => ({
      id: `t${String(t)}`,
      name: `Track ${String(t + 1)}`,
      sessions: Array.from({length: 50}, (_, i) => ({
        day: days[i % 7]!,
        start: `${String(6 + Math.floor(i / 7) * 2).padStart(2, '0')}:00`,
        end: `${String(7 + Math.floor(i / 7) * 2).padStart(2, '0')}:30`,
        type: 'group' as const,
      })),
    }));
    const el = await weeklySchedule(html`<iop-weekly-schedule .schedule=${{tracks}}></iop-weekly-schedule>`);
    expect(sessionItems(el)).to.have.length(50);
    expect(all(el, '[part="problems"]')).to.have.length(0);
    radios(el)[3]!.input.click();
    await el.updateComplete;
    expect(sessionItems(el)).to.have.length(50);
  });
});

describe('<iop-weekly-schedule> accessibility (axe)', () => {
  for (const lang of ['en', 'es']) {
    for (const width of [320, 1200]) {
      it(`passes axe with the sample: ${lang}, ${String(width)}px`, async () => {
        await setPageLanguage(lang);
        const el = await weeklySchedule(undefined, width);
        await expect(el).to.be.accessible();
      });

      it(`passes axe with clinic data, phases, busy times, clashes and an error shown: ${lang}, ${String(width)}px`, async () => {
        await setPageLanguage(lang);
        const el = await weeklySchedule(withJson(clinic), width);
        await addBusy(el, {days: ['tue'], start: '17:00', end: '18:00'});
        await addBusy(el, {days: []});
        await openAll(el);
        await expect(el).to.be.accessible();
      });
    }

    it(`passes axe in the list view and with problems: ${lang}`, async () => {
      const warnings = captureWarnings();
      try {
        await setPageLanguage(lang);
        const el = await weeklySchedule(withJson({...clinic, extra: 1}, 'track="nope"'));
        buttonNamed(el, lang === 'en' ? 'List' : 'Lista').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }

  it('passes axe in forced-colors mode, with types still named in text', async () => {
    await emulateForcedColors(true);
    try {
      const el = await weeklySchedule(withJson(clinic));
      await expect(el).to.be.accessible();
      expect(all(el, '.session .type').map((t) => text(t))).to.include('Group therapy');
      expect(getComputedStyle(one(el, '.session')).borderInlineStartStyle).to.equal('solid');
    } finally {
      await emulateForcedColors(false);
    }
  });
});
