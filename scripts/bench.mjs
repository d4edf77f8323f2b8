// `node scripts/bench.mjs [filter]`: the performance benchmarks (bench/README.md). Bundles every
// bench/*.bench.ts page with esbuild, serves them on 127.0.0.1, runs each benchmark in headless
// Chromium with its contenders alternated sample by sample until the 95 % confidence intervals
// of every median and of every paired ratio to the baseline are within ±5 % (or a cap), then the
// leak check. Prints a table and writes
// reports/bench.json. A filter (substring of a benchmark id) runs only the matching ones.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, missingBrowserMessage } from './browser.mjs';
import { minifyCssPlugin } from './minify-css-plugin.mjs';

/* global window -- the page functions below run in the browser */

const root = fileURLToPath(new URL('..', import.meta.url));
const filter = process.argv[2] ?? '';

const MIN_SAMPLES = 10;
const MAX_SAMPLES = 40;
const WARMUP = 3;
const TARGET = 0.05; // ±5 % of the median
const BENCH_BUDGET_MS = 25_000; // per benchmark, all contenders
const MEMORY_CYCLES = 1000;
const MEMORY_WARMUP = 100;
const MEMORY_REPEATS = 3;

const chromium = findChromium();
if (!chromium) {
  console.error(missingBrowserMessage);
  process.exit(1);
}

// Bundling ----------------------------------------------------------------------------------

/** package.json `sideEffects` names dist/ files: src/ modules keep their definitions here. */
const srcSideEffects = {
  name: 'bench-src-side-effects',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === 'bench') return undefined;
      const { importer, kind, resolveDir } = args;
      const result = await pluginBuild.resolve(args.path, { importer, kind, resolveDir, pluginData: 'bench' });
      if (result.errors.length > 0) return result;
      return { path: result.path, sideEffects: true };
    });
  },
};

const benchDir = join(root, 'bench');
const pages = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .sort();
const outDir = mkdtempSync(join(tmpdir(), 'returnkit-bench-'));
await build({
  absWorkingDir: root,
  entryPoints: pages.map((file) => join('bench', file)),
  outdir: outDir,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  splitting: false,
  charset: 'utf8',
  tsconfig: 'tsconfig.json',
  // The CSS as shipped: dist/ minifies the css`` templates too.
  plugins: [srcSideEffects, minifyCssPlugin()],
  logLevel: 'warning',
});
for (const file of pages) {
  const name = basename(file, '.ts');
  writeFileSync(
    join(outDir, `${name}.html`),
    `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>${name}</title>` +
      `<body><script type="module" src="./${name}.js"></script></body></html>`,
  );
}

// Serving: cross-origin isolated, so performance.now() has its fine (5 µs) grain -----------

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const server = createServer((request, response) => {
  const path = resolve(outDir, `.${new URL(request.url ?? '/', 'http://x').pathname}`);
  const type = types[path.slice(path.lastIndexOf('.'))];
  if (!path.startsWith(outDir) || !type) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = readFileSync(path);
    response.writeHead(200, {
      'content-type': type,
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// Statistics --------------------------------------------------------------------------------

const sorted = (values) => [...values].sort((a, b) => a - b);

function median(values) {
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Distribution-free 95 % interval of the median (order statistics, normal approximation). */
function medianCi(values) {
  const s = sorted(values);
  const n = s.length;
  const half = (1.96 * Math.sqrt(n)) / 2;
  const lo = Math.max(0, Math.floor(n / 2 - half) - 1);
  const hi = Math.min(n - 1, Math.ceil(n / 2 + half));
  return [s[lo], s[hi]];
}

function summarise(values) {
  const m = median(values);
  const [lo, hi] = medianCi(values);
  return { samples: values.length, median: m, ciLow: lo, ciHigh: hi, ciPercent: (Math.max(m - lo, hi - m) / m) * 100 };
}

/**
 * The ratios of each round's sample to the baseline's sample of the same round: their median and
 * its 95 % interval. The two samples of a round ran back to back, so a drift of the machine's
 * speed between rounds (this VM's moves by 1.5x in a day) cancels out of each ratio; it does not
 * cancel out of the ratio of the two medians.
 */
function pairedRatio(values, baseline) {
  const ratios = values.slice(0, baseline.length).map((value, round) => value / baseline[round]);
  const [low, high] = medianCi(ratios);
  return { median: median(ratios), low, high };
}

const converged = (values) => values.length >= MIN_SAMPLES && summarise(values).ciPercent <= TARGET * 100;

// Running -----------------------------------------------------------------------------------

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-dev-shm-usage',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--js-flags=--expose-gc',
  ],
});

const results = [];
const memory = [];
const started = Date.now();

async function openPage(name) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${origin}/${name}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => Array.isArray(window.benchmarks) && Array.isArray(window.memoryTargets));
  if (errors.length > 0) throw errors[0];
  return page;
}

