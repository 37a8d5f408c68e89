import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {FamilyRolesClinicData} from '../src/elements/iop-family-roles.js';

interface Args {
  relationship: string;
  phase: string;
  headingLevel: number;
  clinic: FamilyRolesClinicData | undefined;
  /** Clinic data as the JSON text of a child <script type="application/json">, the no-code way. */
  scriptJson: string;
  /** The data as JSON text in the `clinic-json` attribute, for hosts that can only set attributes. */
  jsonAttribute: string;
}

const RELATIONSHIPS = ['partner', 'parent-teen', 'parent-adult', 'child-sibling', 'friend', 'other'];
const STAGES = ['before', 'during', 'after'];

const riverside: FamilyRolesClinicData = {
  clinic: 'Riverside Recovery Center',
  familyProgram: {
    name: {en: 'Family Night', es: 'Noche familiar'},
    times: {en: 'Thursdays, 6 to 7:30 p.m.', es: 'Los jueves, de 6 a 7:30 p. m.'},
    note: {en: 'Free for families of people in our programs.', es: 'Gratis para las familias de las personas en nuestros programas.'},
  },
  contact: {
    en: 'Questions? Call our family coordinator at 555-0100.',
    es: '¿Preguntas? Llame a nuestra coordinadora de familias al 555-0100.',
  },
  intakeLine: {name: {en: 'Intake line', es: 'Línea de admisión'}, call: '555-0199'},
};

const meta: Meta<Args> = {
  title: 'Elements/Family roles',
  component: 'iop-family-roles',
  args: {relationship: 'partner', phase: 'before', headingLevel: 2, clinic: undefined, scriptJson: '', jsonAttribute: ''},
  argTypes: {
    relationship: {control: 'select', options: RELATIONSHIPS, description: 'The relationship to start with.'},
    phase: {control: 'select', options: STAGES, description: 'The stage to start with.'},
    headingLevel: {control: {type: 'number', min: 2, max: 6}, name: 'heading-level'},
    clinic: {control: 'object', description: 'Clinic data as a property (takes precedence over the JSON script).'},
    scriptJson: {control: 'text', description: 'Clinic data as the text of a child <script type="application/json">.'},
    jsonAttribute: {
      control: 'text',
      name: 'clinic-json',
      description: 'The data as JSON text in the `clinic-json` attribute (used when the property is not set).',
    },
  },
  render: (args) =>
    html`<iop-family-roles
      relationship=${args.relationship}
      phase=${args.phase}
      heading-level=${args.headingLevel}
      .clinic=${args.clinic}
      clinic-json=${ifDefined(args.jsonAttribute || undefined)}
      >${
        args.scriptJson
          ? html`<script type="application/json">
              ${args.scriptJson}
            </script>`
          : nothing
      }</iop-family-roles
    >`,
};
export default meta;

type Story = StoryObj<Args>;

export const PartnerBefore: Story = {name: 'Partner, before IOP'};
export const PartnerDuring: Story = {name: 'Partner, during IOP', args: {phase: 'during'}};
export const PartnerAfter: Story = {name: 'Partner, after IOP', args: {phase: 'after'}};
export const ParentOfTeen: Story = {name: 'Parent of a teen (state privacy rules)', args: {relationship: 'parent-teen', phase: 'during'}};
export const ParentOfAdult: Story = {name: 'Parent of an adult child', args: {relationship: 'parent-adult', phase: 'during'}};
export const AdultChildOrSibling: Story = {name: 'Adult child or sibling', args: {relationship: 'child-sibling', phase: 'after'}};
export const Friend: Story = {args: {relationship: 'friend', phase: 'before'}};
export const SomeoneElse: Story = {name: 'Someone else close to them', args: {relationship: 'other', phase: 'during'}};

/** The clinic's family program, contact line and intake line. */
export const ClinicData: Story = {args: {relationship: 'parent-adult', phase: 'during', clinic: riverside}};

/** A clinic outside the US replaces the help lines. */
export const ClinicOutsideTheUS: Story = {
  name: 'Clinic outside the US (UK lines)',
  args: {
    clinic: {
      helpLines: [
        {name: 'Emergency', call: '999'},
        {name: 'NHS 111 (option 2, mental health)', call: '111'},
        {name: 'Samaritans', call: '116 123', note: 'Day or night.'},
        {name: 'Shout', text: '85258'},
      ],
    },
  },
};

/** Problems in attributes and data; the valid parts are kept. */
export const Errors: Story = {
  args: {
    relationship: 'cousin',
    scriptJson: JSON.stringify({
      familyProgram: {name: 'Family Night', times: 7},
      helpLines: [{name: 'Crisis line', call: 'call us!'}],
      logo: 'x.png',
    }),
  },
};

/** A phone. */
export const Narrow: Story = {args: {relationship: 'parent-teen', phase: 'during', clinic: riverside}, parameters: {width: 320}};

/**
 * Spanish, whatever the toolbar says. Not on the Docs page: the language is the page's (<html lang>), so it
 * would turn every story there into Spanish.
 */
export const Spanish: Story = {
  tags: ['!autodocs'],
  globals: {locale: 'es'},
  args: {relationship: 'parent-adult', phase: 'during', clinic: riverside},
};
