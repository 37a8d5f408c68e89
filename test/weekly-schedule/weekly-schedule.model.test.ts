import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  clashes,
  findOverlaps,
  firstDayOfWeek,
  gridHours,
  timeLines,
  intensityVerdict,
  layoutDay,
  orderedDays,
  parseSchedule,
  parseTime,
  weekTotals,
} from '../../src/components/weekly-schedule/weekly-schedule.model.js';
import {nextDate, toIcs} from '../../src/components/weekly-schedule/weekly-schedule.ics.js';
import type {Session} from '../../src/components/weekly-schedule/weekly-schedule.types.js';
import {ProblemList} from '../../src/shared/problems.js';

const at = (hhmm: string): number => parseTime(hhmm, true)!;
const session = (day: Session['day'], start: string, end: string, type: Session['type'] = 'group', title?: string): Session => ({
  day,
  start: at(start),
  end: at(end),
  type,
  ...(title === undefined ? {} : {title}),
});

describe('times', () => {
  it('reads 24-hour HH:MM and rejects impossible times', () => {
    expect(parseTime('17:30')).to.equal(1050);
    expect(parseTime('9:05')).to.equal(545);
    expect(parseTime('00:00')).to.equal(0);
    for (const bad of ['24:00', '25:00', '9:75', '9', 'nine', '17:30:00', ' 9:00', '']) expect(parseTime(bad), bad).to.equal(undefined);
    expect(parseTime('24:00', true), 'midnight as an end time').to.equal(1440);
  });
});

describe('parseSchedule', () => {
  it('reads the documented example', () => {
    const problems = new ProblemList();
    const schedule = parseSchedule(
      {
        tracks: [
          {
            id: 'evening',
            name: 'Evening track',
            sessions: [{day: 'tue', start: '17:30', end: '19:00', type: 'group', title: 'Process group'}],
          },
        ],
        phases: [{name: 'Phase 1', weeks: 4, note: 'Three evenings a week'}],
      },
      problems,
    );
    expect(problems.items).to.deep.equal([]);
    expect(schedule.tracks[0]).to.deep.equal({
      id: 'evening',
      name: 'Evening track',
      sessions: [{day: 'tue', start: 1050, end: 1140, type: 'group', title: 'Process group'}],
    });
    expect(schedule.phases).to.deep.equal([{name: 'Phase 1', weeks: 4, note: 'Three evenings a week'}]);
  });

  it('keeps the valid sessions and names each bad one by field and session', () => {
    const problems = new ProblemList();
    const schedule = parseSchedule(
      {
        tracks: [
          {
            id: 'a',
            name: 'Evening',
            sessions: [
              {day: 'tue', start: '18:00', end: '19:00', type: 'group'},
              {day: 'funday', start: '18:00', end: '19:00', type: 'group'},
              {day: 'wed', start: '25:00', end: '19:00', type: 'group'},
              {day: 'thu', start: '19:00', end: '18:00', type: 'skills', title: 'Backwards'},
              {day: 'fri', start: '18:00', end: '19:00', type: 'yoga'},
              'not a session',
              {day: 'Monday', start: '18:00', end: '19:00'},
            ],
          },
        ],
      },
      problems,
    );
    expect(schedule.tracks[0]!.sessions).to.deep.equal([
      {day: 'tue', start: 1080, end: 1140, type: 'group'},
      {day: 'mon', start: 1080, end: 1140, type: 'other'},
    ]);
    const found = problems.items.map((p) => `${p.field} ${p.code} [${p.subject ?? ''}]`);
    expect(found).to.deep.equal([
      'tracks[0].sessions[1].day unknown-value [Evening: funday 18:00]',
      'tracks[0].sessions[2].start bad-time [Evening: wed 25:00]',
      'tracks[0].sessions[3] end-before-start [Evening: thu 19:00 Backwards]',
      'tracks[0].sessions[4].type unknown-value [Evening: fri 18:00]',
      'tracks[0].sessions[5] expected-object []',
    ]);
  });

  it('keeps overlapping sessions and reports each pair', () => {
    const problems = new ProblemList();
    const schedule = parseSchedule(
      {
        tracks: [
          {
            id: 'a',
            name: 'Evening',
            sessions: [
              {day: 'mon', start: '18:00', end: '19:30', type: 'group'},
              {day: 'mon', start: '19:00', end: '20:00', type: 'family'},
              {day: 'tue', start: '19:00', end: '20:00', type: 'family'},
            ],
          },
        ],
      },
      problems,
    );
    expect(schedule.tracks[0]!.sessions).to.have.length(3);
    expect(problems.items).to.have.length(1);
    expect(problems.items[0]).to.include({
      code: 'overlap',
      outcome: 'kept',
      subject: 'Evening: mon 18:00–19:30',
      other: 'Evening: mon 19:00–20:00',
    });
  });

  it('answers the wrong shape without throwing', () => {
    for (const raw of [null, 42, 'x', [], {tracks: 'nope'}, {tracks: [{sessions: {}}]}, {tracks: [], phases: {}}]) {
      const problems = new ProblemList();
      expect(() => parseSchedule(raw, problems)).not.to.throw();
      expect(problems.items.length, JSON.stringify(raw)).to.be.greaterThan(0);
    }
  });

  it('reports unknown fields, repeated track ids and bad phases, keeping the rest', () => {
    const problems = new ProblemList();
    const schedule = parseSchedule(
      {
        colour: 'red',
        tracks: [
          {id: 'x', name: 'One', sessions: [{day: 'mon', start: '10:00', end: '11:00', type: 'group', room: 4}]},
          {id: 'x', name: 'Two', sessions: []},
        ],
        phases: [{name: 'Phase 1', weeks: 0}, {weeks: 4}],
      },
      problems,
    );
    expect(schedule.tracks.map((t) => t.id)).to.deep.equal(['x', 'x-2']);
    expect(schedule.tracks[0]!.sessions).to.have.length(1);
    expect(schedule.phases).to.deep.equal([{name: 'Phase 1'}]);
    expect(problems.items.map((p) => `${p.field} ${p.code}`)).to.deep.equal([
      'colour unknown-field',
      'tracks[0].sessions[0].room unknown-field',
      'tracks[1].id duplicate',
      'phases[0].weeks expected-number',
      'phases[1].name expected-text',
    ]);
  });
});

