// A test-runner reporter that counts results the way CI reads them: it writes
// reports/test-summary.json and prints one line `tests: N passed, N failed`.
// A test file that fails to load (no results, only errors) counts as one failed test.
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/** @returns {import('@web/test-runner').Reporter} */
export function countingReporter({ file = 'reports/test-summary.json' } = {}) {
  let counts;
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length };
      for (const session of sessions) {
        const failedBefore = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        // A session can fail outside any test (the file did not load, a hook threw):
        // that is one failure, not zero.
        if (session.passed === false && counts.failed === failedBefore) counts.failed += 1;
      }
    },
    stop() {
      if (!counts) return;
      mkdirSync(new URL('.', `file://${process.cwd()}/${file}`), { recursive: true });
      writeFileSync(file, JSON.stringify(counts, null, 2) + '\n');
      const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
      console.log(`tests: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
    },
  };
}
