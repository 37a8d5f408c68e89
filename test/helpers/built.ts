/** Imports a built file from dist/ by URL, as a page would (not resolved or type-checked at build time). */
export function importBuilt(url: string): Promise<unknown> {
  return import(/* @vite-ignore */ url);
}
