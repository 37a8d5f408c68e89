/**
 * iop-family: every element, registered on load. One `<script type="module" src=".../iop-family.js">`
 * (or the classic `iop-family.iife.js`) is all a page needs.
 */
import {IopCareLevels} from './components/care-levels/care-levels.js';
import {defineElements} from './define.js';

export {IopCareLevels};
export type {CareLevelsClinicData, CareLevelId} from './components/care-levels/care-levels.types.js';
export type {LevelSelectDetail} from './components/care-levels/care-levels.js';
export type {DataErrorDetail} from './shared/clinic-data.js';
export {VERSION} from './version.js';

defineElements({
  'iop-care-levels': IopCareLevels,
});

declare global {
  interface HTMLElementTagNameMap {
    'iop-care-levels': IopCareLevels;
  }
}
