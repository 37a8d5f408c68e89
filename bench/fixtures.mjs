/** The markup the benchmark renders: each element as a clinic would embed it, with its own data. */

const json = (data) => `<script type="application/json">${JSON.stringify(data)}</script>`;

export const TAGS = ['iop-care-levels', 'iop-weekly-schedule', 'iop-family-roles', 'iop-conversation-guide'];

const schedule = (sessions) => ({
  tracks: [{id: 'evening', name: 'Evening track', sessions}],
  phases: [
    {name: 'Phase 1', weeks: 4},
    {name: 'Phase 2', weeks: 4},
  ],
});

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const hhmm = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** `count` sessions spread over the week, none overlapping: 10 minutes each, one after another on each day. */
export function sessions(count) {
  return Array.from({length: count}, (_, i) => {
    const start = Math.floor(i / DAYS.length) * 10;
    return {day: DAYS[i % DAYS.length], start: hhmm(start), end: hhmm(start + 10), type: ['group', 'skills', 'family', 'education'][i % 4]};
  });
}

export const MARKUP = {
  'iop-care-levels': `<iop-care-levels>${json({clinic: 'Riverside Recovery Center', levels: {iop: {name: 'Evening IOP', hours: {min: 9, max: 12}, note: 'Three evenings a week.'}}})}</iop-care-levels>`,
  'iop-weekly-schedule': `<iop-weekly-schedule>${json(
    schedule([
      {day: 'mon', start: '18:00', end: '19:30', type: 'group', title: 'Process group'},
      {day: 'mon', start: '19:30', end: '21:00', type: 'education'},
      {day: 'tue', start: '18:00', end: '19:30', type: 'skills'},
      {day: 'tue', start: '19:30', end: '21:00', type: 'group'},
      {day: 'thu', start: '18:00', end: '19:30', type: 'family'},
      {day: 'thu', start: '19:30', end: '21:00', type: 'group'},
    ]),
  )}</iop-weekly-schedule>`,
  'iop-family-roles': `<iop-family-roles relationship="parent-adult" phase="during">${json({familyProgram: {name: 'Family Night', times: 'Thursdays, 6 to 7:30 p.m.'}})}</iop-family-roles>`,
  'iop-conversation-guide': `<iop-conversation-guide>${json({intakeLine: {name: 'Riverside intake line', call: '555-0199'}})}</iop-conversation-guide>`,
};

export const scheduleMarkup = (count) => `<iop-weekly-schedule>${json(schedule(sessions(count)))}</iop-weekly-schedule>`;

/** A plain host page around `body`; `script` adds the one-script embed. */
export function page(body, {script = true, lang = 'en'} = {}) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>iop-family benchmark</title>
${script ? '<script type="module" src="/dist/iop-family.js"></script>' : ''}
</head>
<body style="margin:0;font-family:system-ui,sans-serif">
<main style="max-width:1000px;margin:0 auto;padding:16px">${body}</main>
</body>
</html>`;
}