describe('weekTotals and intensity', () => {
  it('adds hours and days, and hours by type', () => {
    const totals = weekTotals([
      session('mon', '18:00', '19:30'),
      session('mon', '19:30', '21:00', 'education'),
      session('thu', '18:00', '19:30'),
    ]);
    expect(totals.minutes).to.equal(270);
    expect(totals.days).to.deep.equal(['mon', 'thu']);
    expect(Object.fromEntries(totals.minutesByType)).to.deep.equal({group: 180, education: 90});
  });

  it('counts overlapping time once in the weekly total', () => {
    expect(weekTotals([session('mon', '18:00', '20:00'), session('mon', '19:00', '21:00')]).minutes).to.equal(180);
  });

  it('sets the week against 9 to 19 hours (adults) and 6 to 19 (teens)', () => {
    expect(intensityVerdict(0, 'adult')).to.equal('none');
    expect(intensityVerdict(8.5 * 60, 'adult')).to.equal('below');
    expect(intensityVerdict(9 * 60, 'adult')).to.equal('within');
    expect(intensityVerdict(19 * 60, 'adult')).to.equal('within');
    expect(intensityVerdict(19.5 * 60, 'adult')).to.equal('above');
    expect(intensityVerdict(6 * 60, 'teen')).to.equal('within');
    expect(intensityVerdict(5 * 60, 'teen')).to.equal('below');
  });
});

