/**
 * How every tool here starts headless Chromium (browser tests, consumer-app tests, screenshots, benchmark):
 * CHROME_PATH, or Debian's /usr/bin/chromium. The flags let it run as root in a container and keep it off a
 * network it cannot reach; the host-resolver rule stops its own lookups of outside hosts.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
