/**
 * Big but valid data: 1 000 products, 200 tracking events, 10 000-character texts. The elements
 * render them, stay usable, and never overflow horizontally at 320 px.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import {
  parseActivity,
  parseStep,
  type DeliveryStatusCard,
  type ProtocolErrorEvent,
  type ReturnOverdue,
  type ReturnsPortal,
} from '../../src/index.js';
import { lexMarkdown, loadMarkdown } from '../../src/internal/markdown.js';
import { activityFixtures, clone, productSelectionStepWith, stepFixtures } from '../protocol/fixtures.js';
import { FakeFlow } from '../support/fake-flow.js';
import { choose, confirmButton, pick, scopeOf } from '../support/portal-driver.js';

type Obj = Record<string, unknown>;

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** 10 000 characters of prose: words of varying length, some long. */
function words(length = 10_000, seed = 'Lorem'): string {
  const vocabulary = ['return', 'parcel', 'the', 'a', 'Trail', 'Runner', 'navy', 'supercalifragilistic', 'UK', '9'];
  let out = seed;
  for (let i = 0; out.length < length; i++) out += ` ${vocabulary[(i * 7) % vocabulary.length]}`;
  return out.slice(0, length);
}

/** 10 000 characters without a single break opportunity. */
const unbroken = (length = 10_000) => 'W'.repeat(length);

/** Keys whose values are shown as prose (not ids, types, URLs, dates or codes). */
const TEXT_KEYS = new Set([
  'name',
  'text',
  'description',
  'subText',
  'title',
  'label',
  'acknowledgementText',
  'nonReturnableReason',
  'unavailableReason',
  'confirmButtonText',
  'cancelButtonText',
  'commentsLabel',
  'placeholder',
  'addressString',
  'fullName',
  'line1',
  'line2',
  'city',
  'county',
  'country',
  'colour',
  'quantityNote',
  'carrier',
  'shippingMethod',
  'returnButtonText',
  'orderNumber',
  'trackingNumber',
  'productNames',
  'displayName',
  'message',
]);

/** A copy with every prose field set to `text`, and every image a local pixel. */
function withLongTexts(value: unknown, text: string, key = ''): unknown {
  if (typeof value === 'string') {
    if (TEXT_KEYS.has(key)) return text;
    if (/\.(png|jpe?g)$/.test(value) && !value.includes('/labels/')) return PIXEL;
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => withLongTexts(item, text, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withLongTexts(v, text, k)]));
  }
  return value;
}

/** What sticks out to the right of the element, or overflows it (described as strings). */
function horizontalOverflow(host: HTMLElement): string[] {
  const problems: string[] = [];
  const box = host.getBoundingClientRect();
  if (box.width > 321) problems.push(`the element is ${Math.round(box.width)} px wide`);
  if (host.scrollWidth > host.clientWidth + 1)
    problems.push(`host scrollWidth ${host.scrollWidth} > ${host.clientWidth}`);
  const visit = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (problems.length > 8) return;
      // Screen-reader text is clipped to a pixel on purpose.
      if (el.closest('.visually-hidden')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && (rect.right > box.right + 1 || rect.left < box.left - 1)) {
        const cls = el.getAttribute('class') ?? el.getAttribute('part') ?? '';
        problems.push(`<${el.localName} ${cls}> spans ${Math.round(rect.left)}…${Math.round(rect.right)} px`);
      }
      // A box that clips (ellipsis) is fine; one that makes the shopper scroll sideways is not.
      if (
        el instanceof HTMLElement &&
        el.scrollWidth > el.clientWidth + 1 &&
        /auto|scroll/.test(getComputedStyle(el).overflowX)
      ) {
        problems.push(`<${el.localName} ${el.getAttribute('class') ?? ''}> scrolls sideways`);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(host.shadowRoot!);
  return problems;
}

const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

/** A portal 320 px wide, started on `stepType` and answered with `answer`. */
/** A `<delivery-status-card>` with `payload` in a 320 px wide column (a chat panel), rendered. */
async function deliveryCardAt320(payload: unknown): Promise<DeliveryStatusCard> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 320px">
      <delivery-status-card locale="en-GB" .payload=${payload}></delivery-status-card>
    </div>`,
  );
  const card = wrapper.querySelector('delivery-status-card') as DeliveryStatusCard;
  await card.updateComplete;
  return card;
}

async function portalShowing(answer: unknown, stepType: string) {
  const flow = new FakeFlow();
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 320px; height: 640px; display: flex">
      <returns-portal locale="en-GB" .flowClient=${flow} .timeout=${60_000} style="flex: 1"></returns-portal>
    </div>`,
  );
  const portal = wrapper.querySelector('returns-portal') as ReturnsPortal;
  const fatal: ProtocolErrorEvent[] = [];
  portal.addEventListener('protocol-error', (e) => {
    if (e.detail.fatal) fatal.push(e);
  });
  const activity = clone(activityFixtures.initialise_return) as unknown as { inputs: Obj };
  activity.inputs.step_type = stepType;
  sessionStorage.clear();
  const started = portal.start(activity);
  (await flow.next(1)).answer(answer);
  const shown = await started;
  await portal.updateComplete;
  return { portal, flow, shown, fatal };
}

