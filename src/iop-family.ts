/**
 * iop-family: one `<script type="module" src=".../iop-family.js">` is all a page needs. This small loader
 * fetches an element's code when its tag first appears in the document, together with the shared runtime and,
 * on a Spanish page, the Spanish text, all from next to this file. A page with no element loads nothing more.
 * The classic build (`iop-family.iife.js`) carries everything in one file instead.
 *
 * This module must not share code with the elements: anything it imports statically would be loaded by every
 * per-element module too.
 */
import {autoload} from './autoload.js';

const {loadAll} = autoload(
  {
    'iop-care-levels': () => import('./elements/iop-care-levels.js'),
    'iop-weekly-schedule': () => import('./elements/iop-weekly-schedule.js'),
  },
  () => {
    // Start the shared runtime and the page's language alongside the first element rather than after it.
    // (Mirrors the locale map in shared/localization.ts, which would drag the runtime into this file.)
    void import('./shared/localization.js');
    if (/^es(?:[-_]|$)/i.test(document.documentElement.lang)) void import('./generated/locales/es.js');
  },
);

/**
 * Defines every element now, for pages that create them inside their own shadow roots (which the loader
 * cannot see). Resolves when all are defined.
 */
export const defineAll = loadAll;

export type {IopCareLevels, CareLevelsClinicData, CareLevelId, LevelSelectDetail} from './elements/iop-care-levels.js';
export type {IopWeeklySchedule, ScheduleJson, TrackSelectDetail} from './elements/iop-weekly-schedule.js';
export type {DataErrorDetail} from './shared/clinic-data.js';

declare global {
  interface HTMLElementTagNameMap {
    'iop-care-levels': import('./elements/iop-care-levels.js').IopCareLevels;
    'iop-weekly-schedule': import('./elements/iop-weekly-schedule.js').IopWeeklySchedule;
  }
}
