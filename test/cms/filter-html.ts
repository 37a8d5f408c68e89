/**
 * Drupal's "Limit allowed HTML tags and correct faulty HTML" filter (filter_html), as FilterHtml::process()
 * runs it: first Xss::filter() with the allowed tag names (a regular expression over tags, from kses), which
 * drops every other tag (keeping the text between), and runs each attribute value through
 * UrlHelper::filterBadProtocol() unless the attribute is `data-*`, `title`, `alt`, `rel`, `property`, `class`
 * or `datetime`; then FilterHtml::filterAttributes() drops, on a parsed DOM, every attribute not allowed for
 * its tag (`lang` and `dir` are always allowed, `style` and `on*` never). Ported from drupal/drupal:
 * core/modules/filter/src/Plugin/Filter/FilterHtml.php (commit 09994658af50d70ead4bed42a8c85dd8165b4109),
 * core/lib/Drupal/Component/Utility/Xss.php (commit 02c6babe8b5c59e34259240b08fb4b4b2e798318; Drupal 10's
 * copy, with str_starts_with, has the same list) and UrlHelper::stripDangerousProtocols(). The browser's
 * DOMParser stands in for Drupal's Html::load() and Html::serialize().
 */

/** The filter's default `allowed_html` (its plugin definition), the list a new text format starts with. */
export const DEFAULT_ALLOWED_HTML =
  "<a href hreflang> <em> <strong> <cite> <blockquote cite> <code> <ul type> <ol start type='1 A I'> <li> <dl> <dt> <dd> <h2 id='jump-*'> <h3 id> <h4 id> <h5 id> <h6 id>";

/** Drupal's default `filter_protocols`. */
const PROTOCOLS = ['http', 'https', 'ftp', 'news', 'nntp', 'tel', 'telnet', 'mailto', 'irc', 'ssh', 'sftp', 'webcal', 'rtsp'];

/** For each allowed tag, its allowed attributes: `true` for any value, or the allowed values. */
type Restrictions = Map<string, Map<string, true | string[]>>;

/** FilterHtml::getHTMLRestrictions(): parses an `allowed_html` setting such as `<a href hreflang> <em>`. */
export function restrictions(allowedHtml: string): Restrictions {
  const star = '__zqh6vxfbk3cg__';
  const doc = new DOMParser().parseFromString(allowedHtml.replaceAll('*', star), 'text/html');
  const result: Restrictions = new Map();
  for (const node of doc.body.querySelectorAll('*')) {
    const attributes = new Map<string, true | string[]>();
    for (const attribute of node.attributes) {
      const values = attribute.value
        .replaceAll(star, '*')
        .split(/\s+/)
        .filter((value) => value && value !== '*');
      attributes.set(attribute.name.replaceAll(star, '*'), values.length ? values : true);
    }
    result.set(node.localName, attributes);
  }
  return result;
}

/** Html::decodeEntities(). */
function decodeEntities(text: string): string {
  return new DOMParser().parseFromString(`<textarea>${text.replaceAll('<', '&lt;')}</textarea>`, 'text/html').querySelector('textarea')!
    .value;
}

/** Html::escape(): htmlspecialchars with ENT_QUOTES. */
const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#039;');

