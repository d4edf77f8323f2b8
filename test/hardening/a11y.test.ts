/**
 * axe in every visually distinct state of every element, light and dark (hardening issue).
 * Dark is the page's `color-scheme: dark`, which the tokens follow through `light-dark()`.
 */
import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { DeliveryStatusCard, ReturnErrorPopup, ReturnOverdue, ReturnsPortal } from '../../src/index.js';
import {
  clone,
  initialiseReturnActivity,
  orderTrackerActivity,
  returnOverdueActivity,
  stepFixtures,
} from '../protocol/fixtures.js';
import { FakeFlow } from '../support/fake-flow.js';
import { confirmButton } from '../support/portal-driver.js';

type Scheme = 'light' | 'dark';
const schemes: Scheme[] = ['light', 'dark'];

function useScheme(scheme: Scheme) {
  document.documentElement.style.colorScheme = scheme;
}

afterEach(() => {
  document.documentElement.style.colorScheme = '';
  sessionStorage.clear();
});

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

async function card(payload: unknown) {
  return fixture<DeliveryStatusCard>(
    html`<delivery-status-card locale="en-GB" .payload=${payload}></delivery-status-card>`,
  );
}

const trackerStates: Record<string, () => Promise<Element>> = {
  'all fields': () => card(clone(orderTrackerActivity).payload),
  'required fields only': () =>
    card({ status: 'Delivered', carrier: 'DPD', shippingMethod: 'Express', lastUpdatedDate: '2025-03-11' }),
  'a problem status': () => card({ ...clone(orderTrackerActivity).payload, status: 'lost' }),
  'an unknown status': () => card({ ...clone(orderTrackerActivity).payload, status: 'With the neighbour' }),
  returnable: () => card({ ...clone(orderTrackerActivity).payload, status: 'delivered', isReturnable: true }),
  'Return pending': async () => {
    const el = await card({ ...clone(orderTrackerActivity).payload, status: 'delivered', isReturnable: true });
    part(el, 'return-button').click();
    await elementUpdated(el);
    return el;
  },
  'history expanded': async () => {
    const el = await card(clone(orderTrackerActivity).payload);
    part(el, 'history-toggle')?.click();
    await elementUpdated(el);
    return el;
  },
  'proof of delivery open': async () => {
    const el = await card(clone(orderTrackerActivity).payload);
    part(el, 'proof-button').click();
    await elementUpdated(el);
    await aTimeout(200);
    return el;
  },
  'invalid payload': () => card({ status: 'delivered' }),
};

const overdueStates: Record<string, () => Promise<Element>> = {
  'all fields': async () => {
    const el = await fixture<ReturnOverdue>(
      html`<return-overdue locale="en-GB" .payload=${clone(returnOverdueActivity).payload}></return-overdue>`,
    );
    await aTimeout(50); // the lazy markdown
    return el;
  },
  'invalid payload': () => fixture(html`<return-overdue payload="{not json"></return-overdue>`),
};

async function portalOn(type: keyof typeof stepFixtures) {
  const flow = new FakeFlow();
  const portal = await fixture<ReturnsPortal>(
    html`<returns-portal locale="en-GB" ephemeral .flowClient=${flow} style="block-size: 40rem"></returns-portal>`,
  );
  portal.now = () => new Date('2025-03-17T10:00:00Z');
  const activity = clone(initialiseReturnActivity);
  activity.inputs.step_type = type;
  const shown = oneEvent(portal, 'returns-step');
  void portal.start(activity);
  (await flow.next(1)).answer(clone(stepFixtures[type]));
  await shown;
  return { portal, flow };
}

const portalStates: Record<string, () => Promise<Element>> = {
  loading: async () => {
    const portal = await fixture<ReturnsPortal>(
      html`<returns-portal locale="en-GB" ephemeral .flowClient=${new FakeFlow()}></returns-portal>`,
    );
    void portal.start(clone(initialiseReturnActivity));
    await elementUpdated(portal);
    return portal;
  },
  ...Object.fromEntries(
    (Object.keys(stepFixtures) as (keyof typeof stepFixtures)[]).map((type) => [
      `step ${type}`,
      async () => (await portalOn(type)).portal,
    ]),
  ),
  'confirm not ready, problems shown': async () => {
    const { portal } = await portalOn('product_selection');
    confirmButton(portal).click();
    await elementUpdated(portal);
    return portal;
  },
  'an error with Retry': async () => {
    const { portal, flow } = await portalOn('return_details');
    const failed = oneEvent(portal, 'returns-error');
    [...portal.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('How to send'))!.click();
    flow.last.fail();
    await failed;
    await elementUpdated(portal);
    return portal;
  },
  'a flow error message': async () => {
    const { portal, flow } = await portalOn('return_details');
    const failed = oneEvent(portal, 'returns-error');
    [...portal.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('How to send'))!.click();
    flow.last.answer({ type: 'error', message: 'Shipping information is not available yet.' });
    await failed;
    await elementUpdated(portal);
    return portal;
  },
  'a failed start (popup)': async () => {
    const flow = new FakeFlow();
    const portal = await fixture<ReturnsPortal>(
      html`<returns-portal locale="en-GB" ephemeral .flowClient=${flow}></returns-portal>`,
    );
    void portal.start(clone(initialiseReturnActivity));
    (await flow.next(1)).answer({ type: 'error', message: 'This order cannot be returned online.' });
    const popupOf = () => portal.shadowRoot!.querySelector<ReturnErrorPopup>('return-error-popup');
    await waitUntil(() => popupOf()?.shadowRoot?.querySelector('dialog')?.open);
    const popup = popupOf()!;
    await Promise.all(
      popup
        .shadowRoot!.querySelector('dialog')!
        .getAnimations({ subtree: true })
        .map((a) => a.finished),
    );
    return portal;
  },
};

const popupStates: Record<string, () => Promise<Element>> = {
  open: async () => {
    const popup = await fixture<ReturnErrorPopup>(html`<return-error-popup locale="en-GB"></return-error-popup>`);
    await popup.show('We could not find order NW-999999.');
    return popup;
  },
};

const elements = {
  'delivery-status-card': trackerStates,
  'return-overdue': overdueStates,
  'returns-portal': portalStates,
  'return-error-popup': popupStates,
};

describe('hardening: axe in every state, light and dark', () => {
  for (const [tag, states] of Object.entries(elements)) {
    describe(tag, () => {
      for (const [state, make] of Object.entries(states)) {
        for (const scheme of schemes) {
          it(`${state} (${scheme})`, async () => {
            useScheme(scheme);
            const el = await make();
            await expect(el).to.be.accessible();
          });
        }
      }
    });
  }
});
