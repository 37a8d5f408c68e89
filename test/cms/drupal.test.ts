/**
 * Drupal: a text format with "Limit allowed HTML tags and correct faulty HTML" (filter_html, ported in
 * filter-html.ts) filters the body field when it is shown, and the script comes from the theme's library. The
 * README's allow-list line is parsed as Drupal parses the setting.
 */
import {expect} from '@open-wc/testing';
import {DEFAULT_ALLOWED_HTML, filterHtml} from './filter-html.js';
import {block, CDN, fromCdn, loadPage, rendered, shown, TAGS} from './recipes.js';

/** The `<script>` Drupal prints in the head for the README's library (`header: true`, `attributes: {type: module}`). */
async function libraryScript(): Promise<string> {
  const yaml = await block('Drupal', 'yaml');
  const [, url, options] = /^ {4}(https:\/\/\S+): \{(.*)\}$/m.exec(yaml)!;
  expect(url!.startsWith(CDN)).to.equal(true);
  expect(yaml).to.match(/^ {2}header: true$/m);
  expect(options).to.contain('type: external').and.to.contain('attributes: {type: module}');
  return `<script src="${url!}" type="module"></script>`;
}

describe('Drupal recipe', () => {
  it('without the README line, the format removes the elements', async () => {
    const body = await block('Drupal', 'html');
    const shownHtml = filterHtml(body, DEFAULT_ALLOWED_HTML);
    expect(shownHtml).not.to.contain('<iop-');
  });

  it('with the README line, the elements and their attributes survive and render; the script comes from the library', async () => {
    const line = await block('Drupal', 'text');
    const body = await block('Drupal', 'html');
    const shownHtml = filterHtml(body, `${DEFAULT_ALLOWED_HTML} ${line.trim()}`);
    for (const tag of TAGS) expect(line).to.contain(`<${tag} `);
    expect(shownHtml).to.contain('<iop-care-levels highlight="php" heading-level="3">');
    expect(shownHtml).to.contain('<iop-family-roles relationship="parent-adult" phase="during" heading-level="3">');
    const {win, doc, errors} = await loadPage(await libraryScript(), shownHtml);
    await rendered(doc);
    const levels = doc.querySelector('iop-care-levels')!.shadowRoot!;
    expect(levels.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(levels.querySelector<HTMLInputElement>('input[name="level"]:checked')!.value).to.equal('php');
    expect(shown(doc.querySelector('iop-family-roles'))).to.contain('Parent of an adult child');
    expect(fromCdn(win).length).to.be.greaterThan(1);
    expect(errors).to.deep.equal([]);
  });

  it('as the README warns, JSON in an attribute does not survive the filter, even when the attribute is allowed', async () => {
    const twig = await block('Drupal', 'twig');
    const json = JSON.stringify({clinic: 'Riverside Recovery Center', levels: {iop: {name: 'Evening IOP'}}});
    expect(twig).to.contain('clinic-json="{{');
    expect(await block('Drupal', 'text')).not.to.contain('clinic-json');
    const shownHtml = filterHtml(
      `<iop-care-levels clinic-json='${json}'></iop-care-levels>`,
      `${DEFAULT_ALLOWED_HTML} <iop-care-levels clinic-json>`,
    );
    const {doc} = await loadPage(await libraryScript(), shownHtml);
    await rendered(doc);
    const element = doc.querySelector('iop-care-levels')!;
    expect(element.getAttribute('clinic-json')).not.to.equal(json);
    expect(shown(element)).not.to.contain('Evening IOP');
    expect(element.shadowRoot!.querySelector('[part="problems"]')).not.to.equal(null);
  });

  it('with the README line, an element marked lang="es" on an English site keeps its lang and shows Spanish', async () => {
    const line = await block('Drupal', 'text');
    const shownHtml = filterHtml(
      '<iop-family-roles lang="es" relationship="friend"></iop-family-roles>',
      `${DEFAULT_ALLOWED_HTML} ${line.trim()}`,
    );
    expect(shownHtml).to.equal('<iop-family-roles lang="es" relationship="friend"></iop-family-roles>');
    const {doc, errors} = await loadPage(await libraryScript(), shownHtml);
    await rendered(doc);
    expect(shown(doc.querySelector('iop-family-roles'))).to.contain('Amigo o amiga');
    expect(errors).to.deep.equal([]);
  });
});
