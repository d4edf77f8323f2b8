// `npm run build`: emits dist/ from src/ — each module transformed by esbuild (decorators compiled
// once, no per-file helpers, not bundled: consumers' bundlers see the same module graph; the CSS
// of Lit's css`…` templates minified), the .d.ts files by the TypeScript compiler — and copies
// the theme stylesheets.
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { buildCdn, describeCdn } from './build-cdn.mjs';
import { minifyCssPlugin } from './minify-css-plugin.mjs';

rmSync('dist', { recursive: true, force: true });

const sources = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => `src/${file}`);
await build({
  entryPoints: sources,
  outdir: 'dist',
  outbase: 'src',
  format: 'esm',
  target: 'es2022',
  bundle: false,
  sourcemap: true,
  tsconfig: 'tsconfig.build.json',
  plugins: [minifyCssPlugin()],
  logLevel: 'warning',
});

const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--emitDeclarationOnly'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
cpSync('src/themes', 'dist/themes', { recursive: true });
console.log(describeCdn(await buildCdn()));
