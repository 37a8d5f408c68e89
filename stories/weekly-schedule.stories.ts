import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {ScheduleJson} from '../src/elements/iop-weekly-schedule.js';

interface Args {
  track: string;
  audience: string;
  headingLevel: number;
  schedule: ScheduleJson | undefined;
  /** The schedule as the JSON text of a child <script type="application/json">, the no-code way. */
  scriptJson: string;
  /** The data as JSON text in the `schedule-json` attribute, for hosts that can only set attributes. */
  jsonAttribute: string;
}

const evening: ScheduleJson['tracks'][number] = {
  id: 'evening',
  name: {en: 'Evening track', es: 'Horario de tarde'},
  sessions: [
    {day: 'mon', start: '18:00', end: '19:30', type: 'group', title: {en: 'Therapy group', es: 'Grupo de terapia'}},
    {day: 'mon', start: '19:30', end: '21:00', type: 'education'},
    {day: 'tue', start: '18:00', end: '19:30', type: 'skills'},
    {day: 'tue', start: '19:30', end: '21:00', type: 'group'},
    {day: 'wed', start: '17:00', end: '18:00', type: 'individual'},
    {day: 'thu', start: '17:30', end: '18:00', type: 'check-in'},
    {day: 'thu', start: '18:00', end: '19:30', type: 'family', title: {en: 'Family night', es: 'Noche familiar'}},
    {day: 'thu', start: '19:30', end: '21:00', type: 'group'},
  ],
};
const morning: ScheduleJson['tracks'][number] = {
  id: 'morning',
  name: {en: 'Morning track', es: 'Horario de mañana'},
  sessions: [
    {day: 'mon', start: '09:30', end: '12:30', type: 'group'},
    {day: 'wed', start: '09:30', end: '12:30', type: 'skills'},
    {day: 'fri', start: '09:30', end: '11:00', type: 'education'},
    {day: 'fri', start: '11:00', end: '12:30', type: 'medication'},
  ],
};
const weekend: ScheduleJson['tracks'][number] = {
  id: 'weekend',
  name: {en: 'Weekend track', es: 'Horario de fin de semana'},
  sessions: [
    {day: 'sat', start: '09:00', end: '13:00', type: 'group'},
    {day: 'sun', start: '09:00', end: '13:00', type: 'skills'},
    {day: 'wed', start: '18:00', end: '19:00', type: 'individual'},
  ],
};
const phases: ScheduleJson['phases'] = [
  {name: {en: 'Phase 1', es: 'Fase 1'}, weeks: 4, note: {en: 'Three evenings a week', es: 'Tres tardes por semana'}},
  {name: {en: 'Phase 2', es: 'Fase 2'}, weeks: 4, note: {en: 'Two evenings a week', es: 'Dos tardes por semana'}},
  {name: {en: 'Ongoing care', es: 'Atención continua'}, weeks: 8, note: {en: 'One group a week', es: 'Un grupo por semana'}},
];

