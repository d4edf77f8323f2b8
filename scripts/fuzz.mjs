// `npm run fuzz [-- --runs N]`: runs the property-based tests with many runs per target
// (web-test-runner.fuzz.config.mjs) and prints how many runs each target got.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findChromium, missingBrowserMessage } from './browser.mjs';

if (!findChromium()) {
  console.error(missingBrowserMessage);
  process.exit(1);
}

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? args[runsAt + 1] : (process.env.FUZZ_RUNS ?? '10000');
if (!/^\d+$/.test(runs ?? '') || Number(runs) < 1) {
  console.error(`--runs needs a positive integer, got ${runs}`);
  process.exit(2);
}

const summaryFile = 'reports/fuzz-summary.json';
rmSync(summaryFile, { force: true });

const require = createRequire(import.meta.url);
// The package exports no bin path: its bin.js sits next to its main module.
const wtrBin = join(dirname(require.resolve('@web/test-runner')), 'bin.js');

const started = Date.now();
const child = spawn(process.execPath, [wtrBin, '--config', 'web-test-runner.fuzz.config.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});

child.on('exit', (code, signal) => {
  let summary;
  try {
    summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    console.error('fuzz: no summary was written (the test run did not finish)');
    process.exit(code || 1);
  }
  console.log(
    `\nfuzz: ${summary.runsPerTarget} runs per target, ${Math.round((Date.now() - started) / 1000)} s in all`,
  );
  for (const { target, runs: count, ms, failed } of summary.targets) {
    const status = failed ? '  FAILED (counterexample above)' : '';
    console.log(
      `  ${target.padEnd(40)} ${String(count).padStart(7)} runs  ${(ms / 1000).toFixed(1).padStart(7)} s${status}`,
    );
  }
  if (summary.targets.length === 0) console.log('  (no target finished)');
  console.log(summary.passed && code === 0 ? 'fuzz: passed' : 'fuzz: FAILED');
  process.exit(signal ? 1 : (code ?? 1));
});
