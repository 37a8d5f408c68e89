/** The CDN loader (dist/iop-family.js): `await defineAll()` means defined, in every language. */
import {describeDefineAll} from '../helpers/define-all.js';

describeDefineAll('/dist/iop-family.js');