const meta: Meta<Args> = {
  title: 'Elements/Weekly schedule',
  component: 'iop-weekly-schedule',
  args: {track: '', audience: 'adult', headingLevel: 2, schedule: undefined, scriptJson: '', jsonAttribute: ''},
  argTypes: {
    track: {control: 'text', description: 'The id of the track to show first.'},
    audience: {
      control: 'select',
      options: ['adult', 'teen'],
      description: 'Sets the usual IOP range: 9 to 19 hours (adult) or 6 to 19 (teen).',
    },
    headingLevel: {control: {type: 'number', min: 2, max: 6}, name: 'heading-level'},
    schedule: {control: 'object', description: 'The schedule as a property (see schema/iop-weekly-schedule.schema.json).'},
    scriptJson: {control: 'text', description: 'The schedule as the text of a child <script type="application/json">.'},
    jsonAttribute: {
      control: 'text',
      name: 'schedule-json',
      description: 'The data as JSON text in the `schedule-json` attribute (used when the property is not set).',
    },
  },
  render: (args) =>
    html`<iop-weekly-schedule
      track=${ifDefined(args.track || undefined)}
      audience=${args.audience}
      heading-level=${args.headingLevel}
      .schedule=${args.schedule}
      schedule-json=${ifDefined(args.jsonAttribute || undefined)}
      >${
        args.scriptJson
          ? html`<script type="application/json">
              ${args.scriptJson}
            </script>`
          : nothing
      }</iop-weekly-schedule
    >`,
  parameters: {
    docs: {
      description: {
        component:
          'A week of IOP from the clinic’s own schedule. The schedule JSON: `{"tracks": [{"id", "name", "sessions": [{"day": "mon"…"sun", "start": "HH:MM", "end": "HH:MM", "type": "group" | "individual" | "family" | "education" | "skills" | "medication" | "check-in" | "other", "title"?}]}], "phases"?: [{"name", "weeks"?, "note"?}], "lang"?}`. Texts are a string or `{"en": "…", "es": "…"}`. The JSON Schema is in `schema/iop-weekly-schedule.schema.json`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** No schedule given: a clearly labelled sample (an evening and a morning track of 9 hours). */
export const Sample: Story = {};

/** One clinic track. */
export const ClinicSchedule: Story = {args: {schedule: {tracks: [evening]}}};

/** The same, pasted as a JSON script: what a clinic web team puts in its CMS. */
export const ClinicJsonScript: Story = {args: {scriptJson: JSON.stringify({tracks: [evening]}, null, 2)}};

/** The same schedule as JSON text in the `schedule-json` attribute, for hosts that can only set attributes. */
export const ScheduleJsonAttribute: Story = {name: 'Schedule JSON attribute', args: {jsonAttribute: JSON.stringify({tracks: [evening]})}};

/** Several tracks: the reader switches between them. */
export const SeveralTracks: Story = {args: {schedule: {tracks: [evening, morning, weekend]}, track: 'morning'}};

/** With phases: the step-down timeline. */
export const Phases: Story = {args: {schedule: {tracks: [evening, morning], phases}}};

/** Overlapping sessions are shown side by side and reported. */
export const Overlaps: Story = {
  args: {
    schedule: {
      tracks: [
        {
          id: 'busy',
          name: 'Evening track',
          sessions: [
            {day: 'tue', start: '18:00', end: '19:30', type: 'group'},
            {day: 'tue', start: '19:00', end: '20:00', type: 'individual'},
            {day: 'thu', start: '18:00', end: '21:00', type: 'family'},
          ],
        },
      ],
    },
  },
};

/** Under 9 hours a week: said plainly. */
export const UnderNineHours: Story = {
  args: {
    schedule: {
      tracks: [
        {
          id: 't',
          name: 'Step-down week',
          sessions: [
            {day: 'tue', start: '18:00', end: '21:00', type: 'group'},
            {day: 'thu', start: '18:00', end: '21:00', type: 'group'},
          ],
        },
      ],
    },
  },
};

/** A teen program: the usual range starts at 6 hours. */
export const Teen: Story = {
  args: {
    audience: 'teen',
    schedule: {
      tracks: [
        {
          id: 't',
          name: 'After school',
          sessions: [
            {day: 'mon', start: '15:30', end: '17:30', type: 'group'},
            {day: 'wed', start: '15:30', end: '17:30', type: 'skills'},
            {day: 'thu', start: '15:30', end: '17:30', type: 'family'},
          ],
        },
      ],
    },
  },
};

/** Every kind of problem: unknown day, impossible time, end before start, unknown type, a wrong shape. Valid sessions still show. */
export const Errors: Story = {
  args: {
    track: 'night',
    scriptJson: JSON.stringify({
      tracks: [
        {
          id: 'evening',
          name: 'Evening track',
          sessions: [
            {day: 'tue', start: '18:00', end: '19:30', type: 'group', title: 'Therapy group'},
            {day: 'funday', start: '18:00', end: '19:00', type: 'group'},
            {day: 'wed', start: '25:00', end: '26:00', type: 'group'},
            {day: 'thu', start: '19:00', end: '18:00', type: 'skills', title: 'Backwards'},
            {day: 'fri', start: '18:00', end: '19:00', type: 'yoga'},
            'not a session',
          ],
        },
      ],
      colour: 'blue',
    }),
  },
};

/** JSON that does not parse: a message, and never the sample in its place. */
export const BrokenJson: Story = {args: {scriptJson: '{"tracks": [{"id": "evening", '}};

/** A phone: an agenda by day. */
export const Narrow: Story = {args: {schedule: {tracks: [evening, morning], phases}}, parameters: {width: 320}};

/** Spanish, whatever the toolbar says: Monday first, 24-hour times. */
/**
 * Spanish, whatever the toolbar says. Not on the Docs page: the language is the page's (<html lang>), so it
 * would turn every story there into Spanish.
 */
export const Spanish: Story = {tags: ['!autodocs'], globals: {locale: 'es'}, args: {schedule: {tracks: [evening, morning], phases}}};
