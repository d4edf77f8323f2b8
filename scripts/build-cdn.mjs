// The CDN / CMS drop-in: one self-contained, minified ES module, `dist/cdn/returnkit.js`, with the
// four elements, lit, marked and zod inside. A page loads it with a single
// `<script type="module" src=".../returnkit.js">` and configures the elements with JSON attributes
// (see demo/cms.html). `npm run build` calls `buildCdn()` at its end; `node scripts/build-cdn.mjs`
// builds it alone and prints its size; the test runner's `cdnPlugin` (scripts/cdn-plugin.mjs)
// builds it before the tests, because CI runs the tests before `npm run build`.
//
// The lazily imported modules (marked, the six non-English locales, the portal's step views) are
// inside: scripts/inline-imports-plugin.mjs makes each `import('…')` a static import. Chunks next
// to the file would save about 30 KB (brotli) up front, but then a CMS author has to upload and
// keep together a folder of hashed files instead of one.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { inlineImportsPlugin } from './inline-imports-plugin.mjs';
import { minifyCssPlugin } from './minify-css-plugin.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Where the file is written by default, relative to the project root. */
export const cdnOutfile = 'dist/cdn/returnkit.js';

/**
 * The src/ modules that have side effects (they define elements): package.json `sideEffects`
 * names the built files (`./dist/x.js`); the same list read for their sources (`src/x.ts`).
 * Without this, esbuild applies that list to src/ and treats every source module as free of side
 * effects (it warns about and drops the portal's `import '../../return-error-popup.js'`).
 */
const sideEffectfulSources = new Set(
  pkg.sideEffects
    .filter((entry) => entry.startsWith('./dist/') && entry.endsWith('.js'))
    .map((entry) => join(root, entry.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'))),
);
const srcDir = join(root, 'src');
const resolving = Symbol('returnkit-cdn-resolving');

/** @type {import('esbuild').Plugin} */
const sourceSideEffects = {
  name: 'returnkit-source-side-effects',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === resolving || !args.importer.startsWith(srcDir)) return undefined;
      const { importer, kind, resolveDir } = args;
      const result = await pluginBuild.resolve(args.path, { importer, kind, resolveDir, pluginData: resolving });
      if (result.errors.length > 0 || !result.path.startsWith(srcDir)) return result;
      return { path: result.path, sideEffects: sideEffectfulSources.has(result.path) };
    });
  },
};

/** The esbuild options of the CDN file (exported for tests and measurements). */
export const cdnBuildOptions = {
  absWorkingDir: root,
  entryPoints: ['src/index.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  splitting: false,
  platform: 'browser',
  // Module scripts are always decoded as UTF-8: the Arabic and Japanese strings stay readable.
  charset: 'utf8',
  sourcemap: 'linked',
  tsconfig: 'tsconfig.build.json',
  banner: { js: `/*! ${pkg.name} ${pkg.version} (CDN build, ${pkg.license}): lit, marked and zod inside */` },
  // Dynamic imports made static (one file: nothing to load later), and the CSS of Lit's css`…`
  // templates minified, as in dist/.
  plugins: [sourceSideEffects, inlineImportsPlugin(), minifyCssPlugin()],
  metafile: true,
  logLevel: 'warning',
};

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Builds the CDN file. `outfile` is relative to the project root (or absolute).
 * @returns {Promise<{ outfile: string, bytes: number, gzip: number, brotli: number }>}
 */
export async function buildCdn({ outfile = cdnOutfile } = {}) {
  const target = join(root, relative(root, outfile));
  const result = await build({ ...cdnBuildOptions, outfile: target, write: false });
  mkdirSync(dirname(target), { recursive: true });
  let code;
  for (const file of result.outputFiles) {
    writeFileSync(file.path, file.contents);
    if (file.path === target) code = file.contents;
  }
  if (!code) throw new Error(`esbuild did not produce ${target}`);
  const external = Object.values(result.metafile.outputs).flatMap((output) => output.imports);
  if (external.length > 0) {
    throw new Error(`the CDN file must import nothing, but imports ${external.map((i) => i.path).join(', ')}`);
  }
  return { outfile: relative(root, target), bytes: code.length, gzip: gzip(code), brotli: brotli(code) };
}

/** One line about the built file, sizes in KB of 1024 B. */
export function describeCdn({ outfile, bytes, gzip: gz, brotli: br }) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  return `${outfile}: ${kb(bytes)} minified, ${kb(gz)} gzip, ${kb(br)} brotli`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(describeCdn(await buildCdn()));
}
