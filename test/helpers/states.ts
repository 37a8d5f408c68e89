import {fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/elements/iop-care-levels.js';
import '../../src/elements/iop-conversation-guide.js';
import '../../src/elements/iop-family-roles.js';
import '../../src/elements/iop-weekly-schedule.js';
import {CARE_LEVEL_IDS, type CareLevelsClinicData} from '../../src/components/care-levels/care-levels.types.js';
import {SCENARIOS} from '../../src/components/conversation-guide/conversation-guide.types.js';
import {RELATIONSHIPS, STAGES, type FamilyRolesClinicData} from '../../src/components/family-roles/family-roles.types.js';
import type {ScheduleJson} from '../../src/components/weekly-schedule/weekly-schedule.types.js';
import {openAll, rendered} from './page.js';

/*
 * Every state a family can reach in each element, for tests that need to see all the text an element can show
 * (the readability test). A state is the markup a clinic's page could hold plus what the reader then does:
 * choose, add a busy time, ask to clear a plan. Every state is shown with all its disclosures open (the
 * sources listed, the narrow layout's cards open).
 *
 * States with clinic data give the clinic's own text (names, times) without letters, so only the element's
 * own words are in the text of a state. States in which the clinic's data is broken (the "Some details from
 * the clinic could not be shown" box, written for the clinic's website team) are not here: a family cannot
 * reach them, and showState() fails when one shows that box.
 */

/** An element under test: a Lit element. */
export type Shown = HTMLElement & {updateComplete: Promise<boolean>};

export interface State {
  /** What the state is, for messages. */
  readonly name: string;
  readonly template: TemplateResult;
  /** What the reader does once the element is shown, if anything. */
  readonly act?: (element: Shown) => Promise<void>;
}

export interface ElementStates {
  readonly tag: 'iop-care-levels' | 'iop-family-roles' | 'iop-conversation-guide' | 'iop-weekly-schedule';
  readonly states: readonly State[];
}

/**
 * Shows a state as a reader reaches it: the element rendered in a 1200px-wide box (the narrow layout's cards
 * are in the page too, hidden by a container query), the reader's action done, every disclosure opened.
 */
export async function showState(tag: ElementStates['tag'], state: State): Promise<Shown> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px">${state.template}</div>`);
  const element = await rendered(wrapper.querySelector<Shown>(tag)!);
  await state.act?.(element);
  await openAll(element);
  if (element.shadowRoot?.querySelector('[part="problems"]')) throw new Error(`<${tag}> ${state.name}: the clinic data has problems`);
  return element;
}

