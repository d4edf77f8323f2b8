// Runs before the test runner so that a missing browser is one clear sentence, not a stack trace.
import { findChromium, missingBrowserMessage } from './browser.mjs';

if (!findChromium()) {
  console.error(missingBrowserMessage);
  process.exit(1);
}
