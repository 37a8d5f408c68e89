/**
 * What assistive technology and readers' own settings get from the elements, read in the browser through the
 * commands in commands.mjs: the accessibility tree, accessible names, forced-colour screenshots and text
 * spacing. Shared by the tests in this folder.
 */
import {executeServerCommand} from '@web/test-runner-commands';

export interface AxNode {
  readonly role: string;
  readonly name: string;
}

/** Chromium's accessibility tree of the whole page, as a screen reader reaches it (ignored nodes left out). */
export function accessibilityTree(): Promise<AxNode[]> {
  return executeServerCommand<AxNode[], Record<string, never>>('accessibility-tree', {});
}

/** The role and accessible name the browser gives each element, in the same order. */
export async function accessibleNames(elements: readonly Element[]): Promise<AxNode[]> {
  elements.forEach((element, i) => {
    element.setAttribute('data-probe', String(i));
  });
  try {
    const found = await executeServerCommand<(AxNode & {probe: string})[], Record<string, never>>('accessible-names', {});
    return elements.map((_, i) => found.find((node) => node.probe === String(i)) ?? {role: '', name: ''});
  } finally {
    for (const element of elements) element.removeAttribute('data-probe');
  }
}

/** Every element in the shadow roots of `hosts` (and the shadow roots inside them). */
export function deepElements(hosts: readonly Element[]): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode): void => {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  for (const host of hosts) if (host.shadowRoot) walk(host.shadowRoot);
  return found;
}

/** The role a screen reader gets for the kinds of nodes these tests count, or '' for other nodes. */
export function countedRole(element: Element): 'heading' | 'link' | 'button' | '' {
  const role = element.getAttribute('role');
  if (role === 'heading' || /^h[1-6]$/.test(element.localName)) return 'heading';
  if (element.localName === 'a' && element.hasAttribute('href')) return 'link';
  if (element.localName === 'button' || role === 'button') return 'button';
  return '';
}

/** Whether a reader can reach the element at all: rendered, not in a closed disclosure, not hidden from assistive technology. */
export function reachable(element: Element): boolean {
  return element.checkVisibility({visibilityProperty: true}) && !element.closest('[aria-hidden="true"]');
}

/** An element's text as a screen reader reads it: parts hidden from assistive technology left out. */
export function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/** Whether a node is clipped away on purpose (visually hidden: for screen readers only). */
function clippedAway(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (getComputedStyle(element).clipPath !== 'none') return true;
  }
  return false;
}

/** A text node a reader sees, with its box in the viewport. */
interface PaintedText {
  readonly node: Text;
  readonly range: Range;
  readonly box: DOMRect;
}

/**
 * Every text node under `root` that is painted: not blank, its element shown, not clipped away on purpose, and
 * larger than a pixel. The one walk behind the checks below.
 */
function* paintedText(root: Node): Generator<PaintedText> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.trim() || !node.parentElement?.checkVisibility({visibilityProperty: true}) || clippedAway(node)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width > 1 && box.height > 1) yield {node, range, box};
  }
}

/** Whether a text has a letter or a digit: words, not arrows and other symbols. */
const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** The words a sighted reader sees in an element: its painted text with a letter or a digit, with spaces collapsed. */
export function visibleText(element: Element): string {
  const parts = [...paintedText(element)].map(({node}) => node.data).filter(hasWords);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The pixels painted behind the words of an element's label (scrolled into view first), from a real screenshot. */
export async function labelPixels(element: Element): Promise<ImageData> {
  element.scrollIntoView({block: 'center'});
  // Inset by 2px: the box is rounded out to whole pixels, and must not take in the edge of what surrounds the text.
  return screenshotPixels(labelBox(element), 2);
}

/** The pixels the page paints in a region of the viewport (CSS pixels, less `inset` on each side), from a real screenshot. */
export async function screenshotPixels(box: DOMRect, inset = 0): Promise<ImageData> {
  // Puppeteer's clip is in page coordinates: the viewport's box plus how far the page is scrolled.
  const x = Math.ceil(box.left + scrollX + inset);
  const y = Math.ceil(box.top + scrollY + inset);
  const region = {x, y, width: Math.floor(box.right + scrollX - inset) - x, height: Math.floor(box.bottom + scrollY - inset) - y};
  const png = await executeServerCommand<string, typeof region>('screenshot-region', region);
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const image = await createImageBitmap(new Blob([bytes], {type: 'image/png'}));
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height);
}

