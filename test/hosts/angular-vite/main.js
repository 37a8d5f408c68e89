/**
 * An Angular 21 app as the README's Angular recipe has it, compiled in the browser (JIT: no Angular CLI),
 * zoneless, with a standalone component whose decorator is applied as a function (no TypeScript decorators).
 * It renders the tags before they are defined (the lazy loader), then `await defineAll()`. Data goes as a
 * property (`[clinic]`, which Angular always sets as a property) and as JSON text in an attribute
 * (`[attr.schedule-json]`); `(iop-level-select)` listens for the event.
 */
import '@angular/compiler';
import {Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection} from '@angular/core';
import {bootstrapApplication} from '@angular/platform-browser';
import {defineAll} from 'iop-family';
import {careLevels, schedule} from '../clinic-data.js';
import {recordDefined, recordEvent, report} from '../report.js';

const App = Component({
  selector: 'app-root',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <iop-care-levels id="property" [clinic]="careLevels" (iop-level-select)="recordEvent($event)"></iop-care-levels>
    <iop-weekly-schedule id="json-attribute" [attr.schedule-json]="scheduleJson"></iop-weekly-schedule>`,
})(
  class {
    careLevels = careLevels;
    scheduleJson = JSON.stringify(schedule);
    recordEvent(event) {
      recordEvent(event);
    }
  },
);

await bootstrapApplication(App, {providers: [provideZonelessChangeDetection()]});
recordDefined('first-render');
await defineAll();
recordDefined('after-defineAll');
report.done = true;
