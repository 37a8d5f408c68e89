/** `<iop-care-levels>` on its own, for pages that want only this element. */
import {IopCareLevels} from '../components/care-levels/care-levels.js';
import {defineElements} from '../define.js';

export {IopCareLevels};
export type {CareLevelsClinicData, CareLevelId} from '../components/care-levels/care-levels.types.js';

defineElements({'iop-care-levels': IopCareLevels});

declare global {
  interface HTMLElementTagNameMap {
    'iop-care-levels': IopCareLevels;
  }
}
