// `npm run size`: the size budget of DECISIONS.md D36. Bundles each npm entry point alone with
// esbuild (minified, code-split like a consumer's bundler would), then measures, brotli-compressed
// and in KB of 1024 B, the eagerly loaded graph of the entry: its chunk plus every chunk it reaches
// by static imports. Chunks only reached by dynamic imports are listed as lazy, once each, not
// budgeted. Exits 1 when an entry exceeds its budget. Writes reports/size.json.
//
// Not size-limit (the suggestion): it adds every chunk of a build to the size, lazy ones
// included, and D36 budgets the eager graph only (TOOLCHAIN.md measured both).
//
// One build per entry, not one build of all entries: a shared build splits the code the entries
// share into many small chunks, each compressed on its own, which inflates every entry (a page
// that loads `<delivery-status-card>` alone loads one bundle, not a share of five).
import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sizeBudgets } from './size-budgets.mjs';

const outdir = 'reports/size-bundle';
rmSync(outdir, { recursive: true, force: true });

/** Bundles one entry into its own folder; resolves its output file and the build's outputs. */
async function bundle(source) {
  const { metafile } = await build({
    // The built module, so package.json "sideEffects" applies as it does for a consumer.
    entryPoints: [source],
    bundle: true,
    // Dynamic imports stay separate chunks, as a consumer's bundler keeps them.
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: join(outdir, basename(source, '.js')),
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
  });
  const file = Object.keys(metafile.outputs).find((out) => metafile.outputs[out].entryPoint === source);
  return { file, outputs: metafile.outputs };
}
const bundles = await Promise.all(sizeBudgets.map((entry) => bundle(entry.source)));

const brotliSize = (file) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The output file and every chunk it loads through static imports. */
function eagerGraph(outputs, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of outputs[file].imports) {
    if (imported.kind === 'import-statement' && !imported.external) eagerGraph(outputs, imported.path, seen);
  }
  return seen;
}

/**
 * A chunk's name without esbuild's content hash (`fr-TFTUE2BL.js` → `fr.js`); esbuild's nameless
 * shared chunks (`chunk-…`) keep theirs, as only the hash tells them apart.
 */
const chunkName = (file) => basename(file).replace(/^(?!chunk-)(.+)-[A-Z0-9]{8}\.js$/, '$1.js');

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
// The same lazy chunk (marked, a locale) is in several entries' builds: listed once, by name, at
// its largest.
const lazyKb = new Map();
const entries = sizeBudgets.map(({ name, targetKb, limitKb }, index) => {
  const { file, outputs } = bundles[index];
  const graph = eagerGraph(outputs, file);
  const eagerBytes = [...graph].reduce((sum, chunk) => sum + brotliSize(chunk), 0);
  const eagerKb = kb(eagerBytes);
  for (const out of Object.keys(outputs)) {
    if (!out.endsWith('.js') || graph.has(out)) continue;
    const chunk = chunkName(out);
    lazyKb.set(chunk, Math.max(lazyKb.get(chunk) ?? 0, kb(brotliSize(out))));
  }
  // Compared in bytes: a size shown as "9 KB" may be a few bytes over it.
  const within = (budgetKb) => eagerBytes <= budgetKb * 1024;
  return { name, eagerBytes, eagerKb, targetKb, limitKb, ok: within(limitKb), onTarget: within(targetKb) };
});
const lazyChunks = [...lazyKb]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([chunk, chunkKb]) => ({ chunk, kb: chunkKb }));

mkdirSync('reports', { recursive: true });
writeFileSync('reports/size.json', JSON.stringify({ entries, lazyChunks }, null, 2) + '\n');

console.log(
  `${'entry point'.padEnd(36)}${'eager (brotli)'.padStart(15)}${'limit'.padStart(9)}${'D36 target'.padStart(12)}`,
);
for (const e of entries) {
  const verdict = !e.ok ? 'OVER THE LIMIT' : e.onTarget ? 'ok' : 'ok (target not met yet)';
  const cells = [`${e.eagerKb} KB`.padStart(15), `${e.limitKb} KB`.padStart(9), `${e.targetKb} KB`.padStart(12)];
  console.log(`${e.name.padEnd(36)}${cells.join('')}  ${verdict}`);
}
for (const chunk of lazyChunks) console.log(`lazy chunk ${chunk.chunk}: ${chunk.kb} KB`);
process.exit(entries.every((e) => e.ok) ? 0 : 1);
