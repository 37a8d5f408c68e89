/** `<iop-family-roles>`: defines the element. Loaded by iop-family.js when the tag appears, or on its own. */
import {IopFamilyRoles} from '../components/family-roles/family-roles.js';
import {defineElements} from '../define.js';
import {addLocaleParts} from '../shared/localization.js';

export {IopFamilyRoles};
export type {RolesChangeDetail} from '../components/family-roles/family-roles.js';
export type {FamilyRolesClinicData, Relationship, Stage} from '../components/family-roles/family-roles.types.js';

addLocaleParts('family-roles', {es: () => import('../generated/locales/es-family-roles.js')});
defineElements({'iop-family-roles': IopFamilyRoles});

declare global {
  interface HTMLElementTagNameMap {
    'iop-family-roles': IopFamilyRoles;
  }
}
