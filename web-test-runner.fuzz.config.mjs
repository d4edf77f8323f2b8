// `npm run fuzz`: the property-based tests of test/hardening/property.test.ts with many runs
// (10 000 per target by default; FUZZ_RUNS overrides). The main config with: one file, no
// coverage, no per-test timeout, the run count injected before the test framework loads, and a
// reporter that writes the `fuzz:` lines the tests log to reports/fuzz-summary.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import base from './web-test-runner.config.mjs';

const runs = Number.parseInt(process.env.FUZZ_RUNS ?? '10000', 10);
if (!Number.isSafeInteger(runs) || runs < 1)
  throw new Error(`FUZZ_RUNS must be a positive integer, got ${process.env.FUZZ_RUNS}`);

const summaryFile = 'reports/fuzz-summary.json';

/** Collects `fuzz: <target> <n> runs in <ms> ms` from the browser logs of every session. */
function fuzzSummaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const targets = [];
      let passed = true;
      for (const session of sessions) {
        passed &&= session.passed !== false;
        for (const args of session.logs ?? []) {
          const line = args.map(String).join(' ');
          const match = /^fuzz: (.+) (\d+) runs in (\d+) ms( \(FAILED\))?$/.exec(line);
          if (match)
            targets.push({ target: match[1], runs: Number(match[2]), ms: Number(match[3]), failed: !!match[4] });
        }
      }
      mkdirSync('reports', { recursive: true });
      writeFileSync(summaryFile, JSON.stringify({ runsPerTarget: runs, passed, targets }, null, 2) + '\n');
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...base,
  files: ['test/hardening/property.test.ts'],
  coverage: false,
  concurrency: 1,
  testFramework: { ...base.testFramework, config: { ...base.testFramework?.config, timeout: 0 } },
  testsFinishTimeout: 2 * 60 * 60 * 1000,
  testRunnerHtml: (testFramework, config) =>
    base.testRunnerHtml(testFramework, config).replace('<script>', `<script>\n      globalThis.__FUZZ_RUNS = ${runs};`),
  reporters: [defaultReporter(), fuzzSummaryReporter()],
};
