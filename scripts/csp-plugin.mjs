/**
 * A test-runner / dev-server plugin that serves the strict-CSP journey page
 * (`test/hardening/csp-page/index.html`) with a `Content-Security-Policy` response header.
 *
 * The runner's own test pages boot with an inline script, so they cannot run under the policy
 * (DECISIONS.md D35): `test/hardening/csp.test.ts` loads this page in an `<iframe>` instead and
 * counts the `securitypolicyviolation` events inside it. The policy is the one `docs/csp.md`
 * documents for hosts; keep the two in step.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where the page is served (the browser path, relative to the server's root). */
export const cspPagePath = '/test/hardening/csp-page/index.html';

/** The policy: every directive, in the order docs/csp.md explains them. */
export const cspDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data: blob:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
];

/**
 * `RK_CSP_OVERRIDE` replaces the policy for one run, to find out what a directive is for
 * (`RK_CSP_OVERRIDE="…" npx wtr --files test/hardening/csp.test.ts`); the header test then fails.
 */
export const cspPolicy = process.env.RK_CSP_OVERRIDE ?? cspDirectives.join('; ');

const pageFile = fileURLToPath(new URL('../test/hardening/csp-page/index.html', import.meta.url));

/** @returns {import('@web/dev-server-core').Plugin} */
export function cspPlugin() {
  return {
    name: 'returnkit-csp-page',
    async serve(context) {
      if (context.path !== cspPagePath) return undefined;
      return {
        body: await readFile(pageFile, 'utf8'),
        type: 'html',
        headers: { 'Content-Security-Policy': cspPolicy, 'Cache-Control': 'no-store' },
      };
    },
  };
}
