/** A class attribute from names, skipping the false ones: `classes('rung', featured && 'featured')`. Smaller than lit's classMap, which the elements do not need. */
export function classes(...names: readonly (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
