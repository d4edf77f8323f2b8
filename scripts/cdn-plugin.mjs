/**
 * A test-runner / dev-server plugin for the CMS drop-in (`dist/cdn/returnkit.js`, see
 * scripts/build-cdn.mjs and demo/cms.html).
 *
 * - `serverStart` builds the CDN file before anything is served: CI runs `npm test` on a fresh
 *   clone before `npm run build`, and `test/demo/cdn.test.ts` loads the built file. With
 *   `watch: true` (for `npm start`) it is rebuilt when a file under src/ changes.
 * - The CMS page's files are served exactly as they are on disk: the servers' esbuild plugin would
 *   otherwise re-transform every `.js` file (it has a `target`), so a page that only worked
 *   because of a dev-server transform would go unnoticed. The CDN file and `demo/cms.*` reach the
 *   browser byte for byte, as from any static file server.
 * - The server command `returnkit-page-probe` (`executeServerCommand` in a test) installs
 *   `error`, `unhandledrejection`, `protocol-error` and console listeners in every document of the
 *   test page whose path starts with `payload.pathPrefix`, before that document's own scripts run
 *   (an iframe's window is a new one for each document, so a test cannot add them early enough
 *   itself). They collect into `window.__returnkitProbe`. `{ remove: id }` uninstalls it.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { clearTimeout, setTimeout } from 'node:timers';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdn, cdnOutfile, describeCdn } from './build-cdn.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Browser paths served verbatim: the CDN build and the CMS page with its script and data. */
const verbatim = [/^\/dist\/cdn\/[^/]+$/, /^\/demo\/cms(?:[.-][^/]*)?$/];

// probe() runs in the browser.
/* global location, document, window, addEventListener */

/** The probe's command name. */
export const probeCommand = 'returnkit-page-probe';

/**
 * Runs in a new document before its scripts (serialized by puppeteer): collects what went wrong.
 * @param {string} pathPrefix
 */
function probe(pathPrefix) {
  if (!location.pathname.startsWith(pathPrefix)) return;
  const text = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  const report = { readyState: document.readyState, problems: [], protocolErrors: [] };
  Object.defineProperty(window, '__returnkitProbe', { value: report });
  addEventListener('error', (event) => {
    const where = event.filename ? ` (${event.filename}:${event.lineno})` : '';
    report.problems.push(`error: ${event.message}${where}`);
  });
  addEventListener('unhandledrejection', (event) => report.problems.push(`unhandled rejection: ${text(event.reason)}`));
  addEventListener('protocol-error', (event) => report.protocolErrors.push(JSON.stringify(event.detail)), true);
  for (const level of ['error', 'warn']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      report.problems.push(`console.${level}: ${args.map(text).join(' ')}`);
      original(...args);
    };
  }
}

/**
 * @param {{ watch?: boolean, log?: boolean }} [options] `watch`: rebuild on src/ changes;
 *   `log`: print the file's size once built.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function cdnPlugin({ watch = false, log = false } = {}) {
  let rebuild = Promise.resolve();
  return {
    name: 'returnkit-cdn',

    async serverStart({ fileWatcher, logger }) {
      const built = await buildCdn({ outfile: cdnOutfile });
      if (log) logger.log(`[returnkit-cdn] built ${describeCdn(built)}`);
      if (!watch) return;
      const src = join(root, 'src') + sep;
      const startedAt = Date.now();
      let timer;
      const onEvent = (/** @type {string} */ event, /** @type {string} */ path) => {
        if (!path.startsWith(src) || !['add', 'change', 'unlink'].includes(event)) return;
        // Adding the folder reports every file in it once: those are not changes.
        if (event === 'add' && (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0) < startedAt) return;
        clearTimeout(timer); // one rebuild for a burst of changes (a save of several files, a checkout)
        timer = setTimeout(() => {
          rebuild = rebuild
            .then(() => buildCdn({ outfile: cdnOutfile }))
            .then(
              // console, not the server's logger: that one only prints while the server starts.
              (result) => console.log(`[returnkit-cdn] rebuilt after ${relative(root, path)}: ${describeCdn(result)}`),
              (error) =>
                console.error(`[returnkit-cdn] rebuild failed: ${error instanceof Error ? error.message : error}`),
            );
        }, 150);
      };
      fileWatcher.on('all', onEvent);
      fileWatcher.add(src);
    },

    async executeCommand({ command, payload, session }) {
      if (command !== probeCommand) return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`${probeCommand} needs a puppeteer-driven browser (chromeLauncher)`);
      }
      const page = session.browser.getPage(session.id);
      if (payload?.remove) {
        await page.removeScriptToEvaluateOnNewDocument(payload.remove);
        return true;
      }
      const { identifier } = await page.evaluateOnNewDocument(probe, String(payload?.pathPrefix ?? '/'));
      return identifier;
    },

    async transform(context) {
      if (!verbatim.some((pattern) => pattern.test(context.path))) return undefined;
      await rebuild;
      try {
        // The patterns allow no `/` after the folder, so the path cannot leave it.
        const body = await readFile(join(root, context.path), 'utf8');
        return { body, transformCache: false };
      } catch {
        return undefined;
      }
    },
  };
}
