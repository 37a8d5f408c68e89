/** Waits until `check()` holds, polling every 10 ms for up to `tries` times; then fails naming `what`. */
export async function until(check: () => boolean, what: string, tries = 300): Promise<void> {
  for (let i = 0; i < tries && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}
