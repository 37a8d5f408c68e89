/**
 * A React 19 app that uses the lazy loader, as a clinic's web team would: elements rendered before they are
 * defined (data as a JSON attribute, and as an object, which React can then only set as an attribute), and
 * elements rendered after `await defineAll()` (data as an object, which React then sets as a property).
 * Built by Vite 8 with no plugin: Vite transforms JSX itself (automatic runtime).
 */
import {defineAll} from 'iop-family';
import {flushSync} from 'react-dom';
import {createRoot} from 'react-dom/client';
import {careLevels, schedule} from '../clinic-data.js';
import {recordDefined, recordEvent, report} from '../report.js';

function BeforeDefinition() {
  return (
    <>
      <iop-care-levels id="json-attribute" clinic-json={JSON.stringify(careLevels)} oniop-level-select={recordEvent} />
      {/* React 19 sets an object on an undefined custom element as the attribute clinic="[object Object]". */}
      <iop-care-levels id="object-attribute" clinic={careLevels} />
    </>
  );
}

function AfterDefinition() {
  return (
    <>
      <iop-care-levels id="property" clinic={careLevels} />
      <iop-weekly-schedule id="schedule-property" schedule={schedule} />
    </>
  );
}

flushSync(() => {
  createRoot(document.getElementById('before-definition')).render(<BeforeDefinition />);
});
recordDefined('first-render');
await defineAll();
recordDefined('after-defineAll');
flushSync(() => {
  createRoot(document.getElementById('after-definition')).render(<AfterDefinition />);
});
report.done = true;
