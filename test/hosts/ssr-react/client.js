/** The browser side of the server-rendered page: the loader brings the server's tags to life. */
import {defineAll} from 'iop-family';
import {recordDefined, report} from '../report.js';

await defineAll();
recordDefined('after-defineAll');
report.done = true;