const inside = <T extends Element = HTMLElement>(element: Shown, selector: string): T[] => [
  ...(element.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];

/** Clicks a control in the element, as a reader would, and waits for the update. */
async function click(element: Shown, selector: string): Promise<void> {
  const [target] = inside(element, selector);
  if (!target) throw new Error(`no ${selector} in <${element.localName}>`);
  target.click();
  await element.updateComplete;
  await element.updateComplete;
}

/** Chooses a radio button by its group's name and its value (set as a property, so not in a selector). */
async function choose(element: Shown, name: string, value: string): Promise<void> {
  const radio = inside<HTMLInputElement>(element, `input[type="radio"][name="${name}"]`).find((input) => input.value === value);
  if (!radio) throw new Error(`no ${name} choice ${value} in <${element.localName}>`);
  radio.click();
  await element.updateComplete;
}

// ------------------------------------------------------------------------------------------ care levels

/** A clinic's own hours at two levels, one as a range and one as a single number, without a name. */
const clinicHours: CareLevelsClinicData = {levels: {iop: {hours: {min: 9, max: 12}}, php: {hours: {min: 20, max: 20}}}};

export const careLevelsStates: readonly State[] = [
  // Choosing a level on the scale or with "More support" / "Less support" shows its details.
  ...CARE_LEVEL_IDS.map((level) => ({
    name: `${level} chosen`,
    template: html`<iop-care-levels highlight=${level}></iop-care-levels>`,
  })),
  // The clinic's hours ("This clinic", "9 to 12 hours a week") beside the levels, each level chosen in turn.
  ...CARE_LEVEL_IDS.map((level) => ({
    name: `${level} chosen, with the clinic's hours`,
    template: html`<iop-care-levels highlight=${level} .clinic=${clinicHours}></iop-care-levels>`,
  })),
];

// ----------------------------------------------------------------------------------------- family roles

const familyProgram: FamilyRolesClinicData = {familyProgram: {times: '18:00'}, contact: '555-0100'};

export const familyRolesStates: readonly State[] = [
  // Every relationship at every stage, reached by choosing: the status line then says what is shown.
  ...RELATIONSHIPS.flatMap((relationship) =>
    STAGES.map((stage) => ({
      name: `${relationship}, ${stage}`,
      template: html`<iop-family-roles relationship=${relationship} phase=${stage}></iop-family-roles>`,
      act: async (element: Shown) => {
        await choose(element, 'stage', stage === 'before' ? 'during' : 'before');
        await choose(element, 'stage', stage);
      },
    })),
  ),
  {
    name: 'with the clinic’s family program and contact',
    template: html`<iop-family-roles .clinic=${familyProgram}></iop-family-roles>`,
  },
];

// ----------------------------------------------------------------------------------- conversation guide

export const conversationGuideStates: readonly State[] = [
  // Every step of every scenario.
  ...SCENARIOS.flatMap((scenario) =>
    [1, 2, 3, 4, 5, 6].map((step) => ({
      name: `${scenario}, step ${String(step)}`,
      template: html`<iop-conversation-guide scenario=${scenario} step=${String(step)}></iop-conversation-guide>`,
    })),
  ),
  {name: 'plan kept on this device', template: html`<iop-conversation-guide remember-plan></iop-conversation-guide>`},
  {
    name: 'asked to clear the plan',
    template: html`<iop-conversation-guide></iop-conversation-guide>`,
    act: (element) => click(element, '#clear-plan'),
  },
  {
    name: 'plan cleared',
    template: html`<iop-conversation-guide></iop-conversation-guide>`,
    act: async (element) => {
      await click(element, '#clear-plan');
      await click(element, '#confirm-clear');
    },
  },
];

// -------------------------------------------------------------------------------------- weekly schedule

/** Adds a busy time through the form, as a reader would (the form starts on Monday to Friday, 9:00 to 17:00, work). */
async function addBusy(element: Shown, options: {days?: string[]; start?: string; end?: string; kind?: string} = {}): Promise<void> {
  const [form] = inside<HTMLFormElement>(element, 'form');
  if (!form) throw new Error('no busy-time form');
  if (options.days)
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="day"]')) box.checked = options.days.includes(box.value);
  if (options.start !== undefined) form.querySelector<HTMLInputElement>('input[name="start"]')!.value = options.start;
  if (options.end !== undefined) form.querySelector<HTMLInputElement>('input[name="end"]')!.value = options.end;
  if (options.kind) form.querySelector<HTMLSelectElement>('select')!.value = options.kind;
  await click(element, '#add-busy');
}

/**
 * A clinic's schedule: every type of session in track 1 (21 hours: more than IOP usually has), one hour on one
 * day in track 2 (less), nothing yet in track 3, and phases of 4 weeks and 1 week. Names are numbers: the
 * clinic's own words are not the element's.
 */
