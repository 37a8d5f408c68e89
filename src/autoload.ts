/**
 * Loads each element's code the first time its tag appears in the document, so a page pays only for the
 * elements it uses. A tag another copy of iop-family already defined is still loaded: registration then
 * skips it quietly, or warns once if that copy is a different version.
 */
export type Loaders = Readonly<Record<string, () => Promise<unknown>>>;

function warnLoadFailure(tag: string, error: unknown): void {
  console.warn(`iop-family: the code for <${tag}> could not be loaded.`, error);
}

/**
 * Watches the document for the tags in `loaders`. `onLoad` runs as each element's code is requested, to
 * fetch what that element needs in parallel with it.
 */
export function autoload(loaders: Loaders, onLoad: (tag: string) => void): {loadAll: () => Promise<void>} {
  const waiting = new Map(Object.entries(loaders));

  const load = (tag: string): Promise<void> => {
    const loader = waiting.get(tag);
    if (!loader) return Promise.resolve();
    waiting.delete(tag);
    onLoad(tag);
    if (waiting.size === 0) observer.disconnect();
    return loader().then(
      () => undefined,
      (error: unknown) => {
        warnLoadFailure(tag, error);
      },
    );
  };

  const scan = (root: Element | Document): void => {
    for (const tag of waiting.keys()) {
      if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) void load(tag);
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(document, {childList: true, subtree: true});
  scan(document);

  return {
    /** Loads every element now: for pages that create the elements inside their own shadow roots, where they cannot be seen. */
    loadAll: () => Promise.all([...waiting.keys()].map(load)).then(() => undefined),
  };
}
