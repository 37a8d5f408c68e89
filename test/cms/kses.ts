/**
 * WordPress's HTML filter for post content, kses, as `wp_kses($content, 'post')` runs it for users without the
 * `unfiltered_html` capability (WordPress saves post content through it: `content_save_pre` →
 * `wp_filter_post_kses`). Ported from wp-includes/kses.php of WordPress/wordpress-develop at commit
 * 00173ee72ec5987c1e3a00d66ea01cc4f91a9899 (the 6.6 line: it has 6.6.0's
 * wp_kses_transform_custom_data_attribute_name); the allow-list below is that file's `$allowedposttags`, with
 * the global attributes `_wp_add_global_attributes()` adds to each of its tags. The steps follow the PHP:
 * wp_kses_no_null, wp_kses_normalize_entities, wp_kses_split (a regular expression over tags, not a DOM), then
 * wp_kses_split2, wp_kses_attr, wp_kses_hair and wp_kses_attr_check for each tag. Not modeled, because the
 * recipes use none of them: `style` values (safecss_filter_attr; a `style` attribute throws here), and the
 * `<object>` tag's required PDF attributes (its attributes are dropped).
 */

/** `$allowedposttags`: each tag with its own attributes (a trailing `!` means valueless only). */
const POST_TAGS: Record<string, string> = {
  address: '',
  a: 'href rel rev name target download!',
  abbr: '',
  acronym: '',
  area: 'alt coords href nohref shape target',
  article: 'align',
  aside: 'align',
  audio: 'autoplay controls loop muted preload src',
  b: '',
  bdo: '',
  big: '',
  blockquote: 'cite',
  br: '',
  button: 'disabled name type value',
  caption: 'align',
  cite: '',
  code: '',
  col: 'align char charoff span valign width',
  colgroup: 'align char charoff span valign width',
  del: 'datetime',
  dd: '',
  dfn: '',
  details: 'align open',
  div: 'align',
  dl: '',
  dt: '',
  em: '',
  fieldset: '',
  figure: 'align',
  figcaption: 'align',
  font: 'color face size',
  footer: 'align',
  h1: 'align',
  h2: 'align',
  h3: 'align',
  h4: 'align',
  h5: 'align',
  h6: 'align',
  header: 'align',
  hgroup: 'align',
  hr: 'align noshade size width',
  i: '',
  img: 'alt align border height hspace loading longdesc vspace src usemap width',
  ins: 'datetime cite',
  kbd: '',
  label: 'for',
  legend: 'align',
  li: 'align value',
  main: 'align',
  map: 'name',
  mark: '',
  menu: 'type',
  nav: 'align',
  object: 'data? type?',
  p: 'align',
  pre: 'width',
  q: 'cite',
  rb: '',
  rp: '',
  rt: '',
  rtc: '',
  ruby: '',
  s: '',
  samp: '',
  span: 'align',
  section: 'align',
  small: '',
  strike: '',
  strong: '',
  sub: '',
  summary: 'align',
  sup: '',
  table: 'align bgcolor border cellpadding cellspacing rules summary width',
  tbody: 'align char charoff valign',
  td: 'abbr align axis bgcolor char charoff colspan headers height nowrap rowspan scope valign width',
  textarea: 'cols rows disabled name readonly',
  tfoot: 'align char charoff valign',
  th: 'abbr align axis bgcolor char charoff colspan headers height nowrap rowspan scope valign width',
  thead: 'align char charoff valign',
  title: '',
  tr: 'align bgcolor char charoff valign',
  track: 'default kind label src srclang',
  tt: '',
  u: '',
  ul: 'type',
  ol: 'start type reversed',
  var: '',
  video: 'autoplay controls height loop muted playsinline poster preload src width',
};

/** `_wp_add_global_attributes()` (WordPress 6.4+), added to every tag of `$allowedposttags`. */
const GLOBAL_ATTRIBUTES =
  'aria-controls aria-current aria-describedby aria-details aria-expanded aria-hidden aria-label aria-labelledby aria-live class data-* dir hidden id lang style title role xml:lang';

/** `$allowedentitynames`. */
const ENTITY_NAMES = new Set(
  `nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn acute micro para middot cedil ordm
  raquo iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde
  Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring
  aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave
  uacute ucirc uuml yacute thorn yuml quot amp lt gt apos OElig oelig Scaron scaron Yuml circ tilde ensp emsp thinsp zwnj zwj lrm
  rlm ndash mdash lsquo rsquo sbquo ldquo rdquo bdquo dagger Dagger permil lsaquo rsaquo euro fnof Alpha Beta Gamma Delta Epsilon
  Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega alpha beta gamma delta epsilon zeta
  eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega thetasym upsih piv bull hellip
  prime Prime oline frasl weierp image real trade alefsym larr uarr rarr darr harr crarr lArr uArr rArr dArr hArr forall part exist
  empty nabla isin notin ni prod sum minus lowast radic prop infin ang and or cap cup int sim cong asymp ne equiv le ge sub sup nsub
  sube supe oplus otimes perp sdot lceil rceil lfloor rfloor lang rang loz spades clubs hearts diams sup1 sup2 sup3 frac14 frac12
  frac34 there4`.split(/\s+/),
);

