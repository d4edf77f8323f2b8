/**
 * Layout in a phone's chat panel (WCAG 1.4.4 Resize text, 1.4.10 Reflow) and reduced motion
 * (WCAG 2.3.3). At 320 CSS px wide, at 100 % and at 200 % text size (the root font size: the
 * elements size everything in rem/em), every visually distinct state of every element must fit:
 *
 * - the host (for the popup: its dialog) does not scroll sideways and stays inside the viewport;
 * - the portal's step body does not scroll sideways;
 * - no element inside scrolls sideways (a horizontal scroller is overflow too);
 * - no text node's box reaches beyond the host's box (text cut off or spilling out).
 *
 * Assertions compare strings and numbers only.
 */
import { aTimeout, elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DeliveryStatusCard } from '../../src/delivery-status-card.js';
import type { ReturnsPortal } from '../../src/returns-portal.js';
import type { ReturnErrorPopup } from '../../src/return-error-popup.js';
import { activityFixtures, clone, stepFixtures } from '../protocol/fixtures.js';
import { FakeFlow } from '../support/fake-flow.js';
import { choose, confirmButton, pick, root, scopeOf } from '../support/portal-driver.js';

const WIDTH = 320;
const textSizes = ['100%', '200%'] as const;

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function label(el: Element): string {
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  return `${el.localName}${el.id ? `#${el.id}` : ''}${cls}`;
}

/** Every element and text node below `node`, into nested open shadow roots. */
function* walk(node: Node): Generator<Node> {
  for (const child of (node as Element).shadowRoot?.childNodes ?? []) {
    yield child;
    yield* walk(child);
  }
  for (const child of node.childNodes) {
    yield child;
    yield* walk(child);
  }
}

/** Visually hidden on purpose (screen-reader text): clipped to 1 px, it cannot overflow. */
const srOnly = (el: Element | null) => !!el?.closest('.visually-hidden');

/** The problems of `host` (or of `box`, the element that draws it) at the current size. */
function overflowProblems(host: Element, box: Element = host): string[] {
  const problems: string[] = [];
  const hostRect = box.getBoundingClientRect();
  if (hostRect.left < -1 || hostRect.right > WIDTH + 1) {
    problems.push(
      `${label(box)} spans ${Math.round(hostRect.left)}–${Math.round(hostRect.right)} px in a ${WIDTH} px viewport`,
    );
  }
  if (box.scrollWidth > box.clientWidth + 1) {
    problems.push(`${label(box)} scrolls sideways: scrollWidth ${box.scrollWidth} > clientWidth ${box.clientWidth}`);
  }
  const seen = new Set<string>();
  for (const node of walk(host)) {
    if (node instanceof Element) {
      if (srOnly(node) || node.closest('dialog:not([open])')) continue;
      const style = getComputedStyle(node);
      const scroller = ['auto', 'scroll'].includes(style.overflowX) || node.matches('[part~="step"]');
      if (scroller && node.scrollWidth > node.clientWidth + 1) {
        problems.push(
          `${label(node)} scrolls sideways: scrollWidth ${node.scrollWidth} > clientWidth ${node.clientWidth}`,
        );
      }
    } else if (node.nodeType === Node.TEXT_NODE && squash(node.textContent)) {
      const parent = node.parentElement;
      if (srOnly(parent) || parent?.closest('dialog:not([open])')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        if (rect.left < hostRect.left - 1 || rect.right > hostRect.right + 1) {
          const text = squash(node.textContent).slice(0, 40);
          const problem =
            `"${text}" in ${label(parent!)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px, ` +
            `outside ${label(box)} (${Math.round(hostRect.left)}–${Math.round(hostRect.right)} px)`;
          if (!seen.has(problem)) problems.push(problem);
          seen.add(problem);
          break;
        }
      }
    }
  }
  return problems;
}

/** A panel like a phone's chat: the viewport's width, a fixed height the portal fills. */
const panel = (content: unknown) =>
  html`<div style="inline-size: 100%; block-size: 600px; display: grid;">${content}</div>`;

async function cardWithEverything(): Promise<DeliveryStatusCard> {
  const payload = clone(activityFixtures.orderTracker.payload);
  payload.trackingHistoryItems!.push(
    { date: '2025-03-09T12:00:00', status: 'Ready for Shipment', description: 'Packed and labelled at the warehouse.' },
    { date: '2025-03-08T10:15:00', status: 'Custom event', description: 'Label printed.' },
  );
  const wrapper = await fixture<HTMLElement>(
    panel(html`<delivery-status-card locale="en-GB" .payload=${payload}></delivery-status-card>`),
  );
  const card = wrapper.querySelector<DeliveryStatusCard>('delivery-status-card')!;
  await card.updateComplete;
  return card;
}

