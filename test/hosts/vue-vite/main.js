/**
 * A Vue 3 app with a runtime-compiled template that mounts before the elements are defined, then imports
 * two elements by their own entry points (as a lazily loaded route would). Data goes as a property
 * (`.prop`, kept by the element when it upgrades) and as a JSON attribute.
 */
import {createApp} from 'vue';
import {careLevels, schedule} from '../clinic-data.js';
import {recordDefined, recordEvent, report} from '../report.js';

const app = createApp({
  data: () => ({careLevels, careLevelsJson: JSON.stringify(careLevels), schedule}),
  methods: {recordEvent},
  template: `
    <iop-care-levels id="property" :clinic.prop="careLevels" @iop-level-select="recordEvent"></iop-care-levels>
    <iop-care-levels id="json-attribute" :clinic-json="careLevelsJson"></iop-care-levels>
    <iop-weekly-schedule id="schedule-property" :schedule.prop="schedule"></iop-weekly-schedule>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('iop-');
app.mount('#app');
recordDefined('first-render');
await Promise.all([import('iop-family/elements/iop-care-levels.js'), import('iop-family/elements/iop-weekly-schedule.js')]);
recordDefined('after-import');
report.done = true;
