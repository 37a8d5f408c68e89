import {msg} from '@lit/localize';
import type {SourceUse} from '../../shared/templates.js';
import type {CareLevel, CareLevelId, CareLevelQuestion} from './care-levels.types.js';

/*
 * The facts come from shared/content/facts.md (sections 1, 7 and 10, with the clinical review of 2026-11-25
 * applied: conditions on the IOP results, safety on withdrawal, medicines, paying for care). Where that file marks a fact as
 * unverified, the text says "ask the program" or "it varies" instead of stating it. These are functions,
 * not constants, because msg() returns text in the locale that is active when it is called.
 */

/** How long each level lasts: the same answer for every level, so it is shown once. */
export const howLong = (): {readonly label: string; readonly answer: string} => ({
  label: msg('How long'),
  answer: msg(
    'It varies at every level. The care team checks progress often and changes the plan when needs change. Ask about how many weeks, and what comes after.',
  ),
});

export const careLevels = (): readonly CareLevel[] => [
  {
    id: 'withdrawal',
    asam: '',
    name: msg('Withdrawal management'),
    otherNames: msg('Sometimes called detox.'),
    summary: msg('Care that keeps a person safe while their body adjusts to stopping drinking or drugs.'),
    home: msg('You can live at home and go to a clinic, or stay in a center or hospital. It depends on the need.'),
    hours: msg('Depends on the need.'),
    days: msg('As needed while withdrawal lasts.'),
    medical: msg('Yes. Staff watch for and treat withdrawal symptoms.'),
    workSchool: msg('Sometimes, when care happens at home.'),
    fits: msg('People who may have withdrawal symptoms when they stop drinking or using.'),
    family: msg('Ask the program how family can help.'),
    more: [
      msg('Stopping heavy drinking or sedative pills all at once can be dangerous. Talk to a doctor first.'),
      msg('It is not always the first step, and it does not always mean a hospital stay. It can happen at home with medical care.'),
    ],
    band: {kind: 'varies'},
    scaleLabel: msg('Depends on the need'),
  },
  {
    id: 'residential',
    asam: '3.1–4',
    name: msg('Residential or inpatient treatment'),
    otherNames: '',
    summary: msg('You live at the program and get care around the clock.'),
    home: msg('At the program or in a hospital. Staff are there day and night.'),
    hours: msg('Care day and night. Therapy hours vary: at least 5 a week in halfway houses.'),
    days: msg('Every day.'),
    medical: msg(
      'It varies. Some programs are run by counselors, some by a team led by a doctor. Hospitals have nurses all day and a doctor every day.',
    ),
    workSchool: msg('Most often hard, because you live there. Ask the program.'),
    fits: msg('People who need a safe, structured place to live, or more medical care, while they start to recover.'),
    family: msg('Ask about family programs and when you can visit.'),
    more: [],
    band: {kind: 'all-day'},
    scaleLabel: msg('Care day and night'),
  },
  {
    id: 'php',
    asam: '2.5',
    name: msg('Partial hospitalization (PHP)'),
    otherNames: msg('A day program. Now also called high-intensity outpatient.'),
    summary: msg('Many hours of treatment during the day. You sleep at home.'),
    home: msg('At home.'),
    hours: msg('20 or more hours a week.'),
    days: msg('Set by each program. 20 hours or more takes several days a week.'),
    medical: msg('It varies. Ask what care is on site.'),
    workSchool: msg('Hard with a full-time job or school, because of the hours.'),
    fits: msg('People who need a lot of treatment and structure but can live safely at home.'),
    family: msg('Ask about family sessions.'),
    more: [],
    band: {kind: 'hours', min: 20},
    scaleLabel: msg('20 hours or more'),
  },
  {
    id: 'iop',
    asam: '2.1',
    name: msg('Intensive outpatient program (IOP)'),
    otherNames: '',
    summary: msg('Treatment several times a week while you live at home.'),
    home: msg('At home.'),
    hours: msg('Adults: 9 or more hours a week. Teens: 6 or more. Most often under 20.'),
    days: msg('Often 3 or more days a week, in the daytime, in the evening or on weekends.'),
    medical: msg(
      'Some programs give medicines for opioid or alcohol use disorder on site. Others work with a partner clinic. Ask which medicines the program offers or allows.',
    ),
    workSchool: msg('Often, yes. Many programs meet before or after work or school.'),
    fits: msg('People who need more than a weekly visit but can live safely at home.'),
    family: msg('Family education is one of the core parts. Ask about family sessions.'),
    more: [
      msg(
        'IOP can be where treatment starts. People also start IOP after detox or a live-in program, or when weekly counseling is not enough.',
      ),
      msg(
        'In studies, IOP worked about as well as a live-in program. This was for people at low risk from withdrawal, health problems or mental health symptoms. Programs vary.',
      ),
      msg('Near the end of IOP, some programs cut the hours for a week or two. This helps people get ready for less treatment.'),
      msg(
        'Medicines for opioid use disorder: buprenorphine, methadone and naltrexone. Taken as prescribed, they are safe and they work. They do not just swap one drug for another. For alcohol use disorder: naltrexone, acamprosate and disulfiram. They can help prevent a return to heavy drinking.',
      ),
    ],
    band: {kind: 'hours', min: 9, max: 20},
    scaleLabel: msg('9 to 19 hours (teens: 6 to 19)'),
  },
  {
    id: 'outpatient',
    asam: '1',
    name: msg('Outpatient treatment'),
    otherNames: '',
    summary: msg('Counseling visits while you keep up with daily life.'),
    home: msg('At home.'),
    hours: msg('Adults: fewer than 9 hours a week. Teens: fewer than 6.'),
    days: msg('Fewer than IOP. Set with the care team.'),
    medical: msg('It varies. Ask what care is on site.'),
    workSchool: msg('Most often, yes.'),
    fits: msg('People with a stable home and support who need less structure, or who are stepping down from IOP.'),
    family: msg('Ask about family sessions.'),
    more: [],
    band: {kind: 'hours', min: 0, max: 9},
    scaleLabel: msg('Fewer than 9 hours (teens: fewer than 6)'),
  },
  {
    id: 'continuing',
    asam: '',
    name: msg('Ongoing care and recovery support'),
    otherNames: '',
    summary: msg('Support that goes on after treatment, such as check-ins and support groups.'),
    home: msg('At home.'),
    hours: msg('As needed, with fewer hours than treatment.'),
    days: msg('As needed.'),
    medical: msg('Through the care team or your own doctor, as needed.'),
    workSchool: msg('Yes.'),
    fits: msg('People who have finished a higher level and want support to stay on track.'),
    family: msg('Family support groups can go on too.'),
    more: [],
    band: {kind: 'varies'},
    scaleLabel: msg('As needed'),
  },
];

