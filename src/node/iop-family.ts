/**
 * What `import 'iop-family'` gives in Node, as in the server pass of Next.js, Nuxt, Astro or SvelteKit: there
 * is no DOM to define elements in, so nothing happens. The tags are sent to the browser as plain HTML (a
 * child JSON script and the JSON attribute included) and come alive there, when the browser entry runs.
 */
export function defineAll(): Promise<void> {
  return Promise.resolve();
}
