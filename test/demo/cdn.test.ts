/**
 * The CMS drop-in: `demo/cms.html` loads only the built `dist/cdn/returnkit.js` (built before the
 * tests by scripts/cdn-plugin.mjs, which also serves the page's files exactly as they are on disk)
 * and configures the elements with JSON attributes. The page runs in a same-origin iframe; these
 * tests read its elements, errors and requests from there.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { DeliveryStatusCard } from '../../src/delivery-status-card.js';
import type { ReturnErrorPopup } from '../../src/return-error-popup.js';
import type { ReturnOverdue } from '../../src/return-overdue.js';
import type { ReturnsPortal } from '../../src/returns-portal.js';
import { loadProbedPage, type PageProbe, type ProbedPage } from '../support/probed-page.js';

const pageUrl = '/demo/cms.html';
const cdnUrl = '/dist/cdn/returnkit.js';
const tags = ['delivery-status-card', 'return-overdue', 'return-error-popup', 'returns-portal'];

interface Probe extends PageProbe {
  protocolErrors: string[];
}

let page: ProbedPage<Probe>;

/**
 * Loads the page in an iframe, with the error, rejection, console-warning and `protocol-error`
 * listeners installed in it before its scripts run (test/support/probed-page.ts).
 */
const loadPage = () => loadProbedPage<Probe>(pageUrl, { title: 'returnkit in a CMS page', width: 1100, height: 2600 });

function element<T extends HTMLElement>(id: string): T {
  const found = page.doc.getElementById(id);
  if (!found) throw new Error(`no #${id} in ${pageUrl}`);
  return found as T;
}

/** The rendered text of an element's shadow root, white space collapsed. */
const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

const waitForText = (el: Element, text: string) =>
  waitUntil(() => shadowText(el).includes(text), `<${el.localName}> never showed "${text}": ${shadowText(el)}`, {
    timeout: 8000,
  });

const resources = () => page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
const pathOf = (entry: PerformanceEntry) => new URL(entry.name).pathname;