/** The rows of the comparison, in order. */
export const careLevelQuestions = (): readonly {readonly key: CareLevelQuestion; readonly label: string}[] => [
  {key: 'home', label: msg('Where you live')},
  {key: 'hours', label: msg('Treatment hours each week')},
  {key: 'days', label: msg('Days each week')},
  {key: 'medical', label: msg('Medical care on site')},
  {key: 'workSchool', label: msg('Keep working or go to school?')},
  {key: 'fits', label: msg('Who it often fits')},
  {key: 'family', label: msg('How family can take part')},
];

/** Levels from most to least intensive, for stepping up and down. Withdrawal management sits beside them. */
export const STEP_ORDER: readonly CareLevelId[] = ['residential', 'php', 'iop', 'outpatient', 'continuing'];

export const careLevelSources = (): readonly SourceUse[] => [
  {id: 'asam3', usedFor: msg('Levels of care and their weekly hours.')},
  {id: 'asam4', usedFor: msg('New level names, such as high-intensity outpatient.')},
  {id: 'samhsaAdvisory2021', usedFor: msg('What IOP is, what it offers, the ways people start it, and who it works well for.')},
  {id: 'tip47', usedFor: msg('What IOP offers.')},
  {id: 'meeLee2013', usedFor: msg('Withdrawal management at home or in a program.')},
  {id: 'asamStepDown', usedFor: msg('Cutting IOP hours for a week or two near the end (the rule quoted is for teens).')},
  {id: 'mccarty2014', usedFor: msg('How IOP results compare with live-in care, and how much programs vary.')},
  {id: 'withdrawalSafety', usedFor: msg('The danger of stopping heavy drinking or sedative pills all at once.')},
  {id: 'medicines', usedFor: msg('The medicines, and where IOPs offer them.')},
  {id: 'cms2024', usedFor: msg('When Medicare pays for IOP, and where.')},
  {id: 'payingForCare', usedFor: msg('Medicaid, the parity law, and help for people with little or no insurance.')},
  {id: 'findTreatment', usedFor: msg('Finding a program, and calling first.')},
  {id: 'languageAccess', usedFor: msg('Free interpreters.')},
  {id: 'helpLines', usedFor: msg('The SAMHSA Helpline number.')},
];

/**
 * Paying for care and finding a program (facts.md section 10): what families ask first when they look for
 * care. No prices: they vary by program, plan and state.
 */
export const payingForCare = (): readonly string[] => [
  msg('Medicaid pays for treatment for drinking and drug use. What it covers depends on the state.'),
  msg(
    'Since 2024, Medicare pays for IOP in some hospitals and clinics. A doctor must confirm a need for at least 9 hours a week. Ask if the program takes Medicare.',
  ),
  msg(
    'If a health plan covers care for drinking or drug use, it must cover it about as well as other health care. A law called parity says so.',
  ),
  msg(
    'Little or no insurance? The SAMHSA Helpline can point you to programs paid for by the state, or to programs that charge less when you earn less (a sliding fee).',
  ),
];

export const findingCare = (): readonly string[] => [
  msg('FindTreatment.gov lists programs. Listings can be out of date, so call first.'),
  msg('Ask whether the program also treats mental health problems.'),
  msg('You can ask for a free interpreter.'),
];
