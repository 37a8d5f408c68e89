/**
 * A web-test-runner plugin that runs test commands in Node: each command gets the test's puppeteer page and
 * the payload the browser sent (executeServerCommand), and what it returns goes back to the browser.
 */
export function commandsPlugin(name, commands) {
  return {
    name,
    async executeCommand({command, payload, session}) {
      const run = commands[command];
      if (!run) return undefined;
      return run(session.browser.getPage(session.id), payload ?? {});
    },
  };
}
