/** The loader: a page pays only for the elements it uses, and elements added later still work. */
import {expect} from '@open-wc/testing';
import {importBuilt} from '../helpers/built.js';
import {until} from '../helpers/wait.js';

const fetched = (pattern: RegExp): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));

describe('dist/iop-family.js loader', () => {
  it('loads nothing more on a page without elements, then loads an element when it is added', async () => {
    document.body.innerHTML = '<p>No widgets here.</p>';
    const loader = (await importBuilt('/dist/iop-family.js')) as {defineAll: () => Promise<void>};
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fetched(/\/dist\/(chunks|elements)\//), 'nothing but the loader').to.deep.equal([]);
    expect(customElements.get('iop-care-levels')).to.equal(undefined);

    const section = document.createElement('section');
    section.innerHTML = '<div><iop-care-levels></iop-care-levels></div>';
    document.body.append(section);
    await customElements.whenDefined('iop-care-levels');
    const el = section.querySelector('iop-care-levels')!;
    await until(() => !!el.shadowRoot?.querySelector('[part="heading"]'), 'render');
    expect(fetched(/\/dist\/elements\/iop-care-levels\.js$/)).to.have.length(1);
    expect(fetched(/\/dist\/chunks\/runtime-[\w-]+\.js$/)).to.have.length(1);
    expect(fetched(/\/dist\/chunks\/es-/), 'no Spanish on an English page').to.deep.equal([]);

    await loader.defineAll();
    expect(customElements.get('iop-care-levels')).to.exist;
  });
});
