/** A plain page's script: the loader defines the elements already in the HTML. */
import 'iop-family';
import {recordDefined, report} from '../report.js';

recordDefined('first-render');
report.done = true;