/** UrlHelper::stripDangerousProtocols(): removes each leading "scheme:" that is not an allowed protocol. */
function stripDangerousProtocols(uri: string): string {
  let result = uri;
  for (let before = ''; before !== result;) {
    before = result;
    const colon = result.indexOf(':');
    if (colon > 0) {
      const protocol = result.slice(0, colon);
      if (/[/?#]/.test(protocol)) break;
      if (!PROTOCOLS.includes(protocol.toLowerCase())) result = result.slice(colon + 1);
    }
  }
  return result;
}

const filterBadProtocol = (value: string): string => escape(stripDangerousProtocols(decodeEntities(value)));

/** Xss::attributes(): cleans an attribute list, dropping `style` and `on*`, filtering values for bad protocols. */
function xssAttributes(input: string): string[] {
  const kept: string[] = [];
  let attributes = input;
  let mode = 0;
  let name = '';
  let skip = false;
  let skipProtocol = false;
  while (attributes.length > 0) {
    let working = false;
    let match: RegExpExecArray | null;
    if (mode === 0) {
      if ((match = /^([-a-zA-Z][-a-zA-Z0-9]*)/.exec(attributes))) {
        name = match[1]!.toLowerCase();
        skip = name === 'style' || name.startsWith('on') || name.startsWith('-') || name.length > 96;
        skipProtocol = name.startsWith('data-') || ['title', 'alt', 'rel', 'property', 'class', 'datetime'].includes(name);
        working = true;
        mode = 1;
        attributes = attributes.slice(match[0].length);
      }
    } else if (mode === 1) {
      if ((match = /^\s*=\s*/.exec(attributes))) {
        working = true;
        mode = 2;
        attributes = attributes.slice(match[0].length);
      } else if ((match = /^\s+/.exec(attributes))) {
        working = true;
        mode = 0;
        if (!skip) kept.push(name);
        attributes = attributes.slice(match[0].length);
      }
    } else {
      mode = 0;
      working = true;
      const value = (raw: string): string => (skipProtocol ? raw : filterBadProtocol(raw));
      if ((match = /^"([^"]*)"(\s+|$)/.exec(attributes))) {
        if (!skip) kept.push(`${name}="${value(match[1]!)}"`);
        attributes = attributes.slice(match[0].length);
      } else if ((match = /^'([^']*)'(\s+|$)/.exec(attributes))) {
        if (!skip) kept.push(`${name}='${value(match[1]!)}'`);
        attributes = attributes.slice(match[0].length);
      } else if ((match = /^([^\s"']+)(\s+|$)/.exec(attributes))) {
        if (!skip) kept.push(`${name}="${value(match[1]!)}"`);
        attributes = attributes.slice(match[0].length);
      }
    }
    if (!working) {
      attributes = attributes.replace(/^("[^"]*("|$)|'[^']*('|$)||\S)*\s*/, '');
      mode = 0;
    }
  }
  if (mode === 1 && !skip) kept.push(name);
  return kept;
}

/** Xss::split(): one tag, comment, lone `<` or stray `>`. */
function xssSplit(tag: string, allowed: Set<string>): string {
  if (!tag.startsWith('<')) return '&gt;';
  if (tag.length === 1) return '&lt;';
  const match = /^<\s*(\/\s*)?([a-zA-Z0-9-]+)\s*([^>]*)>?|(<!--.*?-->)$/.exec(tag);
  if (!match) return '';
  const [, slash, element, attributeList, comment] = match as unknown as [string, string?, string?, string?, string?];
  const elem = comment ? '!--' : element!;
  if (!allowed.has(elem.toLowerCase())) return '';
  if (comment) return comment;
  if (slash?.trim()) return `</${elem}>`;
  let count = 0;
  const attributes = (attributeList ?? '').replace(/(\s?)\/\s*$/, (_, space: string) => {
    count++;
    return space;
  });
  const cleaned = xssAttributes(attributes).join(' ').replace(/[<>]/g, '');
  return `<${elem}${cleaned ? ` ${cleaned}` : ''}${count ? ' /' : ''}>`;
}

/** Xss::filter($string, $allowed_html_tags). */
function xssFilter(text: string, allowed: Set<string>): string {
  const defused = text
    .replaceAll('\0', '')
    .replace(/&\s*\{[^}]*(\}\s*;?|$)/g, '')
    .replaceAll('&', '&amp;')
    .replace(/&amp;#([0-9]+;)/g, '&#$1')
    .replace(/&amp;#[Xx]0*((?:[0-9A-Fa-f]{2})+;)/g, '&#x$1')
    .replace(/&amp;([A-Za-z][A-Za-z0-9]*;)/g, '&$1');
  return defused.replace(/(<(?=[^a-zA-Z!/])|<!--.*?-->|<[^>]*(>|$)|>)/g, (tag) => xssSplit(tag, allowed));
}

/** The value's allowed list matches exactly, or by a `prefix*`. */
const matches = (allowed: Iterable<string>, name: string): string | undefined =>
  [...allowed].find((entry) => entry === name || (entry.endsWith('*') && entry.length > 1 && name.startsWith(entry.slice(0, -1))));

/** FilterHtml::process(): the text as the format stores it for display. */
export function filterHtml(text: string, allowedHtml: string): string {
  const allowed = restrictions(allowedHtml);
  const filtered = xssFilter(text, new Set(allowed.keys()));
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${filtered}`, 'text/html');
  for (const [tag, tagAttributes] of allowed) {
    const rules = new Map<string, true | string[]>([['lang', true], ['dir', ['ltr', 'rtl']], ...tagAttributes]);
    for (const element of doc.body.querySelectorAll(tag)) {
      for (const attribute of [...element.attributes]) {
        const key = matches(rules.keys(), attribute.name);
        const rule = key === undefined ? undefined : rules.get(key);
        if (rule === undefined) element.removeAttribute(attribute.name);
        else if (rule !== true) {
          const values = attribute.value.split(/\s+/).filter((value) => value && matches(rule, value));
          if (values.length) element.setAttribute(attribute.name, values.join(' '));
          else element.removeAttribute(attribute.name);
        }
      }
    }
  }
  return doc.body.innerHTML.trim();
}
