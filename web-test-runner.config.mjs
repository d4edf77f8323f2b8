import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { reactPlugins } from './scripts/react-plugins.mjs';
import { defaultReporter } from '@web/test-runner';
import { cspPlugin } from './scripts/csp-plugin.mjs';
import { cdnPlugin } from './scripts/cdn-plugin.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }), cspPlugin(), cdnPlugin(), ...reactPlugins()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), args: chromiumArgs },
      // Each test page in a window of its own: a background tab gets no animation frames, and
      // tests that wait for one would time out when files run side by side.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  // Two cores: one browser, a few pages at a time.
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { lines: 90, functions: 90, statements: 0, branches: 0 },
  },
  // Silence Lit's one-time dev-mode notice and turn every other Lit dev-mode warning into an
  // error, so a test that triggers one fails instead of printing noise.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script>
      globalThis.litIssuedWarnings = new Set(['dev-mode']);
      const warn = console.warn.bind(console);
      console.warn = (...args) => {
        const text = args.map(String).join(' ');
        if (text.includes('lit.dev/msg/')) throw new Error('Lit dev-mode warning: ' + text);
        warn(...args);
      };
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), countingReporter()],
};
