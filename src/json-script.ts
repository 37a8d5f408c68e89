/**
 * Writes clinic data as the text of a `<script type="application/json">`, for pages built on a server or by a
 * template. `JSON.stringify` alone is not safe there: a clinic text containing `</script>` would end the
 * script early and the rest would run as markup. Escaping `<`, `>` and `&` as `\u003c`, `\u003e` and `\u0026`
 * keeps the same JSON value and leaves nothing the HTML parser can act on.
 *
 * ```js
 * `<iop-care-levels><script type="application/json">${toJsonScript(data)}</script></iop-care-levels>`
 * ```
 */
export function toJsonScript(data: unknown): string {
  const json = JSON.stringify(data) as string | undefined;
  if (json === undefined) throw new TypeError('toJsonScript: the data cannot be written as JSON.');
  return json.replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