describe('hardening: big but valid data', function () {
  this.timeout(30_000);

  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    await loadMarkdown();
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    uncaught.length = 0;
  });
  afterEach(() => {
    expect(uncaught).to.deep.equal([]);
  });

  it('product_selection with 1 000 products: all render, and the last one can be picked with a reason', async () => {
    const answer = productSelectionStepWith(1000) as unknown as { payload: { products: Obj[] } };
    for (const product of answer.payload.products) product.image = PIXEL;
    expect(parseStep(answer).ok).to.equal(true);
    const began = performance.now();
    const { portal, flow, shown } = await portalShowing(answer, 'product_selection');
    const renderMs = performance.now() - began;
    expect(shown).to.equal(true);
    const cards = portal.shadowRoot!.querySelectorAll('.ps-product');
    expect(cards.length).to.equal(1000);
    expect(renderMs, 'first render of 1 000 products (ms)').to.be.below(10_000);
    const last = scopeOf(portal, 'Trail Runner 2 — Navy #1000', '.ps-product');
    await pick(portal, last, '#1000');
    await choose(portal, last, 'Reason for return', 'Size or fit');
    await choose(portal, last, 'Specific reason', 'Too small');
    expect(confirmButton(portal).getAttribute('aria-disabled')).to.equal('false');
    confirmButton(portal).click();
    const request = (await flow.next(2)).request;
    const selected = request.inputs.selected_products as { id: string; reason_id?: string }[];
    expect(selected.map((p) => `${p.id}:${p.reason_id}`)).to.deep.equal(['p1000:r-fit']);
  });

  it('the delivery card with 200 tracking events: renders, and the toggle shows all and then one', async () => {
    const payload = clone(activityFixtures.orderTracker.payload) as unknown as Obj;
    payload.productImages = [PIXEL, PIXEL, PIXEL];
    payload.proofOfDelivery = { image: PIXEL };
    const start = Date.UTC(2025, 0, 1);
    payload.trackingHistoryItems = Array.from({ length: 200 }, (_, i) => ({
      date: new Date(start + i * 3_600_000).toISOString(),
      status: i % 2 ? 'In Transit' : 'processing',
      description: `Scan ${i + 1} at depot ${i % 17}`,
    }));
    expect(parseActivity({ type: 'orderTracker', payload }).ok).to.equal(true);
    const card = await deliveryCardAt320(payload);
    const events = () => card.shadowRoot!.querySelectorAll('[part~="history-list"] li').length;
    const toggle = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="history-toggle"]')!;
    expect(toggle !== null, 'toggle').to.equal(true);
    expect(events()).to.equal(1);
    expect(card.shadowRoot!.querySelector('[part~="history-list"]')!.textContent!.includes('Scan 200 ')).to.equal(true);
    toggle.click();
    await card.updateComplete;
    expect(events()).to.equal(200);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(horizontalOverflow(card)).to.deep.equal([]);
    toggle.click();
    await card.updateComplete;
    expect(events()).to.equal(1);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  for (const [variant, text] of [
    ['prose', words()],
    ['one unbroken word', unbroken()],
  ] as const) {
    describe(`10 000-character texts (${variant}) at 320 px`, () => {
      it('<delivery-status-card>', async () => {
        const payload = withLongTexts(clone(activityFixtures.orderTracker.payload), text) as Obj;
        (payload.trackingHistoryItems as Obj[])[0]!.status = text;
        expect(parseActivity({ type: 'orderTracker', payload }).ok).to.equal(true);
        const card = await deliveryCardAt320(payload);
        expect(card.shadowRoot!.querySelector('[part~="error"]') === null, 'no error state').to.equal(true);
        card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="history-toggle"]')?.click();
        await card.updateComplete;
        expect(horizontalOverflow(card)).to.deep.equal([]);
      });

      it('<return-overdue> with a 10 000-character markdown infoText', async () => {
        const payload = withLongTexts(clone(activityFixtures.returnOverdue.payload), text) as Obj;
        const info =
          variant === 'prose'
            ? `**${text.slice(0, 2000)}** [${text.slice(0, 300)}](https://help.example/x)\n\n- ${text.slice(0, 3000)}\n\n${text}`.slice(
                0,
                10_000,
              )
            : text;
        payload.infoText = info;
        expect(parseActivity({ type: 'returnOverdue', payload }).ok).to.equal(true);
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 320px"><return-overdue locale="en-GB" .payload=${payload}></return-overdue></div>`,
        );
        const card = wrapper.querySelector('return-overdue') as ReturnOverdue;
        await card.updateComplete;
        await lexMarkdown(info);
        await aTimeout(0);
        await card.updateComplete;
        const shownInfo = card.shadowRoot!.querySelector('[part~="info"]');
        expect(shownInfo !== null, 'info').to.equal(true);
        expect(shownInfo!.textContent!.replace(/\s/g, '').length).to.be.at.least(5000);
        expect(card.shadowRoot!.querySelector('[part~="error"]') === null, 'no error state').to.equal(true);
        expect(horizontalOverflow(card)).to.deep.equal([]);
      });

      for (const [stepType, fixtureStep] of Object.entries(stepFixtures)) {
        it(`<returns-portal> ${stepType}`, async () => {
          const answer = withLongTexts(fixtureStep, text);
          const parsed = parseStep(answer);
          expect(parsed.ok ? [] : parsed.issues).to.deep.equal([]);
          const { portal, shown, fatal } = await portalShowing(answer, stepType);
          expect(shown).to.equal(true);
          expect(fatal.length).to.equal(0);
          expect(horizontalOverflow(portal)).to.deep.equal([]);
        });
      }
    });
  }
});