/** `wp_allowed_protocols()`. */
const PROTOCOLS = 'http https ftp ftps mailto news irc irc6 ircs gopher nntp feed telnet mms rtsp sms svn tel fax xmpp webcal urn'.split(
  ' ',
);

/** `wp_kses_uri_attributes()`. */
const URI_ATTRIBUTES =
  'action archive background cite classid codebase data formaction href icon longdesc manifest poster profile src usemap xmlns'.split(' ');

/** An allowed attribute: any value, or valueless only. */
type Rule = true | {valueless: 'y'};
export type AllowedHtml = Record<string, Record<string, Rule>>;

/** `wp_kses_allowed_html('post')` before any `wp_kses_allowed_html` filter. */
export function allowedPostTags(): AllowedHtml {
  const allowed: AllowedHtml = {};
  for (const [tag, names] of Object.entries(POST_TAGS)) {
    const rules: Record<string, Rule> = {};
    for (const name of names.split(' ').filter(Boolean)) {
      if (name.endsWith('!')) rules[name.slice(0, -1)] = {valueless: 'y'};
      else if (!name.endsWith('?')) rules[name] = true;
    }
    for (const name of GLOBAL_ATTRIBUTES.split(' ')) rules[name] = true;
    allowed[tag] = rules;
  }
  return allowed;
}

/** `wp_kses_normalize_entities()`. */
function normalizeEntities(content: string): string {
  const validUnicode = (i: number): boolean =>
    i === 0x9 || i === 0xa || i === 0xd || (i >= 0x20 && i <= 0xd7ff) || (i >= 0xe000 && i <= 0xfffd) || (i >= 0x10000 && i <= 0x10ffff);
  return content
    .replaceAll('&', '&amp;')
    .replace(/&amp;([A-Za-z]{2,8}[0-9]{0,2});/g, (_, name: string) => (ENTITY_NAMES.has(name) ? `&${name};` : `&amp;${name};`))
    .replace(/&amp;#(0*[0-9]{1,7});/g, (_, digits: string) =>
      validUnicode(Number(digits)) ? `&#${digits.replace(/^0+/, '').padStart(3, '0')};` : `&amp;#${digits};`,
    )
    .replace(/&amp;#[Xx](0*[0-9A-Fa-f]{1,6});/g, (_, hex: string) =>
      validUnicode(parseInt(hex, 16)) ? `&#x${hex.replace(/^0+/, '')};` : `&amp;#x${hex};`,
    );
}

