/** A piece of text a reader can see or hear, and the language it is marked with. */
export interface ReadableText {
  readonly text: string;
  readonly lang: string;
}

const SKIP = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);
const SPOKEN_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription'];

function langOf(node: Node): string {
  for (let current: Node | null = node; current;) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang') ?? '';
    current = current.parentNode instanceof ShadowRoot ? current.parentNode.host : current.parentNode;
  }
  return '';
}

/** Every text node and spoken attribute inside an element, through open shadow roots, with its language. */
export function readableText(root: Element): ReadableText[] {
  const found: ReadableText[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (SKIP.has(node.tagName)) return;
      for (const name of SPOKEN_ATTRIBUTES) {
        const value = node.getAttribute(name)?.trim();
        if (value) found.push({text: value, lang: langOf(node)});
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      if (text) found.push({text, lang: langOf(node)});
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

/** All readable text joined, for `include` checks. */
export function allText(root: Element): string {
  return readableText(root)
    .map((t) => t.text)
    .join(' ');
}

/**
 * Text shown on a page in `locale` that also appears, unchanged, in the English rendering: English left
 * untranslated. Text marked with another language (citations) and text without words is not counted.
 */
export function untranslated(english: readonly ReadableText[], other: readonly ReadableText[], locale: string): string[] {
  const englishTexts = new Set(english.map((t) => t.text));
  return other.filter((t) => t.lang === locale && /\p{L}{3,}/u.test(t.text) && englishTexts.has(t.text)).map((t) => t.text);
}

/** Text that shows a character reference (`&amp;`, `&lt;`…) instead of the character: escaped twice somewhere. */
export function visibleEntities(texts: readonly ReadableText[]): string[] {
  return texts.filter((t) => /&(?:[a-z]+|#\d+|#x[\da-f]+);/i.test(t.text)).map((t) => t.text);
}
