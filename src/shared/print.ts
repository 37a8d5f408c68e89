const PRINTING = 'data-iop-printing';

/**
 * Prints only `element`, not the rest of the host page: for the print, a constructed stylesheet (which a
 * strict Content-Security-Policy allows, unlike a <style> element) hides everything else. It is removed when
 * printing ends.
 */
export function printOnly(element: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@media print {
    body * { visibility: hidden !important; }
    [${PRINTING}], [${PRINTING}] * { visibility: visible !important; }
    [${PRINTING}] { position: absolute !important; inset-block-start: 0 !important; inset-inline: 0 !important; margin: 0 !important; }
  }`);
  const cleanup = (): void => {
    element.removeAttribute(PRINTING);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  element.setAttribute(PRINTING, '');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  window.addEventListener('afterprint', cleanup, {once: true});
  window.print();
}