async function portalOn(first: unknown) {
  // No draft from an earlier portal for the same order (D20 keeps one in sessionStorage).
  sessionStorage.clear();
  const flow = new FakeFlow();
  const wrapper = await fixture<HTMLElement>(
    panel(
      html`<returns-portal
        locale="en-GB"
        .flowClient=${flow}
        .now=${() => new Date('2025-03-12T10:00:00Z')}
      ></returns-portal>`,
    ),
  );
  const portal = wrapper.querySelector<ReturnsPortal>('returns-portal')!;
  const started = portal.start(clone(activityFixtures.initialise_return));
  await elementUpdated(portal);
  if (first === undefined) return { portal, flow };
  const shown = oneEvent(portal, 'returns-step');
  (await flow.next(1)).answer(first);
  await shown;
  expect(await started).to.be.true;
  return { portal, flow };
}

const portalProblems = (portal: ReturnsPortal) =>
  overflowProblems(portal, root(portal).querySelector('[part~="base"]')!);

/** Each visually distinct state: a name and how to get there; returns the problems found. */
const states: Record<string, () => Promise<string[]>> = {
  'delivery card, every field, history expanded, proof of delivery open': async () => {
    const card = await cardWithEverything();
    const problems = overflowProblems(card);
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="history-toggle"]')!.click();
    await card.updateComplete;
    problems.push(...overflowProblems(card).map((p) => `expanded: ${p}`));
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="return-button"]')!.click();
    await card.updateComplete;
    problems.push(...overflowProblems(card).map((p) => `return pending: ${p}`));
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="proof-button"]')!.click();
    const dialog = card.shadowRoot!.querySelector('dialog')!;
    problems.push(...overflowProblems(dialog).map((p) => `proof dialog: ${p}`));
    dialog.close();
    return problems;
  },
  'return overdue card, every field': async () => {
    const wrapper = await fixture<HTMLElement>(
      panel(
        html`<return-overdue
          locale="en-GB"
          .payload=${clone(activityFixtures.returnOverdue.payload)}
        ></return-overdue>`,
      ),
    );
    const card = wrapper.querySelector('return-overdue')!;
    const start = performance.now();
    while (!card.shadowRoot!.querySelector('strong') && performance.now() - start < 5000) await aTimeout(20);
    return overflowProblems(card);
  },
  'error popup, open': async () => {
    const popup = await fixture<ReturnErrorPopup>(html`<return-error-popup locale="en-GB"></return-error-popup>`);
    await popup.show(activityFixtures.initialise_return_error.message);
    const problems = overflowProblems(popup, popup.shadowRoot!.querySelector('dialog')!);
    await popup.hide();
    return problems;
  },
  'portal, loading': async () => {
    const { portal } = await portalOn(undefined);
    return portalProblems(portal);
  },
  'portal, product_selection, everything expanded and every error shown': async () => {
    const { portal } = await portalOn(clone(stepFixtures.product_selection));
    const problems = portalProblems(portal);
    const shoes = scopeOf(portal, 'Trail Runner 2');
    await pick(portal, shoes, 'Trail Runner 2');
    await choose(portal, shoes, 'Reason for return', 'Faulty or damaged');
    await choose(portal, shoes, 'Specific reason', 'Sole coming apart');
    await pick(portal, scopeOf(portal, 'Everyday Support Bra'), 'Everyday Support Bra');
    await pick(portal, scopeOf(portal, 'Personalised Leather Belt'), 'Personalised Leather Belt').catch(() => {});
    confirmButton(portal).click(); // incomplete: every problem is shown
    await elementUpdated(portal);
    // Cards off screen are not laid out (content-visibility: auto): measure each in view.
    for (const card of root(portal).querySelectorAll('.card')) {
      card.scrollIntoView({ block: 'start' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      problems.push(...portalProblems(portal).map((p) => `filled in: ${p}`));
    }
    return [...new Set(problems)];
  },
  'portal, return_options, replacement chosen': async () => {
    const { portal } = await portalOn(clone(stepFixtures.return_options));
    const problems = portalProblems(portal);
    await pick(portal, scopeOf(portal, 'Trail Runner 2', 'fieldset'), 'Replacement');
    problems.push(...portalProblems(portal).map((p) => `replacement: ${p}`));
    return problems;
  },
  'portal, important_information': async () => {
    const { portal } = await portalOn(clone(stepFixtures.important_information));
    return portalProblems(portal);
  },
  'portal, shipping_information': async () => {
    const { portal } = await portalOn(clone(stepFixtures.shipping_information));
    return portalProblems(portal);
  },
  'portal, return_details': async () => {
    const { portal } = await portalOn(clone(stepFixtures.return_details));
    return portalProblems(portal);
  },
  'portal, drop_off_locations': async () => {
    const { portal } = await portalOn(clone(stepFixtures.drop_off_locations));
    return portalProblems(portal);
  },
  'portal, cancel_return': async () => {
    const { portal } = await portalOn(clone(stepFixtures.cancel_return));
    return portalProblems(portal);
  },
  'portal, an error in the step header': async () => {
    const { portal, flow } = await portalOn(clone(stepFixtures.important_information));
    await pick(portal, root(portal), 'I confirm the items are unworn');
    confirmButton(portal).click();
    (await flow.next(2)).fail(new Error('offline'));
    const start = performance.now();
    while (!root(portal).querySelector('[part~="error"]') && performance.now() - start < 3000) await aTimeout(10);
    expect(squash(root(portal).querySelector('[part~="error"]')?.textContent)).to.contain('Try again');
    return portalProblems(portal);
  },
};

describe('layout at 320 px', function () {
  this.timeout(20_000);

  before(async () => {
    await setViewport({ width: WIDTH, height: 640 });
  });

  after(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const size of textSizes) {
    describe(`text at ${size}`, () => {
      before(() => {
        document.documentElement.style.fontSize = size;
      });

      for (const [name, run] of Object.entries(states)) {
        it(`${name}: nothing overflows`, async () => {
          expect(window.innerWidth).to.equal(WIDTH);
          expect(await run()).to.deep.equal([]);
        });
      }
    });
  }

  it('the control: 200 % text makes the elements larger (they follow the root font size)', async () => {
    document.documentElement.style.fontSize = '100%';
    const card = await cardWithEverything();
    const normal = card.getBoundingClientRect().height;
    document.documentElement.style.fontSize = '200%';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(card.getBoundingClientRect().height / normal).to.be.greaterThan(1.5);
  });

  it('the control: a host that is too narrow is reported', async () => {
    document.documentElement.style.fontSize = '100%';
    const card = await cardWithEverything();
    card.style.inlineSize = '480px';
    expect(overflowProblems(card).length).to.be.greaterThan(0);
  });
});

describe('prefers-reduced-motion', function () {
  this.timeout(20_000);

  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  /** The durations of the animations running inside the popup's dialog (its backdrop included). */
  async function popupDurations(): Promise<{ open: number[]; close: number[] }> {
    const popup = await fixture<ReturnErrorPopup>(html`<return-error-popup locale="en-GB"></return-error-popup>`);
    const dialog = popup.shadowRoot!.querySelector('dialog')!;
    const durations = () =>
      dialog.getAnimations({ subtree: true }).map((a) => Number(a.effect!.getComputedTiming().duration));
    void popup.show('Sorry');
    await elementUpdated(popup);
    const open = durations();
    await popup.show();
    const closing = popup.hide();
    await elementUpdated(popup);
    const close = durations();
    await closing;
    return { open, close };
  }

  /** The spinner animations of a loading portal: `name duration iterations`. */
  async function spinner(): Promise<string[]> {
    const { portal } = await portalOn(undefined);
    const el = root(portal).querySelector('.spinner')!;
    return el.getAnimations().map((a) => {
      const timing = a.effect!.getComputedTiming();
      return `${(a as CSSAnimation).animationName} ${String(timing.duration)} ${String(timing.iterations)}`;
    });
  }

  it('without the preference the popup animates in and out (160 ms)', async () => {
    const { open, close } = await popupDurations();
    expect(open).to.deep.equal([160, 160]);
    expect(close).to.deep.equal([160, 160]);
  });

  it('with reduce the popup opens and closes without animation', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
    const { open, close } = await popupDurations();
    expect(open.filter((d) => d > 0)).to.deep.equal([]);
    expect(close.filter((d) => d > 0)).to.deep.equal([]);
  });

  it('without the preference the loading spinner turns every 0.9 s', async () => {
    expect(await spinner()).to.deep.equal(['spin 900 Infinity']);
  });

  it('with reduce the loading spinner stops (the "Loading…" text says it)', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(await spinner()).to.deep.equal([]);
  });

  it('with reduce the delivery card and the portal run no other animation', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const card = await cardWithEverything();
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="proof-button"]')!.click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const running = card.shadowRoot!.getAnimations().filter((a) => Number(a.effect!.getComputedTiming().duration) > 0);
    expect(
      running.map((a) => (a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty),
    ).to.deep.equal([]);
    card.shadowRoot!.querySelector('dialog')!.close();
    const { portal } = await portalOn(clone(stepFixtures.product_selection));
    await pick(portal, scopeOf(portal, 'Trail Runner 2'), 'Trail Runner 2');
    const moving = root(portal)
      .getAnimations()
      .filter((a) => Number(a.effect!.getComputedTiming().duration) > 0);
    expect(moving.length).to.equal(0);
  });
});
