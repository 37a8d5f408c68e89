/**
 * WordPress: the README's recipes on pages that reproduce what WordPress stores and serves. An administrator's
 * Custom HTML block is saved as pasted (unfiltered_html); everyone else's goes through kses with the post
 * allow-list (kses.ts, ported from WordPress), before and after the README's plugin adds the four tags.
 */
import {expect} from '@open-wc/testing';
import {allowedPostTags, kses, type AllowedHtml} from './kses.js';
import {block, CDN, fromCdn, loadPage, rendered, shown, TAGS} from './recipes.js';

/** A Custom HTML block as the block editor stores it in the post's content. */
const customHtmlBlock = (html: string): string => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;

/** The allow-list with the README plugin's `wp_kses_allowed_html` filter applied (its `$tags['…'] = array_fill_keys(…)` lines). */
async function withReadmeFilter(): Promise<AllowedHtml> {
  const php = await block('WordPress', 'php');
  const allowed = allowedPostTags();
  const lines = [...php.matchAll(/\$tags\['([a-z-]+)'\] = array_fill_keys\(array\(([^)]*)\), true\);/g)];
  expect(php).to.contain("if ('post' === $context)");
  for (const [, tag, names] of lines)
    allowed[tag!] = Object.fromEntries([...names!.matchAll(/'([^']+)'/g)].map(([, name]) => [name!, true as const]));
  expect(Object.keys(allowed).filter((tag) => tag.startsWith('iop-'))).to.have.members(TAGS);
  return allowed;
}

/** The `<script type="module">` wp_enqueue_script_module() prints (in the head of a block theme), from the plugin's call. */
async function enqueuedScript(): Promise<string> {
  const php = await block('WordPress', 'php');
  const [, id, src, version] = /wp_enqueue_script_module\('([^']+)', '([^']+)', array\(\), (null|'[^']*')\)/.exec(php)!;
  expect(src!.startsWith(CDN)).to.equal(true);
  expect(version, 'no ?ver= query: the URL is already pinned').to.equal('null');
  return `<script type="module" src="${src!}" id="${id!}-js-module"></script>`;
}

describe('WordPress recipes', () => {
  it('an administrator’s Custom HTML block, pasted as is, renders the clinic’s program', async () => {
    const snippet = await block('WordPress', 'html', 0);
    const {doc, errors} = await loadPage('', customHtmlBlock(snippet));
    await rendered(doc);
    expect(shown(doc.querySelector('iop-care-levels'))).to.contain('Evening IOP');
    expect(errors).to.deep.equal([]);
  });

  it('for other roles, kses strips the script and the elements, and leaves the JSON as stray text', async () => {
    const snippet = await block('WordPress', 'html', 0);
    const saved = kses(customHtmlBlock(snippet), allowedPostTags());
    expect(saved).not.to.contain('<script');
    expect(saved).not.to.contain('<iop-');
    expect(saved).to.contain('"clinic": "Riverside Recovery Center"');
    expect(saved).to.contain('<!-- wp:html -->');
    // The attribute-only snippet is stripped as well without the plugin.
    const attributeOnly = kses(await block('WordPress', 'html', 1), allowedPostTags());
    expect(attributeOnly.trim()).to.equal('');
  });

  it('with the README plugin, an author’s element and its JSON attribute survive kses and render, the script in the head', async () => {
    const snippet = await block('WordPress', 'html', 1);
    const saved = kses(customHtmlBlock(snippet), await withReadmeFilter());
    const {win, doc, errors} = await loadPage(await enqueuedScript(), saved);
    await rendered(doc);
    expect(fromCdn(win).length, 'the loader and chunks came from the CDN').to.be.greaterThan(1);
    const element = doc.querySelector('iop-care-levels')!;
    expect(element.getAttribute('highlight')).to.equal('iop');
    expect(shown(element)).to.contain('Evening IOP');
    expect(shown(element)).to.contain('Riverside Recovery Center');
    expect(element.shadowRoot!.querySelector('[part="problems"]')).to.equal(null);
    expect(errors).to.deep.equal([]);
  });

  it('kses with the plugin still removes a child JSON script, other attributes and other tags', () => {
    return withReadmeFilter().then((allowed) => {
      const saved = kses(
        '<iop-family-roles relationship="friend" onclick="alert(1)" foo="bar"><script type="application/json">{}</script></iop-family-roles><x-other></x-other>',
        allowed,
      );
      expect(saved).to.equal('<iop-family-roles relationship="friend">{}</iop-family-roles>');
    });
  });

  it('with the README plugin, an author’s element marked lang="es" keeps its lang and shows Spanish on an English site', async () => {
    const saved = kses(customHtmlBlock('<iop-family-roles lang="es" relationship="friend"></iop-family-roles>'), await withReadmeFilter());
    expect(saved).to.contain('<iop-family-roles lang="es" relationship="friend">');
    const {doc, errors} = await loadPage(await enqueuedScript(), saved);
    await rendered(doc);
    expect(shown(doc.querySelector('iop-family-roles'))).to.contain('Amigo o amiga');
    expect(errors).to.deep.equal([]);
  });
});
