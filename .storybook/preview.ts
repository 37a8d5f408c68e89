import type {Decorator, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json' with {type: 'json'};
// Every element, registered up front (the published loader defines them on demand instead).
import '../src/elements/iop-care-levels.js';
import '../src/elements/iop-weekly-schedule.js';
import '../src/elements/iop-family-roles.js';
import '../src/elements/iop-conversation-guide.js';

setCustomElementsManifest(manifest);

/** The page language, as a clinic's site sets it; the elements follow <html lang>. */
const withLanguage: Decorator = (story, context) => {
  const locale = (context.globals.locale as string | undefined) ?? 'en';
  document.documentElement.lang = locale;
  return story();
};

/** Stories can set `parameters.width` to show the element in a narrow sidebar or a wide column. */
const withWidth: Decorator = (story, context) => {
  const width = context.parameters.width as number | undefined;
  return width ? html`<div style=${styleMap({width: `${String(width)}px`, maxWidth: '100%'})}>${story()}</div>` : story();
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Page language (<html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          {value: 'en', title: 'English'},
          {value: 'es', title: 'Español'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en'},
  decorators: [withWidth, withLanguage],
  parameters: {
    a11y: {test: 'error'},
    controls: {expanded: true},
    docs: {toc: true},
  },
  tags: ['autodocs'],
};

export default preview;
