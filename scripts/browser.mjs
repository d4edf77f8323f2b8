// Finds the Chromium that tests and benchmarks run in: CHROME_PATH, else Debian's /usr/bin/chromium.
// Nothing here downloads a browser: this machine has no internet but the package registries.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {string | undefined} the path of an installed Chromium, if any */
export function findChromium() {
  return candidates.find((path) => path && existsSync(path));
}

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test pages run side by side in tabs: keep background tabs' timers and frames running.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export const missingBrowserMessage =
  'No Chromium found: install one with `sudo apt-get install -y --no-install-recommends chromium` ' +
  '(or set CHROME_PATH to a Chrome/Chromium binary) and run the command again.';
