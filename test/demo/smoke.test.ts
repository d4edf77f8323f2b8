/**
 * Smoke test of the demo: the playground and each gallery page load in an `<iframe>` (same
 * origin: the test runner serves the repository root) without an uncaught error, an unhandled
 * rejection, a `console.error` or a failed request.
 *
 * Listeners go on the frame's window as soon as its document exists (module scripts run after
 * their graph has loaded, so they are in place before any page code runs); failed requests are
 * read from the frame's resource timing entries (`responseStatus`, Chromium).
 */
import { expect } from '@open-wc/testing';

const pages = [
  '/demo/index.html',
  '/demo/delivery-status-card.html',
  '/demo/return-overdue.html',
  '/demo/returns-portal.html',
  '/demo/api.html',
];

/** How long a page may take to become ready. */
const LOAD_LIMIT = 15_000;
/** After `load` (pages without `data-ready`): let late timers and rejections surface. */
const SETTLE = 1_000;

interface PageReport {
  problems: string[];
  ready: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function failedRequests(win: Window): string[] {
  const entries = [
    ...win.performance.getEntriesByType('navigation'),
    ...win.performance.getEntriesByType('resource'),
  ] as (PerformanceResourceTiming & { responseStatus?: number })[];
  return entries
    .filter((entry) => (entry.responseStatus ?? 0) >= 400)
    .map((entry) => `HTTP ${entry.responseStatus} ${entry.name}`);
}

async function loadPage(path: string): Promise<PageReport> {
  const problems: string[] = [];
  const iframe = document.createElement('iframe');
  iframe.title = path;
  iframe.width = '1024';
  iframe.height = '800';
  document.body.append(iframe);
  let loaded = false;
  iframe.addEventListener('load', () => (loaded = true));
  iframe.src = path;
  try {
    const deadline = performance.now() + LOAD_LIMIT;
    // Watch the frame's window as soon as the page's document replaces the initial about:blank.
    // (The WindowProxy stays the same across the navigation: compare documents.)
    let watched: Document | null = null;
    while (performance.now() < deadline) {
      const win = iframe.contentWindow;
      if (win && win.document !== watched && win.location.href.endsWith(path)) {
        watched = win.document;
        win.addEventListener('error', (event) => problems.push(`error: ${event.message}`));
        win.addEventListener('unhandledrejection', (event) =>
          problems.push(`unhandled rejection: ${String(event.reason)}`),
        );
        const frameConsole = (win as Window & typeof globalThis).console;
        const consoleError = frameConsole.error.bind(frameConsole);
        frameConsole.error = (...args: unknown[]) => {
          problems.push(`console.error: ${args.map(String).join(' ')}`);
          consoleError(...args);
        };
      }
      const ready = win?.document.documentElement?.dataset.ready;
      if (watched && ready) break;
      if (watched && loaded && path !== '/demo/index.html') {
        await sleep(SETTLE);
        break;
      }
      await sleep(watched ? 20 : 1);
    }
    const win = iframe.contentWindow!;
    expect(watched, `${path} started`).to.equal(win.document);
    problems.push(...failedRequests(win));
    return { problems, ready: win.document.documentElement?.dataset.ready ?? null };
  } finally {
    iframe.remove();
  }
}

async function exists(path: string): Promise<boolean> {
  const response = await fetch(path, { method: 'HEAD' });
  return response.ok;
}

describe('demo smoke test', function () {
  this.timeout(LOAD_LIMIT + 10_000);

  for (const path of pages) {
    it(`${path} loads without errors`, async function () {
      if (path === '/demo/api.html' && !(await exists(path))) this.skip();
      const { problems, ready } = await loadPage(path);
      expect(problems, problems.join('\n')).to.deep.equal([]);
      if (path === '/demo/index.html') expect(ready, 'the playground is ready').to.equal('true');
    });
  }

  it('the playground links to every gallery page and the API reference', async () => {
    const html = await (await fetch('/demo/index.html')).text();
    for (const page of [
      './delivery-status-card.html',
      './return-overdue.html',
      './returns-portal.html',
      './api.html',
    ]) {
      expect(html).to.contain(`href="${page}"`);
    }
  });
});