describe('the CDN build in a CMS page (demo/cms.html)', function () {
  this.timeout(30_000);

  before(async () => {
    page = await loadPage();
    const portal = element<ReturnsPortal>('portal');
    await waitUntil(() => portal.state === 'ready', `the portal never showed its first step`, { timeout: 10_000 });
  });

  after(() => {
    if (page) page.win.frameElement?.remove();
  });

  it('the error listeners were in the page before its scripts ran', () => {
    expect(page.probe, 'the probe ran in the page').to.exist;
    expect(page.probe!.readyState).to.equal('loading');
  });

  it('the page has no inline script, and loads only cms.js and the CDN file as scripts', () => {
    const scripts = [...page.doc.querySelectorAll('script')];
    expect(
      scripts.filter((script) => !script.src),
      'inline scripts',
    ).to.have.length(0);
    expect(scripts.map((script) => new URL(script.src).pathname)).to.deep.equal(['/demo/cms.js', cdnUrl]);
    expect(scripts.every((script) => script.type === 'module')).to.be.true;
    const scriptRequests = resources().filter((entry) => entry.initiatorType === 'script');
    expect(scriptRequests.map(pathOf).sort()).to.deep.equal(['/demo/cms.js', cdnUrl]);
  });

  it('the served CDN file is the build output, untouched by the dev server', async () => {
    const code = await (await fetch(cdnUrl, { cache: 'no-store' })).text();
    expect(code.startsWith('/*! returnkit ')).to.be.true;
    expect(code, 'no inline source map added by a dev-server transform').not.to.include('sourceMappingURL=data:');
    const longestLine = Math.max(...code.split('\n').map((line) => line.length));
    expect(longestLine, 'minified: statements run together on long lines').to.be.greaterThan(10_000);
  });

  it('is one file: every lazy chunk (step views, locales, markdown) is inlined, no import() left', async () => {
    const code = await (await fetch(cdnUrl, { cache: 'no-store' })).text();
    expect(code.match(/\bimport\s*\(/g) ?? [], 'dynamic imports').to.deep.equal([]);
    // A string found only in each kind of lazy chunk of the npm build.
    expect(code, "the portal's lazy step views (a class of drop_off_locations)").to.include('dol-distance');
    expect(code, 'the French locale').to.include('Statut de livraison');
    expect(code, 'marked').to.include('input parameter is undefined or null');
  });

  it('defines all four elements', () => {
    for (const tag of tags) expect(page.win.customElements.get(tag), tag).to.be.a('function');
    for (const tag of tags) expect(page.doc.querySelector(tag)!.shadowRoot, `${tag} shadow root`).to.exist;
  });

  it('<delivery-status-card> renders its JSON attribute', async () => {
    const card = element<DeliveryStatusCard>('card');
    await waitForText(card, 'Order NW-100245');
    const text = shadowText(card);
    for (const expected of ['Delivery status', 'In transit', 'Royal Mail', 'RM123456785GB', 'Return']) {
      expect(text).to.include(expected);
    }
    expect(card.shadowRoot!.querySelector('[part~="copy-button"]')).to.exist;
    expect(card.shadowRoot!.querySelector('[part~="return-button"]')!.textContent).to.include('Return');
  });

  it('a lazily loaded locale works from the single file (locale="de")', async () => {
    const card = element<DeliveryStatusCard>('card-de');
    await waitForText(card, 'Lieferstatus');
    expect(shadowText(card)).to.include('Bestellung NW-100246');
    expect(shadowText(card)).to.include('Zugestellt');
  });

  it('<return-overdue> renders its JSON attribute, with its markdown (the lazily loaded renderer)', async () => {
    const card = element<ReturnOverdue>('overdue');
    await waitForText(card, 'Return window closed');
    expect(shadowText(card)).to.include('NW-100199');
    expect(shadowText(card)).to.include('£129.97');
    const info = card.shadowRoot!.querySelector('[part="info"]')!;
    await waitUntil(() => info.querySelector('strong'), 'the markdown renderer never ran', { timeout: 8000 });
    expect(info.querySelector('strong')!.textContent).to.equal('30-day');
    expect(info.querySelector('em')!.textContent).to.equal('4 March 2025');
    expect(info.querySelector('a')!.getAttribute('href')).to.equal('https://help.northwind-shoes.example/returns');
  });

  it('<returns-portal> shows the first step of its flow', async () => {
    const portal = element<ReturnsPortal>('portal');
    expect(portal.open).to.be.true;
    expect(portal.stepType).to.equal('product_selection');
    const text = shadowText(portal);
    for (const expected of [
      'Choose items to return',
      'Order NW-100245',
      'Trail Runner 2 — Navy',
      'Merino Hiking Socks',
    ]) {
      expect(text).to.include(expected);
    }
    const images = [...portal.shadowRoot!.querySelectorAll('img')];
    expect(images.length).to.be.greaterThan(0);
    // The images are lazy: bring each into view, then give it time to arrive (a busy CI machine).
    for (const img of images) img.scrollIntoView({ block: 'nearest' });
    await waitUntil(() => images.every((img) => img.complete && img.naturalWidth > 0), 'product images loaded', {
      timeout: 8000,
    });
    const step = resources().find((entry) => pathOf(entry) === '/demo/cms-step.json');
    expect(step, 'the step was read from cms-step.json').to.exist;
  });

  it('the button opens <return-error-popup> with its message, and OK closes it', async () => {
    const popup = element<ReturnErrorPopup>('popup');
    const button = element<HTMLButtonElement>('open-popup');
    button.click();
    await waitUntil(() => popup.shadowRoot!.querySelector('dialog')?.open, 'the popup never opened', { timeout: 5000 });
    expect(popup.open).to.be.true;
    expect(shadowText(popup)).to.include(button.dataset.message!);
    expect(shadowText(popup)).to.include('We could not start your return');
    popup.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await waitUntil(() => !popup.shadowRoot!.querySelector('dialog')!.open, 'OK did not close the popup', {
      timeout: 5000,
    });
    expect(popup.open).to.be.false;
  });

  it('no error, unhandled rejection, console warning or protocol-error on the page', () => {
    expect(page.probe!.problems).to.deep.equal([]);
    expect(page.probe!.protocolErrors).to.deep.equal([]);
  });

  it('no failed request, no .ts file and no bare specifier resolved by the dev server', () => {
    const entries = resources();
    expect(entries.length).to.be.greaterThan(0);
    const failed = entries.filter((entry) => entry.responseStatus >= 400).map((e) => `${e.responseStatus} ${e.name}`);
    expect(failed).to.deep.equal([]);
    const paths = entries.map(pathOf);
    expect(paths.filter((path) => path.endsWith('.ts'))).to.deep.equal([]);
    // A bare `import 'lit'` works only through the dev server's node resolution, which rewrites it
    // to one of these paths (a static server would fail it: the `error` listener catches that).
    const resolved = paths.filter(
      (path) => path.startsWith('/node_modules/') || path.startsWith('/__wds-outside-root__/'),
    );
    expect(resolved).to.deep.equal([]);
  });
});
