import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {ConversationGuideClinicData} from '../src/elements/iop-conversation-guide.js';

interface Args {
  step: string;
  scenario: string;
  rememberPlan: boolean;
  headingLevel: number;
  clinic: ConversationGuideClinicData | undefined;
  /** Clinic data as the JSON text of a child <script type="application/json">, the no-code way. */
  scriptJson: string;
  /** The data as JSON text in the `clinic-json` attribute, for hosts that can only set attributes. */
  jsonAttribute: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Conversation guide',
  component: 'iop-conversation-guide',
  args: {step: '1', scenario: 'considering', rememberPlan: false, headingLevel: 2, clinic: undefined, scriptJson: '', jsonAttribute: ''},
  argTypes: {
    step: {control: 'select', options: ['1', '2', '3', '4', '5', '6'], description: 'The step to start on (1 to 6, or a step id).'},
    scenario: {control: 'select', options: ['considering', 'missing-sessions', 'return-to-use', 'teen']},
    rememberPlan: {
      control: 'boolean',
      name: 'remember-plan',
      description: 'Opt-in: keep the plan on this device (localStorage) until cleared.',
    },
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
    html`<iop-conversation-guide
      step=${args.step}
      scenario=${args.scenario}
      ?remember-plan=${args.rememberPlan}
      heading-level=${args.headingLevel}
      .clinic=${args.clinic}
      clinic-json=${ifDefined(args.jsonAttribute || undefined)}
      >${
        args.scriptJson
          ? html`<script type="application/json">
              ${args.scriptJson}
            </script>`
          : nothing
      }</iop-conversation-guide
    >`,
};
export default meta;

type Story = StoryObj<Args>;

export const Step1GetReady: Story = {name: 'Step 1: get ready'};
export const Step2Start: Story = {name: 'Step 2: start the talk', args: {step: '2'}};
export const Step3Listen: Story = {name: 'Step 3: listen', args: {step: '3'}};
export const Step4Pushback: Story = {name: 'Step 4: if they push back', args: {step: '4'}};
export const Step5NextStep: Story = {name: 'Step 5: offer a next step', args: {step: '5'}};
export const Step6After: Story = {name: 'Step 6: after the talk', args: {step: '6'}};

export const MissingSessions: Story = {name: 'Scenario: missing sessions', args: {scenario: 'missing-sessions', step: '3'}};
export const ReturnToUse: Story = {name: 'Scenario: after a return to use', args: {scenario: 'return-to-use', step: '2'}};
export const Teen: Story = {name: 'Scenario: talking with a teen', args: {scenario: 'teen', step: '4'}};

/** The clinic's intake line first, under the clinic's name, then the US lines. */
export const ClinicIntakeLine: Story = {
  args: {
    clinic: {
      clinic: 'Riverside Recovery Center',
      intakeLine: {name: {en: 'Intake line', es: 'Línea de admisión'}, call: '(555) 010-0199 ext. 2'},
    },
  },
};

/** A clinic in Australia replaces the numbers. */
export const ClinicOutsideTheUS: Story = {
  name: 'Clinic outside the US (Australian lines)',
  args: {
    clinic: {
      helpLines: [
        {name: 'Emergency', call: '000'},
        {name: 'National Alcohol and Other Drug Hotline', call: '1800 250 015'},
        {name: 'Family Drug Support', call: '1300 368 186', note: 'Day or night.'},
        {name: 'Lifeline', call: '13 11 14'},
      ],
    },
  },
};

/** The plan kept on this device (the clinic's opt-in). */
export const RememberPlan: Story = {name: 'Plan kept on this device (opt-in)', args: {rememberPlan: true}};

export const Errors: Story = {
  args: {
    step: '9',
    scenario: 'panic',
    scriptJson: JSON.stringify({helpLines: [{name: 'Crisis', call: '123-abc'}], intakeLine: {name: 'Intake'}, extra: 1}),
  },
};

export const Narrow: Story = {args: {step: '2'}, parameters: {width: 320}};

/**
 * Spanish, whatever the toolbar says. Not on the Docs page: the language is the page's (<html lang>), so it
 * would turn every story there into Spanish.
 */
export const Spanish: Story = {tags: ['!autodocs'], globals: {locale: 'es'}, args: {step: '2', scenario: 'missing-sessions'}};
