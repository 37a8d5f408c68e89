/**
 * README.md's code blocks, as the browser tests read them: a test of a README snippet uses the snippet as
 * written, so a change to the README is what is tested.
 */
export interface CodeBlock {
  lang: string;
  code: string;
}

let readme: Promise<string> | undefined;

/**
 * The fenced code blocks under a heading, found inside each heading before it in turn, such as
 * `readmeBlocks('## Content management systems', '### WordPress')`. A section ends at the next heading of its
 * level or higher.
 */
export async function readmeBlocks(...headings: readonly string[]): Promise<CodeBlock[]> {
  readme ??= fetch('/README.md').then((response) => response.text());
  let section = `\n${await readme}`;
  for (const heading of headings) {
    const start = section.indexOf(`\n${heading}\n`);
    if (start < 0) throw new Error(`README has no "${headings.join(' › ')}"`);
    const body = start + heading.length + 2;
    const level = heading.indexOf(' ');
    const end = section.slice(body).search(new RegExp(`\\n#{1,${String(level)}} `));
    section = section.slice(start, end < 0 ? undefined : body + end);
  }
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({lang: match[1]!, code: match[2]!}));
}
