/**
 * The clinic data every host app passes to the elements, and the text each element must then show. Copied next
 * to the host apps in the consumer folder, and read by hosts.test.mjs for its expectations.
 */
export const careLevels = {
  clinic: 'Riverside Recovery Center',
  levels: {iop: {name: 'Evening IOP', hours: {min: 9, max: 12}}},
};

export const schedule = {
  tracks: [
    {
      id: 'evening',
      name: 'Riverside evening track',
      sessions: [
        {day: 'tue', start: '17:30', end: '19:00', type: 'group', title: 'Process group at Riverside'},
        {day: 'thu', start: '17:30', end: '19:00', type: 'skills', title: 'Coping skills at Riverside'},
      ],
    },
  ],
};

/** Text that only the data above can put in an element (the built-in sample schedule has its own group names). */
export const shownText = {
  careLevels: ['Evening IOP', 'Riverside Recovery Center'],
  schedule: ['Process group at Riverside', 'Riverside evening track'],
};