const clinicSchedule: ScheduleJson = {
  tracks: [
    {
      id: 'full',
      name: '1',
      sessions: [
        {day: 'mon', start: '09:00', end: '12:00', type: 'group'},
        {day: 'mon', start: '13:00', end: '14:00', type: 'individual'},
        {day: 'tue', start: '09:00', end: '12:00', type: 'family'},
        {day: 'tue', start: '13:00', end: '15:00', type: 'education'},
        {day: 'wed', start: '09:00', end: '12:00', type: 'skills'},
        {day: 'wed', start: '13:00', end: '13:30', type: 'medication'},
        {day: 'thu', start: '09:00', end: '09:30', type: 'check-in'},
        {day: 'thu', start: '10:00', end: '15:00', type: 'other'},
        {day: 'fri', start: '09:00', end: '12:00', type: 'group'},
      ],
    },
    {id: 'light', name: '2', sessions: [{day: 'sat', start: '10:00', end: '11:00', type: 'group'}]},
    {id: 'empty', name: '3', sessions: []},
  ],
  phases: [
    {name: '1', weeks: 4},
    {name: '2', weeks: 1},
  ],
};

export const weeklyScheduleStates: readonly State[] = [
  {
    name: 'sample, evening track, busy at work, school, childcare and something else (no clashes)',
    template: html`<iop-weekly-schedule></iop-weekly-schedule>`,
    act: async (element) => {
      await addBusy(element);
      await addBusy(element, {days: ['sat'], start: '08:00', end: '12:00', kind: 'school'});
      await addBusy(element, {days: ['sun'], start: '14:00', end: '15:00', kind: 'childcare'});
      await addBusy(element, {days: ['wed'], start: '19:00', end: '20:00', kind: 'other'});
    },
  },
  {
    name: 'sample, morning track chosen, busy at work (clashes), as a list',
    template: html`<iop-weekly-schedule></iop-weekly-schedule>`,
    act: async (element) => {
      await choose(element, 'track', 'morning');
      await addBusy(element);
      const [list] = inside(element, '.view-toggle button:last-child');
      list?.click();
      await element.updateComplete;
    },
  },
  {name: 'sample for teens', template: html`<iop-weekly-schedule audience="teen"></iop-weekly-schedule>`},
  {
    name: 'busy times cleared',
    template: html`<iop-weekly-schedule></iop-weekly-schedule>`,
    act: async (element) => {
      await addBusy(element);
      const clear = inside<HTMLButtonElement>(element, '.fit button.small').find((button) => !button.closest('li'));
      clear?.click();
      await element.updateComplete;
    },
  },
  {
    name: 'busy time without a day',
    template: html`<iop-weekly-schedule></iop-weekly-schedule>`,
    act: (element) => addBusy(element, {days: []}),
  },
  {
    name: 'busy time without a start',
    template: html`<iop-weekly-schedule></iop-weekly-schedule>`,
    act: (element) => addBusy(element, {start: ''}),
  },
  {
    name: 'busy time ending before it starts',
    template: html`<iop-weekly-schedule></iop-weekly-schedule>`,
    act: (element) => addBusy(element, {start: '17:00', end: '09:00'}),
  },
  {
    name: 'clinic schedule, more than IOP usually has',
    template: html`<iop-weekly-schedule .schedule=${clinicSchedule}></iop-weekly-schedule>`,
  },
  {
    name: 'clinic schedule, less than IOP usually has',
    template: html`<iop-weekly-schedule track="light" .schedule=${clinicSchedule}></iop-weekly-schedule>`,
  },
  {
    name: 'clinic schedule for teens, less than IOP usually has',
    template: html`<iop-weekly-schedule track="light" audience="teen" .schedule=${clinicSchedule}></iop-weekly-schedule>`,
  },
  {
    name: 'clinic schedule, a track with no sessions yet',
    template: html`<iop-weekly-schedule track="empty" .schedule=${clinicSchedule}></iop-weekly-schedule>`,
  },
];

/** The four elements and their states. */
export const ELEMENT_STATES: readonly ElementStates[] = [
  {tag: 'iop-care-levels', states: careLevelsStates},
  {tag: 'iop-family-roles', states: familyRolesStates},
  {tag: 'iop-conversation-guide', states: conversationGuideStates},
  {tag: 'iop-weekly-schedule', states: weeklyScheduleStates},
];
