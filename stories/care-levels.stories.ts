import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {CARE_LEVEL_IDS} from '../src/components/care-levels/care-levels.types.js';
import type {CareLevelsClinicData} from '../src/elements/iop-care-levels.js';

interface Args {
  highlight: string;
  levels: string;
  headingLevel: number;
  clinic: CareLevelsClinicData | undefined;
  /** Clinic data as the JSON text of a child <script type="application/json">, the no-code way. */
  scriptJson: string;
  /** The data as JSON text in the `clinic-json` attribute, for hosts that can only set attributes. */
  jsonAttribute: string;
}

const riverside: CareLevelsClinicData = {
  clinic: 'Riverside Recovery Center',
  levels: {
    iop: {
      name: {en: 'Evening IOP', es: 'IOP de tarde'},
      hours: {min: 9, max: 12},
      note: {en: 'Three evenings a week, 6 to 9 p.m.', es: 'Tres tardes por semana, de 6 a 9 p. m.'},
    },
    outpatient: {name: {en: 'Weekly counseling', es: 'Consejería semanal'}, hours: {min: 1, max: 3}},
  },
};

const meta: Meta<Args> = {
  title: 'Elements/Care levels',
  component: 'iop-care-levels',
  args: {highlight: 'iop', levels: '', headingLevel: 2, clinic: undefined, scriptJson: '', jsonAttribute: ''},
  argTypes: {
    highlight: {control: 'select', options: CARE_LEVEL_IDS, description: 'The level to feature and show first.'},
    levels: {control: 'text', description: 'Which levels to show and in what order, e.g. "residential iop outpatient". Empty shows all.'},
    headingLevel: {control: {type: 'number', min: 2, max: 6}, name: 'heading-level'},
    clinic: {control: 'object', description: 'Clinic overrides as a property (takes precedence over the JSON script).'},
    scriptJson: {control: 'text', description: 'Clinic overrides as the text of a child <script type="application/json">.'},
    jsonAttribute: {
      control: 'text',
      name: 'clinic-json',
      description: 'The data as JSON text in the `clinic-json` attribute (used when the property is not set).',
    },
  },
  render: (args) =>
    html`<iop-care-levels
      highlight=${args.highlight}
      levels=${ifDefined(args.levels || undefined)}
      heading-level=${args.headingLevel}
      .clinic=${args.clinic}
      clinic-json=${ifDefined(args.jsonAttribute || undefined)}
      >${
        args.scriptJson
          ? html`<script type="application/json">
              ${args.scriptJson}
            </script>`
          : nothing
      }</iop-care-levels
    >`,
};
export default meta;

type Story = StoryObj<Args>;

/** IOP featured among all six levels, in a wide column. */
export const Default: Story = {};

export const FeatureResidential: Story = {name: 'Featured: residential', args: {highlight: 'residential'}};
export const FeatureWithdrawal: Story = {name: 'Featured: withdrawal management', args: {highlight: 'withdrawal'}};
export const FeatureOutpatient: Story = {name: 'Featured: outpatient', args: {highlight: 'outpatient'}};

/** A clinic that offers three levels shows only those, in its own order. Fewer columns fit a table sooner. */
export const ThreeLevels: Story = {args: {levels: 'php iop outpatient'}};

/** The clinic's own program names, hours and notes, given as a property. Switch the language to see the Spanish. */
export const ClinicProgram: Story = {args: {clinic: riverside}};

/** The same data as a child JSON script: what a clinic web team pastes into its CMS. */
export const ClinicJsonScript: Story = {args: {scriptJson: JSON.stringify(riverside, null, 2)}};

/** The same data as JSON text in the `clinic-json` attribute: for page builders that only set attributes, and for React or Vue before the element is defined. */
export const ClinicJsonAttribute: Story = {name: 'Clinic JSON attribute', args: {jsonAttribute: JSON.stringify(riverside)}};

/**
 * What React 19 or Vue write when they meet the element before it is defined and the data is an object:
 * `clinic="[object Object]"`. The data is lost, and the element says so and how to fix it.
 */
export const ObjectAsAttribute: Story = {
  name: 'Data lost as an attribute',
  render: () => html`<iop-care-levels clinic="[object Object]"></iop-care-levels>`,
};

/** Problems in attributes and data: a short message for families, details for the web team, valid parts kept. */
export const Errors: Story = {
  args: {
    levels: 'iop detox outpatient',
    highlight: 'rehab',
    scriptJson:
      '{"clinic": "Riverside", "levels": {"iop": {"name": "Evening IOP", "hours": {"min": 12, "max": 9}}, "php": {"note": 42}}, "colour": "red"}',
  },
};

/** JSON that does not parse: the chart still shows its general facts. */
export const BrokenJson: Story = {args: {scriptJson: '{"levels": {"iop": '}};

/** Markup in clinic text is shown as text, never run. */
export const MarkupAsText: Story = {args: {clinic: {levels: {iop: {name: '<img src=x onerror=alert(1)> <b>Evening</b> IOP'}}}}};

/** A 320px phone: cards instead of the table, each level a disclosure. */
export const Narrow: Story = {parameters: {width: 320}};

/** A 260px sidebar. */
export const Sidebar: Story = {parameters: {width: 260}};

/** A 1,200px column: the full table. */
export const Wide: Story = {parameters: {width: 1200}};

/**
 * Spanish, whatever the toolbar says. Not on the Docs page: the language is the page's (<html lang>), so it
 * would turn every story there into Spanish.
 */
export const Spanish: Story = {tags: ['!autodocs'], globals: {locale: 'es'}, args: {clinic: riverside}};

/** Themed through the public custom properties and ::part. */
export const Themed: Story = {
  render: (args) =>
    html`<style>
        .themed {
          --iop-accent: #6b2c91;
          --iop-surface: #f6f0fa;
          --iop-radius: 0;
          --iop-font-family: system-ui, sans-serif;
        }
        .themed::part(heading) {
          font-size: 2em;
        }
      </style>
      <iop-care-levels class="themed" highlight=${args.highlight}></iop-care-levels>`,
};
