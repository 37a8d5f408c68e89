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
 * Watches the document for the tags in `loaders`. `onLoad` runs as each element's code is requested, with the
 * first such element found (none from loadAll), to fetch what that element needs in parallel with it.
 */
export function autoload(loaders: Loaders, onLoad: (tag: string, found?: Element) => void): {loadAll: () => Promise<void>} {
  const waiting = new Map(Object.entries(loaders));
  /** Each element's load once started, so loadAll also waits for loads the page's own tags started. */
  const started = new Map<string, Promise<void>>();

  const load = (tag: string, found?: Element): Promise<void> => {
    const loader = waiting.get(tag);
    if (!loader) return started.get(tag) ?? Promise.resolve();
    waiting.delete(tag);
    onLoad(tag, found);
    if (waiting.size === 0) observer.disconnect();
    const loaded = loader().then(
      () => undefined,
      (error: unknown) => {
        warnLoadFailure(tag, error);
      },
    );
    started.set(tag, loaded);
    return loaded;
  };

  const scan = (root: Element | Document): void => {
    for (const tag of waiting.keys()) {
      const found = root instanceof Element && root.localName === tag ? root : root.querySelector(tag);
      if (found) void load(tag, found);
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(document, {childList: true, subtree: true});
  scan(document);

  return {
    /**
     * Loads every element now, for pages that create the elements where the loader cannot see them, and
     * resolves when every load (also those already under way) has finished.
     */
    loadAll: () => Promise.all(Object.keys(loaders).map((tag) => load(tag))).then(() => undefined),
  };
}