/** `wp_kses_bad_protocol_once()`: removes one disallowed scheme (`feed:` nesting is not modeled). */
function badProtocolOnce(value: string): string {
  const content = value.replace(/(&#0*58(?![;0-9])|&#x0*3a(?![;a-f0-9]))/gi, '$1;');
  const colon = /:|&#0*58;|&#x0*3a;|&colon;/i.exec(content);
  if (!colon || content.slice(0, colon.index).includes('/?')) return content;
  const scheme = content
    .slice(0, colon.index)
    .replace(/&#([0-9]+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s/g, '')
    .toLowerCase();
  return (PROTOCOLS.includes(scheme) ? `${scheme}:` : '') + content.slice(colon.index + colon[0].length).trim();
}

/** `wp_kses_bad_protocol()`, for URI attributes. */
function badProtocol(value: string): string {
  if (/^https?:\/\//.test(value)) return value;
  let content = value;
  let original = value;
  for (let i = 0; i < 6; i++) {
    original = content;
    content = badProtocolOnce(content);
    if (content === original) return content;
  }
  return content === original ? content : '';
}

interface Attribute {
  name: string;
  value: string;
  whole: string;
  vless: 'y' | 'n';
}

/** `wp_kses_hair()`: splits an attribute list, however malformed, keeping the first of duplicate names. */
function hair(input: string): Attribute[] {
  const found = new Map<string, Attribute>();
  const add = (attribute: Attribute): void => {
    if (!found.has(attribute.name)) found.set(attribute.name, attribute);
  };
  const checked = (name: string, value: string): string => (URI_ATTRIBUTES.includes(name.toLowerCase()) ? badProtocol(value) : value);
  let attr = input;
  let mode = 0;
  let name = '';
  while (attr.length > 0) {
    let working = false;
    let match: RegExpExecArray | null;
    if (mode === 0) {
      if ((match = /^([_a-zA-Z][-_a-zA-Z0-9:.]*)/.exec(attr))) {
        name = match[1]!;
        working = true;
        mode = 1;
        attr = attr.slice(match[0].length);
      }
    } else if (mode === 1) {
      if ((match = /^\s*=\s*/.exec(attr))) {
        working = true;
        mode = 2;
        attr = attr.slice(match[0].length);
      } else if ((match = /^\s+/.exec(attr))) {
        working = true;
        mode = 0;
        add({name, value: '', whole: name, vless: 'y'});
        attr = attr.slice(match[0].length);
      }
    } else if ((match = /^"([^"]*)"(\s+|\/?$)/.exec(attr))) {
      const value = checked(name, match[1]!);
      add({name, value, whole: `${name}="${value}"`, vless: 'n'});
      working = true;
      mode = 0;
      attr = attr.replace(/^"[^"]*"(\s+|$)/, '');
    } else if ((match = /^'([^']*)'(\s+|\/?$)/.exec(attr))) {
      const value = checked(name, match[1]!);
      add({name, value, whole: `${name}='${value}'`, vless: 'n'});
      working = true;
      mode = 0;
      attr = attr.replace(/^'[^']*'(\s+|$)/, '');
    } else if ((match = /^([^\s"']+)(\s+|\/?$)/.exec(attr))) {
      const value = checked(name, match[1]!);
      add({name, value, whole: `${name}="${value}"`, vless: 'n'});
      working = true;
      mode = 0;
      attr = attr.replace(/^[^\s"']+(\s+|$)/, '');
    }
    if (!working) {
      // wp_kses_html_error(): not well-formed; remove up to some whitespace and try again.
      attr = attr.replace(/^("[^"]*("|$)|'[^']*('|$)|\S)*\s*/, '');
      mode = 0;
    }
  }
  if (mode === 1) add({name, value: '', whole: name, vless: 'y'});
  return [...found.values()];
}

/** `wp_kses_attr_check()`. */
function attributeAllowed(attribute: Attribute, rules: Record<string, Rule>): boolean {
  const name = attribute.name.toLowerCase();
  let rule = rules[name];
  if (rule === undefined) {
    const dataset = /^data-([^=/> \t\f\r\n]+)$/.exec(attribute.name);
    if (!dataset || !/^[a-z0-9_-]+$/.test(dataset[1]!.replace(/-[a-z]/g, (m) => m[1]!.toUpperCase())) || !rules['data-*']) return false;
    rule = rules['data-*'];
  }
  if (name === 'style') throw new Error('kses.ts does not model style values (safecss_filter_attr)');
  return rule === true || rule.valueless === attribute.vless;
}

/** `wp_kses_attr()`. */
function filterAttributes(element: string, attributes: string, allowed: AllowedHtml): string {
  const xhtmlSlash = /\s*\/\s*$/.test(attributes) ? ' /' : '';
  const rules = allowed[element.toLowerCase()];
  if (!rules || Object.keys(rules).length === 0) return `<${element}${xhtmlSlash}>`;
  let kept = '';
  for (const attribute of hair(attributes)) if (attributeAllowed(attribute, rules)) kept += ` ${attribute.whole}`;
  return `<${element}${kept.replace(/[<>]/g, '')}${xhtmlSlash}>`;
}

/** `wp_kses_split2()`: one tag, comment or stray `>`. */
function filterTag(tag: string, allowed: AllowedHtml): string {
  const content = tag.replace(/\\"/g, '"');
  if (!content.startsWith('<')) return '&gt;';
  if (content.startsWith('<!--')) {
    let inner = content.replace(/<!--|-->/g, '');
    for (let next = kses(inner, allowed); next !== inner; next = kses(inner, allowed)) inner = next;
    if (inner === '') return '';
    return `<!--${inner.replace(/--+/g, '-').replace(/-$/, '')}-->`;
  }
  const match = /^<\s*(\/\s*)?([a-zA-Z0-9-]+)([^>]*)>?$/.exec(content);
  if (!match) return '';
  const [, slash, element, attributes] = match as unknown as [string, string | undefined, string, string];
  if (!(element.toLowerCase() in allowed)) return '';
  if (slash?.trim()) return `</${element}>`;
  return filterAttributes(element, attributes, allowed);
}

/** `wp_kses($content, $allowed_html)`. */
export function kses(content: string, allowed: AllowedHtml): string {
  // eslint-disable-next-line no-control-regex
  const clean = normalizeEntities(content.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F]/g, ''));
  return clean.replace(/(<!--.*?(-->|$))|(<[^>]*(>|$)|>)/g, (tag) => filterTag(tag, allowed));
}
