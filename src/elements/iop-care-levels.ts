/** `<iop-care-levels>`: defines the element. Loaded by iop-family.js when the tag appears, or on its own. */
import {IopCareLevels} from '../components/care-levels/care-levels.js';
import {defineElements} from '../define.js';
import {addLocaleParts} from '../shared/localization.js';

export {IopCareLevels};
export type {LevelSelectDetail} from '../components/care-levels/care-levels.js';
export type {CareLevelsClinicData, CareLevelId} from '../components/care-levels/care-levels.types.js';

addLocaleParts('care-levels', {es: () => import('../generated/locales/es-care-levels.js')});
defineElements({'iop-care-levels': IopCareLevels});

declare global {
  interface HTMLElementTagNameMap {
    'iop-care-levels': IopCareLevels;
  }
}
