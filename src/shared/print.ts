const PRINTING = 'data-iop-printing';

/**
 * Prints only `element`, not the rest of the host page: for the print, a constructed stylesheet (which a
 * strict Content-Security-Policy allows, unlike a <style> element) takes everything out of the page but the
 * element and its ancestors, so nothing else prints and no blank pages follow. It is removed when printing ends.
 */
export function printOnly(element: HTMLElement, onDone?: () => void): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@media print {
    body *:not([${PRINTING}], [${PRINTING}] *, :has([${PRINTING}])) { display: none !important; }
  }`);
  const cleanup = (): void => {
    element.removeAttribute(PRINTING);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    onDone?.();
  };
  element.setAttribute(PRINTING, '');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  window.addEventListener('afterprint', cleanup, {once: true});
  window.print();
}
