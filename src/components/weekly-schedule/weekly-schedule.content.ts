import {msg, str} from '@lit/localize';
import type {SourceUse} from '../../shared/templates.js';
import type {IntensityVerdict} from './weekly-schedule.model.js';
import type {BusyTime, Schedule, SessionType} from './weekly-schedule.types.js';

/*
 * Text for the weekly schedule. Hours and thresholds come from shared/content/facts.md (sections 1 and 2).
 * The built-in sample follows the one published program shape in the facts (three days a week, a morning
 * or an evening track of three hours, 9 hours a week) and says that it is only an example.
 */

export const sessionTypeName = (type: SessionType): string => {
  switch (type) {
    case 'group':
      return msg('Group therapy');
    case 'individual':
      return msg('One-on-one counseling');
    case 'family':
      return msg('Family session');
    case 'education':
      return msg('Learning session');
    case 'skills':
      return msg('Skills practice');
    case 'medication':
      return msg('Medicine visit');
    case 'check-in':
      return msg('Check-in');
    case 'other':
      return msg('Other');
  }
};

export const busyKindName = (kind: BusyTime['kind']): string => {
  switch (kind) {
    case 'work':
      return msg('Work');
    case 'school':
      return msg('School');
    case 'childcare':
      return msg('Childcare');
    case 'other':
      return msg('Something else');
  }
};

/** The built-in example, shown when the clinic gives no schedule. */
export const sampleSchedule = (): Schedule => {
  const evening = 18 * 60;
  const morning = 10 * 60;
  const threeEvenings = (start: number) =>
    (
      [
        ['mon', 'group', msg('Therapy group')],
        ['mon', 'education', msg('Recovery education')],
        ['tue', 'skills', msg('Coping skills')],
        ['tue', 'group', msg('Therapy group')],
        ['thu', 'family', msg('Family group')],
        ['thu', 'group', msg('Staying on track group')],
      ] as const
    ).map(([day, type, title], i) => ({day, type, title, start: start + (i % 2) * 90, end: start + (i % 2) * 90 + 90}));
  return {
    tracks: [
      {id: 'evening', name: msg('Evening track'), sessions: threeEvenings(evening)},
      {id: 'morning', name: msg('Morning track'), sessions: threeEvenings(morning)},
    ],
    phases: [],
  };
};

/** The week's hours against the usual IOP range, in plain words. */
export const verdictText = (verdict: IntensityVerdict, audience: 'adult' | 'teen'): string => {
  const ask = msg('Ask the program about this week.');
  switch (verdict) {
    case 'none':
      return msg('This schedule has no sessions yet.');
    case 'below':
      return `${
        audience === 'teen'
          ? msg('That is less than IOP usually has: 6 hours or more a week for teens.')
          : msg('That is less than IOP usually has: 9 hours or more a week for adults.')
      } ${msg('Some programs lower the hours for a week or two before outpatient care.')} ${ask}`;
    case 'within':
      return audience === 'teen'
        ? msg('That is in the usual IOP range for teens: 6 to 19 hours a week.')
        : msg('That is in the usual IOP range for adults: 9 to 19 hours a week.');
    case 'above':
      return `${msg('That is more than IOP usually has. 20 hours or more a week is a day program, often called partial hospitalization.')} ${ask}`;
  }
};

/** "9 hours", "1 hour", "7.5 hours". */
export const hoursText = (hours: string, one: boolean): string => (one ? msg(str`${hours} hour`) : msg(str`${hours} hours`));
export const daysText = (days: number): string => (days === 1 ? msg('1 day') : msg(str`${days} days`));

export const scheduleSources = (): readonly SourceUse[] => [
  {id: 'samhsaAdvisory2021', usedFor: msg('IOP hours a week, and sessions in the day, the evening or on weekends.')},
  {
    id: 'asam3',
    usedFor: msg('The usual IOP range of 9 to 19 hours a week (6 to 19 for teens), and 20 or more for partial hospitalization.'),
  },
  {id: 'asamStepDown', usedFor: msg('Lowering IOP hours for a week or two before outpatient care.')},
  {id: 'programExamples', usedFor: msg('The shape of the sample schedule: three days a week, a morning or an evening track.')},
];
