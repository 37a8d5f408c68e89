/** Queries by what a reader perceives: roles, names and text, inside an element's shadow root. */

function root(host: Element): ShadowRoot {
  if (!host.shadowRoot) throw new Error(`<${host.localName}> has no open shadow root`);
  return host.shadowRoot;
}

export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function all<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...root(host).querySelectorAll<T>(selector)];
}

export function one(host: Element, selector: string): HTMLElement {
  const found = root(host).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <${host.localName}>`);
  return found;
}

export function headings(host: Element): string[] {
  return all(host, 'h1, h2, h3, h4, h5, h6, [role="heading"]').map((h) => text(h));
}

/** The radio buttons with their label text, in order. */
export function radios(host: Element): {input: HTMLInputElement; label: string}[] {
  return all<HTMLInputElement>(host, 'input[type="radio"]').map((input) => ({input, label: text(input.closest('label'))}));
}

export function buttonNamed(host: Element, name: string | RegExp): HTMLButtonElement {
  const match = all<HTMLButtonElement>(host, 'button').find((b) => (typeof name === 'string' ? text(b) === name : name.test(text(b))));
  if (!match)
    throw new Error(
      `no button named ${String(name)}; buttons: ${all(host, 'button')
        .map((b) => text(b))
        .join(' | ')}`,
    );
  return match;
}

/** Whether the element takes up space on screen (display: none anywhere above it hides it). */
export function isShown(element: Element): boolean {
  return (element as HTMLElement).getClientRects().length > 0;
}

/** The element inside the shadow root (or deeper) that has focus. */
export function focused(host: Element): Element | null {
  let active = root(host).activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