function luminance(r: number, g: number, b: number): number {
  const linear = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * How well text painted in a region stands out: the WCAG contrast ratio between the region's most common
 * colour (its background) and the letters' strokes, taken as the fifth most different pixel, so that a stray
 * pixel or two of a border or a focus ring cannot pass for text.
 */
export function paintedContrast(pixels: ImageData): number {
  const {data} = pixels;
  const keys: number[] = [];
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    keys.push(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const lum = (key: number): number => luminance(key >> 16, (key >> 8) & 255, key & 255);
  const background = lum([...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
  const ratios = keys.map((key) => (Math.max(lum(key), background) + 0.05) / (Math.min(lum(key), background) + 0.05));
  return ratios.sort((a, b) => b - a)[Math.min(4, ratios.length - 1)] ?? 1;
}

/** The luminance of the colour an element paints as its background (0 black, 1 white), under forced colours too. */
export function backgroundLuminance(element: Element): number {
  const [r = 0, g = 0, b = 0] = (getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
  return luminance(r, g, b);
}

/**
 * The box around the words of an element's label (not its padding, border or symbols), in viewport pixels: where
 * forced-colours mode paints its backplate behind text, so a label painted in the backplate's colour vanishes.
 */
export function labelBox(element: Element): DOMRect {
  const boxes = [...paintedText(element)].filter(({node}) => hasWords(node.data)).map(({box}) => box);
  if (boxes.length === 0) throw new Error(`<${element.localName}> shows no words`);
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  return new DOMRect(left, top, Math.max(...boxes.map((b) => b.right)) - left, Math.max(...boxes.map((b) => b.bottom)) - top);
}

/**
 * The spacing a reader's text-spacing tool sets (WCAG 1.4.12): line height 1.5, paragraph spacing 2 times
 * the text size, letter spacing 0.12 and word spacing 0.16 times the text size. Set on the page, as the tools
 * do; letter and word spacing reach into the elements by inheritance. Returns a function that takes it off.
 */
export function applyTextSpacing(): () => void {
  const style = document.createElement('style');
  style.textContent = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-bottom: 2em !important; }`;
  document.head.append(style);
  return () => {
    style.remove();
  };
}

/**
 * The text of `element` that is cut off: any text node (in its shadow root too) painted outside the box of an
 * ancestor inside `element` that clips its overflow. Returns a description of each, for the failure message.
 */
export function clippedText(element: Element): string[] {
  const clipped: string[] = [];
  for (const {node, box} of paintedText(element.shadowRoot ?? element)) {
    for (let clip = node.parentElement; clip && clip !== element; clip = clip.parentElement) {
      const style = getComputedStyle(clip);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const edge = clip.getBoundingClientRect();
      if (box.bottom > edge.bottom + 1 || box.right > edge.right + 1 || box.top < edge.top - 1 || box.left < edge.left - 1) {
        clipped.push(`"${node.data.trim()}" cut off by ${clip.localName}.${clip.className}`);
      }
    }
  }
  return clipped;
}

/**
 * The text of `element` that something else is painted over: for each line of each text node in its shadow
 * root, what is on top at the middle of the line must be that text's own element. Returns a description of
 * each, for the failure message. The text must be in the viewport.
 */
export function coveredText(element: Element): string[] {
  const root = element.shadowRoot!;
  const covered: string[] = [];
  for (const {node, range} of paintedText(root)) {
    const own = node.parentElement!;
    if (!hasWords(node.data)) continue;
    for (const line of range.getClientRects()) {
      if (line.width < 2) continue;
      const x = line.left + line.width / 2;
      const y = line.top + line.height / 2;
      if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) {
        covered.push(`"${node.data.trim()}" is out of view, so cannot be checked`);
        continue;
      }
      const top = root.elementFromPoint(x, y);
      if (!top || !(top === own || own.contains(top) || top.contains(own))) {
        covered.push(`"${node.data.trim()}" is under ${top ? `${top.localName}.${top.className}` : 'nothing'}`);
      }
    }
  }
  return covered;
}
