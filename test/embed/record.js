// Runs first on the embedding test pages: records what the tests check afterwards.
window.recorded = {violations: [], errors: [], warnings: []};
document.addEventListener('securitypolicyviolation', (event) => {
  window.recorded.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});
window.addEventListener('error', (event) => {
  window.recorded.errors.push(String(event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  window.recorded.errors.push(String(event.reason));
});
const warn = console.warn;
console.warn = (...parts) => {
  window.recorded.warnings.push(parts.map(String).join(' '));
  warn.apply(console, parts);
};
