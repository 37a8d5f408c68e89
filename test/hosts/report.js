/**
 * What a host app saw, for hosts.test.mjs to read from the page as `window.hostReport`: which tags were
 * defined at each step, the events the elements fired, and every `iop-data-error`.
 */
export const TAGS = ['iop-care-levels', 'iop-weekly-schedule', 'iop-family-roles', 'iop-conversation-guide'];

export const report = {steps: {}, events: [], dataErrors: [], done: false};
window.hostReport = report;

/** Records which of the four tags are defined right now, under a step name. */
export function recordDefined(step) {
  report.steps[step] = Object.fromEntries(TAGS.map((tag) => [tag, customElements.get(tag) !== undefined]));
}

/** For an event listener: records the event with the id of the element it came from. */
export function recordEvent(event) {
  report.events.push({id: event.currentTarget.id, type: event.type, detail: event.detail});
}

document.addEventListener('iop-data-error', (event) => {
  report.dataErrors.push({id: event.target.id, fields: event.detail.problems.map((problem) => problem.field)});
});
