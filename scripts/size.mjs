// `npm run size`: the size budget of DECISIONS.md D36. Bundles every npm entry point with esbuild
// (minified, code-split like a consumer's bundler would), then measures, brotli-compressed and in
// KB of 1024 B, the eagerly loaded graph of each entry: its chunk plus every chunk it reaches by
// static imports. Chunks only reached by dynamic imports are listed as lazy, not budgeted.
// Exits 1 when an entry exceeds its budget. Writes reports/size.json.
import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { sizeBudgets } from './size-budgets.mjs';

const outdir = 'reports/size-bundle';
rmSync(outdir, { recursive: true, force: true });

const { metafile } = await build({
  // The built modules, so package.json "sideEffects" applies as it does for a consumer.
  // The built modules, so package.json "sideEffects" applies as it does for a consumer.
  entryPoints: sizeBudgets.map((entry) => entry.source),
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir,
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
});
const outputs = metafile.outputs;

const brotliSize = (file) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The output file and every chunk it loads through static imports. */
function eagerGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of outputs[file].imports) {
    if (imported.kind === 'import-statement' && !imported.external) eagerGraph(imported.path, seen);
  }
  return seen;
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const eagerFiles = new Set();
const entries = sizeBudgets.map(({ name, source, targetKb, limitKb }) => {
  const file = Object.keys(outputs).find((out) => outputs[out].entryPoint === source);
  const graph = eagerGraph(file);
  graph.forEach((chunk) => eagerFiles.add(chunk));
  const eagerKb = kb([...graph].reduce((sum, chunk) => sum + brotliSize(chunk), 0));
  return { name, eagerKb, targetKb, limitKb, ok: eagerKb <= limitKb, onTarget: eagerKb <= targetKb };
});
const lazyChunks = Object.keys(outputs)
  .filter((out) => out.endsWith('.js') && !eagerFiles.has(out))
  .map((out) => ({ chunk: relative(outdir, out), kb: kb(brotliSize(out)) }));

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
