import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { cdnPlugin } from './scripts/cdn-plugin.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/**
 * The strict policy of docs/csp.md: the demo runs under it, so any violation the elements cause
 * shows up in the browser console while you work.
 */
export const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data: blob:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

/** `npm start`: the demo (playground + galleries), TypeScript served as-is through esbuild. */
export default {
  rootDir: '.',
  appIndex: 'demo/index.html',
  open: '/demo/',
  port: Number(process.env.PORT ?? 8000),
  hostname: 'localhost',
  nodeResolve: { exportConditions: ['development'] },
  // cdnPlugin after esbuild: it builds dist/cdn/returnkit.js for demo/cms.html and serves it as is.
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }), cdnPlugin({ watch: !process.env.CI, log: true })],
  // No live reload: its injected inline script would break the strict policy below.
  watch: false,
  middleware: [
    async (context, next) => {
      await next();
      if (context.path.startsWith('/demo/') && context.response.is('html')) {
        context.set('Content-Security-Policy', strictPolicy);
      }
    },
  ],
};
