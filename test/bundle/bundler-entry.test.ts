/** What `import 'iop-family'` gives a bundler (dist/iop-family.bundler.js), run as the browser gets it. */
import {describeDefineAll} from '../helpers/define-all.js';

describeDefineAll('/dist/iop-family.bundler.js');