describe('week order and layout', () => {
  it('starts the week on the locale’s first day', () => {
    expect(orderedDays(1)[0]).to.equal('mon');
    expect(orderedDays(7)).to.deep.equal(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(firstDayOfWeek('en-US')).to.equal(7);
    expect(firstDayOfWeek('en')).to.equal(7);
    expect(firstDayOfWeek('en-GB')).to.equal(1);
    expect(firstDayOfWeek('es')).to.equal(1);
    expect(firstDayOfWeek('es-ES')).to.equal(1);
    expect(firstDayOfWeek('es-MX')).to.equal(7);
  });

  it('puts overlapping sessions side by side and others full width', () => {
    const a = session('mon', '18:00', '19:30');
    const b = session('mon', '19:00', '20:00');
    const c = session('mon', '19:45', '21:00');
    const d = session('mon', '21:00', '22:00');
    const placed = layoutDay([d, c, b, a]).map((p) => [p.item, p.lane, p.lanes]);
    expect(placed).to.deep.equal([
      [a, 0, 2],
      [b, 1, 2],
      [c, 0, 2],
      [d, 0, 1],
    ]);
    expect(findOverlaps([d, c, b, a])).to.deep.equal([
      [a, b],
      [b, c],
    ]);
  });

  it('shows whole hours around the sessions', () => {
    expect(gridHours([session('mon', '17:30', '19:00'), session('tue', '18:00', '20:15')])).to.deep.equal({from: 1020, to: 1260});
    expect(gridHours([])).to.deep.equal({from: 540, to: 1020});
  });

  it('cuts the grid into rows at every hour and at every start and end, each time once', () => {
    const items = [session('mon', '17:30', '19:00'), session('tue', '18:00', '20:15'), session('wed', '18:00', '19:00')];
    expect(timeLines(items, 1020, 1260)).to.deep.equal([1020, 1050, 1080, 1140, 1200, 1215, 1260]);
    expect(timeLines([], 540, 600)).to.deep.equal([540, 600]);
  });

  it('finds clashes with busy times on the same day only', () => {
    const busy = {id: 1, kind: 'work' as const, days: ['mon' as const], start: at('09:00'), end: at('18:30')};
    expect(clashes(session('mon', '18:00', '19:30'), busy)).to.equal(true);
    expect(clashes(session('mon', '18:30', '19:30'), busy)).to.equal(false);
    expect(clashes(session('tue', '18:00', '19:30'), busy)).to.equal(false);
  });
});

describe('toIcs (parsed with ical.js)', () => {
  const from = new Date(2026, 10, 24, 15, 0); // Tuesday 24 November 2026
  const ics = toIcs({
    calendarName: 'Evening track',
    uidPrefix: 'evening',
    from,
    stamp: new Date(Date.UTC(2026, 10, 24, 12, 0, 0)),
    events: [
      {session: session('mon', '18:00', '19:30'), summary: 'Process group', description: 'Group therapy · Evening track'},
      {
        session: session('tue', '17:30', '19:00'),
        summary: 'Grupo; de proceso, con café',
        description: 'Terapia de grupo · Horario de tarde',
      },
      {session: session('sun', '23:00', '24:00'), summary: 'Late check-in '.repeat(8), description: 'Check-in'},
    ],
  });

  it('is valid iCalendar with one weekly event per session on the right weekday and times, in floating local time', () => {
    const calendar = ICAL.Component.fromString(ics);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Evening track');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).to.have.length(3);
    const [monday, tuesday, sunday] = events as [ICAL.Event, ICAL.Event, ICAL.Event];
    expect(monday.summary).to.equal('Process group');
    expect(monday.startDate.toString()).to.equal('2026-11-30T18:00:00');
    expect(monday.endDate.toString()).to.equal('2026-11-30T19:30:00');
    expect(monday.startDate.zone.tzid, 'no time zone: the reader’s own').to.equal('floating');
    expect(tuesday.startDate.toString(), 'today when today is that weekday').to.equal('2026-11-24T17:30:00');
    expect(tuesday.summary).to.equal('Grupo; de proceso, con café');
    expect(sunday.startDate.toString()).to.equal('2026-11-29T23:00:00');
    expect(sunday.summary).to.equal('Late check-in '.repeat(8));
    const rules = events.map((e) => (e.component.getFirstPropertyValue('rrule') as ICAL.Recur).toString());
    expect(rules).to.deep.equal(['FREQ=WEEKLY;BYDAY=MO', 'FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;BYDAY=SU']);
    const next = monday.iterator();
    next.next();
    expect(next.next().toString(), 'repeats a week later').to.equal('2026-12-07T18:00:00');
    expect(new Set(events.map((e) => e.uid)).size).to.equal(3);
  });

  it('uses CRLF line ends and folds lines at 75 octets', () => {
    expect(ics.endsWith('\r\n')).to.equal(true);
    const lines = ics.split('\r\n');
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
    expect(
      lines.some((line) => line.startsWith(' ')),
      'a long summary was folded',
    ).to.equal(true);
    expect(ics).to.contain('SUMMARY:Grupo\\; de proceso\\, con café');
  });

  it('dates each first event on the next matching weekday', () => {
    expect(nextDate('tue', from).getDate()).to.equal(24);
    expect(nextDate('wed', from).getDate()).to.equal(25);
    expect(nextDate('mon', from).getDate()).to.equal(30);
  });
});