async function runBenchmarks(page) {
  const infos = await page.evaluate(() => window.benchmarks);
  for (const info of infos) {
    if (filter && !info.id.includes(filter)) continue;
    process.stdout.write(`${info.id} `);
    const samples = Object.fromEntries(info.contenders.map((c) => [c, []]));
    const run = (contender) => page.evaluate((name) => window.runBenchmark(name), `${info.id}/${contender}`);
    for (let i = 0; i < WARMUP; i++) for (const contender of info.contenders) await run(contender);
    const begun = Date.now();
    for (let round = 0; ; round++) {
      // Alternate the contenders, and which one goes first, round by round.
      const order = round % 2 ? [...info.contenders].reverse() : info.contenders;
      for (const contender of order) samples[contender].push(...(await run(contender)));
      const counts = Object.values(samples).map((values) => values.length);
      const ratiosTight = info.contenders.every((c) => {
        if (!info.baseline || c === info.baseline || samples[c].length < MIN_SAMPLES) return true;
        const r = pairedRatio(samples[c], samples[info.baseline]);
        return Math.max(r.median - r.low, r.high - r.median) / r.median <= TARGET;
      });
      if (Object.values(samples).every(converged) && ratiosTight) break;
      if (Math.min(...counts) >= MAX_SAMPLES || Date.now() - begun > BENCH_BUDGET_MS) break;
    }
    const stats = Object.fromEntries(info.contenders.map((c) => [c, summarise(samples[c])]));
    const base = info.baseline ? stats[info.baseline].median : undefined;
    for (const contender of info.contenders) {
      const s = stats[contender];
      results.push({
        benchmark: info.id,
        description: info.description,
        contender,
        ...s,
        converged: s.ciPercent <= TARGET * 100,
        ratio: base ? s.median / base : null,
        pairedRatio:
          base && contender !== info.baseline ? pairedRatio(samples[contender], samples[info.baseline]) : null,
        raw: samples[contender],
      });
    }
    console.log(`(${((Date.now() - begun) / 1000).toFixed(1)} s)`);
  }
}

async function runMemory(page) {
  const targets = await page.evaluate(() => window.memoryTargets);
  if (targets.length === 0) return;
  const cdp = await page.createCDPSession();
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  for (const name of targets) {
    if (filter && !`leak ${name}`.includes(filter)) continue;
    process.stdout.write(`leak ${name} `);
    const cycles = (count) => page.evaluate((n, c) => window.runCycles(n, c), name, count);
    await cycles(MEMORY_WARMUP); // one-time costs: templates, style sheets, lazy modules
    const deltas = [];
    for (let i = 0; i < MEMORY_REPEATS; i++) {
      const before = await heap();
      await cycles(MEMORY_CYCLES);
      const after = await heap();
      deltas.push({ before, after, delta: after - before });
    }
    const delta = median(deltas.map((d) => d.delta));
    const base = deltas[0].before;
    memory.push({
      element: name,
      cycles: MEMORY_CYCLES,
      repeats: deltas,
      medianDeltaBytes: delta,
      bytesPerCycle: delta / MEMORY_CYCLES,
      deltaPercent: (delta / base) * 100,
    });
    console.log(`(${deltas.map((d) => d.delta).join(', ')} B)`);
  }
}

try {
  for (const file of pages) {
    const page = await openPage(basename(file, '.ts'));
    await runBenchmarks(page);
    await runMemory(page);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}

// Reporting ---------------------------------------------------------------------------------

const ms = (value) => (value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1));
const table = [['benchmark', 'contender', 'n', 'median ms', '95 % CI ms', '±%', 'ratio', 'paired ratio, 95 % CI']];
for (const r of results) {
  table.push([
    r.benchmark,
    r.contender,
    String(r.samples),
    ms(r.median),
    `${ms(r.ciLow)}–${ms(r.ciHigh)}`,
    `${r.ciPercent.toFixed(1)}${r.converged ? '' : '*'}`,
    r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`,
    r.pairedRatio
      ? `${r.pairedRatio.median.toFixed(2)}× (${r.pairedRatio.low.toFixed(2)}–${r.pairedRatio.high.toFixed(2)})`
      : '',
  ]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) =>
  `| ${row.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
console.log(`\n${line(table[0])}`);
console.log(`|${widths.map((w, i) => (i >= 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
if (results.some((r) => !r.converged)) console.log(`* CI wider than ±${TARGET * 100} % when the cap was hit`);

if (memory.length > 0) {
  console.log(`\n| element | cycles | retained (median of ${MEMORY_REPEATS}) | per cycle | of heap |`);
  console.log('|---|---:|---:|---:|---:|');
  for (const m of memory) {
    console.log(
      `| ${m.element} | ${m.cycles} | ${(m.medianDeltaBytes / 1024).toFixed(1)} KB | ${m.bytesPerCycle.toFixed(0)} B | ${m.deltaPercent.toFixed(2)} % |`,
    );
  }
}

let chromiumVersion;
try {
  chromiumVersion = execFileSync(chromium, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
} catch {
  chromiumVersion = 'unknown';
}
const report = {
  date: new Date().toISOString(),
  chromium: chromiumVersion,
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  settings: { MIN_SAMPLES, MAX_SAMPLES, WARMUP, TARGET, BENCH_BUDGET_MS, MEMORY_CYCLES, MEMORY_WARMUP, MEMORY_REPEATS },
  seconds: (Date.now() - started) / 1000,
  results,
  memory,
};
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${chromiumVersion}, ${cpus().length} cores, ${report.seconds.toFixed(0)} s; wrote reports/bench.json`);
