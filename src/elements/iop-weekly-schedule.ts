/** `<iop-weekly-schedule>`: defines the element. Loaded by iop-family.js when the tag appears, or on its own. */
import {IopWeeklySchedule} from '../components/weekly-schedule/weekly-schedule.js';
import {defineElements} from '../define.js';
import {addLocaleParts} from '../shared/localization.js';

export {IopWeeklySchedule};
export type {TrackSelectDetail} from '../components/weekly-schedule/weekly-schedule.js';
export type {ScheduleJson, DayId, SessionType} from '../components/weekly-schedule/weekly-schedule.types.js';

addLocaleParts('weekly-schedule', {es: () => import('../generated/locales/es-weekly-schedule.js')});
defineElements({'iop-weekly-schedule': IopWeeklySchedule});

declare global {
  interface HTMLElementTagNameMap {
    'iop-weekly-schedule': IopWeeklySchedule;
  }
}
