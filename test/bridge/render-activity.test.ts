import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { renderActivity } from '../../src/bridge/render-activity.js';
import { DeliveryStatusCard, ReturnErrorPopup, ReturnOverdue, ReturnsPortal } from '../../src/index.js';
import {
  clone,
  deliveryStatusActivity,
  initialiseReturnActivity,
  initialiseReturnErrorActivity,
  orderTrackerActivity,
  returnOverdueActivity,
  stepFixtures,
} from '../protocol/fixtures.js';
import { FakeFlow } from '../support/fake-flow.js';

async function mount(element: HTMLElement) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(element);
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return host;
}

describe('renderActivity', () => {
  // The portal keeps drafts per order in sessionStorage (D20): every test starts without one.
  beforeEach(() => sessionStorage.clear());

  it('renders both tracker spellings as a filled delivery status card', async () => {
    for (const activity of [orderTrackerActivity, deliveryStatusActivity]) {
      const card = renderActivity(clone(activity), { locale: 'de-DE' });
      expect(card).to.be.instanceOf(DeliveryStatusCard);
      await mount(card!);
      expect(card!.locale).to.equal('de-DE');
      expect(card!.shadowRoot!.textContent).to.contain('Royal Mail');
    }
  });

  it('renders returnOverdue as <return-overdue>', async () => {
    const card = renderActivity(clone(returnOverdueActivity), { strings: { orderTotal: 'Sum' } });
    expect(card).to.be.instanceOf(ReturnOverdue);
    await mount(card!);
    expect(card!.shadowRoot!.textContent).to.contain('Sum');
  });

  it('starts a portal for initialise_return once it is connected, with the given client', async () => {
    const flow = new FakeFlow();
    const portal = renderActivity(clone(initialiseReturnActivity), { flowClient: flow }) as ReturnsPortal;
    expect(portal).to.be.instanceOf(ReturnsPortal);
    expect(flow.requests).to.have.length(0);
    const shown = oneEvent(portal, 'returns-step');
    await mount(portal);
    (await flow.next(1)).answer(clone(stepFixtures.product_selection));
    expect((await shown).detail.stepType).to.equal('product_selection');
  });

  it('opens an error popup for initialise_return_error', async () => {
    const popup = renderActivity(clone(initialiseReturnErrorActivity)) as ReturnErrorPopup;
    expect(popup).to.be.instanceOf(ReturnErrorPopup);
    expect(popup.message).to.equal(initialiseReturnErrorActivity.message);
    await mount(popup);
    await waitUntil(() => popup.shadowRoot!.querySelector('dialog')!.open);
    await popup.hide();
  });

  it('an invalid card activity gives the card in its error state and protocol-error on connect', async () => {
    const bad = clone(orderTrackerActivity) as { payload: Record<string, unknown> };
    delete bad.payload.carrier;
    const card = renderActivity(bad)!;
    const event = oneEvent(card, 'protocol-error');
    await mount(card);
    const { detail } = await event;
    expect(detail.issues.map((issue: { path: string }) => issue.path)).to.include('payload.carrier');
    expect(card.shadowRoot!.querySelector('[part~="error"]')).to.exist;
  });

  it('an invalid initialise_return_error gives the popup with the generic message and protocol-error', async () => {
    const popup = renderActivity({ type: 'initialise_return_error', message: '' }) as ReturnErrorPopup;
    const event = oneEvent(popup, 'protocol-error');
    await mount(popup);
    expect((await event).detail.issues[0].path).to.equal('message');
    expect(popup.shadowRoot!.querySelector('p')!.textContent).to.equal('Something went wrong. Please try again.');
    await popup.hide();
  });

  it('returns null for a missing or unknown type, without an event', () => {
    expect(renderActivity({ type: 'carousel' })).to.equal(null);
    expect(renderActivity({})).to.equal(null);
    expect(renderActivity(null)).to.equal(null);
    expect(renderActivity('orderTracker')).to.equal(null);
  });

  it('replay gives null for the portal and the popup, and still renders cards', () => {
    expect(renderActivity(clone(initialiseReturnActivity), { replay: true })).to.equal(null);
    expect(renderActivity(clone(initialiseReturnErrorActivity), { replay: true })).to.equal(null);
    expect(renderActivity(clone(returnOverdueActivity), { replay: true })).to.be.instanceOf(ReturnOverdue);
  });
});
