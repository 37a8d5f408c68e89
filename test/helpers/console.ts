/** Collects console.warn calls until `restore()` is called. */
export function captureWarnings(): {readonly messages: string[]; restore: () => void} {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...parts: unknown[]) => {
    messages.push(parts.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}
