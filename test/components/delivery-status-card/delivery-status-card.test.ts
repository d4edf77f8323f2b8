import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { DeliveryStatusCard } from '../../../src/delivery-status-card.js';
import { defineElement } from '../../../src/internal/define.js';
import type { ChatEventEvent, ProtocolErrorEvent } from '../../../src/events/index.js';
import { clone, orderTrackerActivity } from '../../protocol/fixtures.js';

/** A wire payload as a flow would send it (before validation). */
type WirePayload = Record<string, unknown>;

/** A 1 × 1 PNG: images load without the network. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** The fixture's complete payload (every optional field), with local images. */
function fullPayload(overrides: WirePayload = {}): WirePayload {
  const payload = clone(orderTrackerActivity.payload) as unknown as WirePayload;
  payload.productImages = [PIXEL, PIXEL, PIXEL];
  payload.proofOfDelivery = { image: PIXEL };
  return { ...payload, ...overrides };
}

/** Only the required fields. */
function minimalPayload(overrides: WirePayload = {}): WirePayload {
  return {
    status: 'in_transit',
    carrier: 'Royal Mail',
    shippingMethod: 'Standard',
    lastUpdatedDate: '2025-03-10T01:20:00',
    ...overrides,
  };
}

async function card(payload: unknown, attrs: { locale?: string; dir?: string } = {}): Promise<DeliveryStatusCard> {
  const el = await fixture<DeliveryStatusCard>(
    html`<delivery-status-card .payload=${payload} locale=${attrs.locale ?? 'en-GB'}></delivery-status-card>`,
  );
  if (attrs.dir) {
    el.setAttribute('dir', attrs.dir);
    await elementUpdated(el);
  }
  return el;
}

/** Renders inside a wrapper that records every `protocol-error` (they fire during the first update). */
async function cardWithErrors(
  template: (wrapperListener: (event: Event) => void) => ReturnType<typeof html>,
): Promise<{ el: DeliveryStatusCard; errors: ProtocolErrorEvent[] }> {
  const errors: ProtocolErrorEvent[] = [];
  const wrapper = await fixture<HTMLDivElement>(template((event) => errors.push(event as ProtocolErrorEvent)));
  const el = wrapper.querySelector('delivery-status-card')!;
  await elementUpdated(el);
  return { el, errors };
}

const root = (el: DeliveryStatusCard) => el.shadowRoot!;
const part = (el: DeliveryStatusCard, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: DeliveryStatusCard, name: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
/** Visible-ish text with white space (including narrow no-break spaces) collapsed. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const currentStage = (el: DeliveryStatusCard) => root(el).querySelector('[part~="stages"] [aria-current="step"]');
const returnButton = (el: DeliveryStatusCard) => part(el, 'return-button') as HTMLButtonElement;

describe('<delivery-status-card>', () => {
  it('renders the status, the details and the Return button of a complete payload', async () => {
    const el = await card(fullPayload());
    expect(el).to.be.instanceOf(DeliveryStatusCard);
    expect(part(el, 'base')!.tagName).to.equal('ARTICLE');
    expect(text(part(el, 'status'))).to.equal('In transit');
    expect(text(part(el, 'details'))).to.contain('Royal Mail');
    expect(text(returnButton(el))).to.equal('Start a return');
  });

  it('renders nothing and reports nothing without a payload', async () => {
    const { el, errors } = await cardWithErrors(
      (listener) => html`<div @protocol-error=${listener}><delivery-status-card></delivery-status-card></div>`,
    );
    expect(root(el).children.length).to.equal(0);
    expect(errors).to.have.length(0);
  });

  describe('optional fields', () => {
    it('shows every optional field when present', async () => {
      const el = await card(fullPayload());
      expect(text(part(el, 'order-number'))).to.equal('Order NW-100245');
      expect(text(part(el, 'shipment'))).to.equal('Shipment 1 of 2');
      expect(text(part(el, 'details'))).to.contain('Standard · 3-5 business days');
      expect(text(part(el, 'details'))).to.contain('Expected delivery');
      expect(text(part(el, 'tracking-number'))).to.equal('RM123456785GB');
      const link = part(el, 'tracking-link') as HTMLAnchorElement;
      expect(link.href).to.equal(orderTrackerActivity.payload.trackingLink);
      expect(link.target).to.equal('_blank');
      expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      expect(text(link)).to.contain('(opens in a new tab)');
      expect(part(el, 'copy-button')).to.exist;
      expect(part(el, 'history')).to.exist;
      expect(part(el, 'proof-button')).to.exist;
      expect(part(el, 'product-images')).to.exist;
      expect(text(part(el, 'return-deadline'))).to.equal('Return by 9 Apr 2025');
      expect(returnButton(el).getAttribute('aria-describedby')).to.equal(part(el, 'return-deadline')!.id);
    });

    it('leaves out every optional part when absent', async () => {
      const el = await card(minimalPayload());
      for (const name of [
        'order-number',
        'shipment',
        'tracking',
        'copy-button',
        'history',
        'proof',
        'product-images',
        'return',
        'return-button',
      ]) {
        expect(part(el, name), name).to.equal(null);
      }
      expect(text(part(el, 'details'))).not.to.contain('Expected delivery');
      expect(text(part(el, 'details'))).not.to.contain('business days');
      expect(text(part(el, 'details'))).to.contain('Standard');
    });

    it('shows the Return button only when isReturnable is true, with the built-in label by default', async () => {
      const el = await card(minimalPayload({ isReturnable: false, returnDeadlineDate: '2025-04-09' }));
      expect(part(el, 'return-button')).to.equal(null);
      expect(text(part(el, 'base'))).not.to.contain('Return by');
      el.payload = minimalPayload({ isReturnable: true });
      await elementUpdated(el);
      expect(text(returnButton(el))).to.equal('Return');
      expect(part(el, 'return-deadline')).to.equal(null);
      expect(returnButton(el).hasAttribute('aria-describedby')).to.be.false;
    });

    it('leaves out blank texts and keeps the days range without a method', async () => {
      const el = await card(minimalPayload({ carrier: ' ', shippingMethod: '', shippingMethodDaysRange: '2-4' }));
      const terms = [...part(el, 'details')!.querySelectorAll('dt')].map((dt) => text(dt));
      expect(terms).to.deep.equal(['Shipping', 'Last updated']);
      expect(text(part(el, 'details')!.querySelector('dd'))).to.equal('2-4 business days');
      const none = await card(minimalPayload({ shippingMethod: '' }));
      expect([...part(none, 'details')!.querySelectorAll('dt')].map((dt) => text(dt))).to.deep.equal([
        'Carrier',
        'Last updated',
      ]);
    });

    it('isolates flow text and values inside translated strings', async () => {
      const el = await card(fullPayload({ carrier: 'شركة البريد' }), { locale: 'ar' });
      expect(text(part(el, 'order-number')!.querySelector('bdi'))).to.equal('NW-100245');
      expect(text(part(el, 'details')!.querySelector('dd bdi'))).to.equal('شركة البريد');
      expect(part(el, 'tracking-number')!.getAttribute('dir')).to.equal('ltr');
      el.strings = { returnBy: 'Return soon', shippingMethodWithRange: '{range} ({method})' };
      await elementUpdated(el);
      expect(text(part(el, 'return-deadline'))).to.equal('Return soon');
      expect(text(part(el, 'details'))).to.contain('3-5 business days (Standard)');
    });

    it('makes the tracking link a "Track parcel" link when there is no tracking number', async () => {
      const el = await card(minimalPayload({ trackingLink: 'https://track.example/x' }));
      const link = part(el, 'tracking-link') as HTMLAnchorElement;
      expect(text(link)).to.equal('Track parcel (opens in a new tab)');
      expect(part(el, 'copy-button')).to.equal(null);
    });

    it('shows the tracking number as text, with a copy button, when there is no link', async () => {
      const el = await card(minimalPayload({ trackingNumber: 'AB123' }));
      expect(text(part(el, 'tracking-number'))).to.equal('AB123');
      expect(part(el, 'tracking-link')).to.equal(null);
      expect(part(el, 'copy-button')).to.exist;
    });

    it('shows "Shipment n of m" only for a split order', async () => {
      const single = await card(minimalPayload({ shipmentNumber: 1, totalShipments: 1 }));
      expect(part(single, 'shipment')).to.equal(null);
      const onlyTotal = await card(minimalPayload({ totalShipments: 3 }));
      expect(part(onlyTotal, 'shipment')).to.equal(null);
      const second = await card(minimalPayload({ shipmentNumber: 2, totalShipments: 3 }));
      expect(text(part(second, 'shipment'))).to.equal('Shipment 2 of 3');
    });

    it('labels the card with its status and order number, and describes it with the product names', async () => {
      const el = await card(fullPayload());
      const base = part(el, 'base')!;
      const label = base
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => text(root(el).getElementById(id)))
        .join(' ');
      expect(label).to.equal('Delivery status Order NW-100245 In transit');
      const description = text(root(el).getElementById(base.getAttribute('aria-describedby')!));
      expect(description).to.equal(
        'Items: Trail Runner 2 — Navy, Merino Hiking Socks (3 pack) and Packable Rain Jacket',
      );
    });
  });

  describe('status and stages', () => {
    const stageOf: [string, string][] = [
      ['processing', 'Ordered'],
      ['Ready for Shipment', 'Ordered'],
      ['in_transit', 'On its way'],
      ['In Transit', 'On its way'],
      ['Out for Delivery', 'On its way'],
      ['Ready for Pickup', 'Ready for pickup'],
      ['delivered', 'Delivered'],
      ['Delivered', 'Delivered'],
      ['damaged', 'Problem'],
      ['lost', 'Problem'],
      ['Problem with Delivery', 'Problem'],
      ['Returning to Sender', 'Returning to sender'],
      ['return_submitted', 'Return submitted'],
      ['Label Created', 'Return submitted'],
      ['return_processing', 'Return processing'],
      ['return_received', 'Return received'],
      ['Return Received', 'Return received'],
    ];
    for (const [status, stage] of stageOf) {
      it(`shows "${status}" at the stage "${stage}"`, async () => {
        const el = await card(minimalPayload({ status }));
        expect(text(currentStage(el)).startsWith(stage), text(currentStage(el))).to.be.true;
        expect(root(el).querySelectorAll('[aria-current]')).to.have.length(1);
      });
    }

    it('reads in_transit and In Transit the same way', async () => {
      const a = await card(minimalPayload({ status: 'in_transit' }));
      const b = await card(minimalPayload({ status: 'In Transit' }));
      expect(text(part(a, 'status'))).to.equal(text(part(b, 'status')));
      expect(text(part(a, 'stages'))).to.equal(text(part(b, 'stages')));
      expect(text(currentStage(a))).to.equal('On its way');
    });

    it('marks the stages before the current one as completed, for screen readers too', async () => {
      const el = await card(minimalPayload({ status: 'delivered' }));
      const stages = parts(el, 'stage');
      expect(stages.map((li) => text(li))).to.deep.equal([
        'Ordered (completed)',
        'On its way (completed)',
        'Delivered',
      ]);
      expect(stages[2]!.getAttribute('aria-current')).to.equal('step');
      expect(part(el, 'stages')!.tagName).to.equal('OL');
      expect(part(el, 'stages')!.getAttribute('aria-label')).to.equal('Progress');
    });

    it('shows the return stages for a return status', async () => {
      const el = await card(minimalPayload({ status: 'return_processing' }));
      expect(parts(el, 'stage').map((li) => text(li))).to.deep.equal([
        'Return submitted (completed)',
        'Return processing',
        'Return received',
      ]);
    });

    it('shows a problem with an icon and its own words, not only a colour', async () => {
      const lost = await card(minimalPayload({ status: 'lost' }));
      const damaged = await card(minimalPayload({ status: 'damaged' }));
      expect(text(part(lost, 'status'))).to.equal('Lost');
      expect(text(part(damaged, 'status'))).to.equal('Damaged');
      expect(part(lost, 'status')!.querySelector('svg')).to.exist;
      const plain = await card(minimalPayload({ status: 'in_transit' }));
      expect(part(lost, 'status')!.className).not.to.equal(part(plain, 'status')!.className);
      const iconColour = (el: DeliveryStatusCard) => getComputedStyle(part(el, 'status')!.querySelector('svg')!).color;
      expect(iconColour(lost)).not.to.equal(iconColour(plain));
      expect(text(currentStage(lost))).to.equal('Problem');
    });

    it('shows an unknown status as given, with no stage', async () => {
      const el = await card(minimalPayload({ status: '  Held at customs ' }));
      expect(text(part(el, 'status'))).to.equal('Held at customs');
      expect(part(el, 'stages')).to.equal(null);
      expect(root(el).querySelector('[aria-current]')).to.equal(null);
    });

    it('uses string overrides for known statuses', async () => {
      const el = await card(minimalPayload({ status: 'Out for Delivery' }));
      el.strings = { statusOutForDelivery: 'With the driver' };
      await elementUpdated(el);
      expect(text(part(el, 'status'))).to.equal('With the driver');
    });
  });

  describe('dates and numbers in the locale', () => {
    const cases = [
      { locale: 'en-GB', updated: '10 Mar 2025, 01:20', expected: '12 Mar 2025', deadline: 'Return by 9 Apr 2025' },
      {
        locale: 'en-US',
        updated: 'Mar 10, 2025, 1:20 AM',
        expected: 'Mar 12, 2025',
        deadline: 'Return by Apr 9, 2025',
      },
      { locale: 'de-DE', updated: '10.03.2025, 01:20', expected: '12.03.2025', deadline: 'Return by 09.04.2025' },
    ];
    for (const c of cases) {
      it(`formats dates in ${c.locale} inside <time datetime>`, async () => {
        const el = await card(fullPayload(), { locale: c.locale });
        const times = [...part(el, 'details')!.querySelectorAll('time')];
        expect(times.map((t) => text(t))).to.deep.equal([c.updated, c.expected]);
        expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2025-03-10T01:20:00', '2025-03-12']);
        expect(text(part(el, 'return-deadline'))).to.equal(c.deadline);
        expect(part(el, 'return-deadline')!.querySelector('time')!.getAttribute('datetime')).to.equal('2025-04-09');
        expect(text(part(el, 'base'))).not.to.contain('2025-03-12');
      });
    }

    it('gives instants a UTC datetime and shows them in the viewer zone', async () => {
      const el = await card(minimalPayload({ lastUpdatedDate: '2025-03-10T01:20:00+01:00' }));
      const time = part(el, 'details')!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2025-03-10T00:20:00.000Z');
      expect(text(time)).not.to.contain('+01:00');
    });

    it('writes numbers in the locale', async () => {
      const el = await card(
        minimalPayload({ shipmentNumber: 2, totalShipments: 3, productImages: Array(13).fill(PIXEL) }),
        {
          locale: 'ar-EG',
        },
      );
      // Arabic (Egypt) writes numbers with Arabic-Indic digits.
      expect(text(part(el, 'more-badge'))).to.contain('١١');
    });
  });

  describe('product images', () => {
    const badgeCases: [number, string | null][] = [
      [1, null],
      [2, null],
      [3, '+1'],
      [7, '+5'],
    ];
    for (const [count, badge] of badgeCases) {
      it(`shows ${count} image(s) as ${Math.min(count, 2)} thumbnails${badge ? ` and ${badge}` : ''}`, async () => {
        const el = await card(minimalPayload({ productImages: Array(count).fill(PIXEL) }));
        expect(part(el, 'product-images')!.querySelectorAll('img')).to.have.length(Math.min(count, 2));
        if (badge === null) expect(part(el, 'more-badge')).to.equal(null);
        else {
          expect(text(part(el, 'more-badge'))).to.equal(badge);
          expect(part(el, 'more-badge')!.getAttribute('aria-label')).to.equal(
            `${count - 2} more product${count - 2 === 1 ? '' : 's'}`,
          );
        }
      });
    }

    it('uses productNames as alt text, and loads images lazily', async () => {
      const el = await card(fullPayload());
      const images = [...part(el, 'product-images')!.querySelectorAll('img')];
      expect(images.map((img) => img.alt)).to.deep.equal(['Trail Runner 2 — Navy', 'Merino Hiking Socks (3 pack)']);
      expect(images.every((img) => img.loading === 'lazy')).to.be.true;
    });

    it('an image that fails to load shows its placeholder, named like the image', async () => {
      // A data: URL the policy accepts but no decoder can read: the load fails in the browser.
      const el = await card(
        minimalPayload({ productImages: ['data:image/png;base64,AAAA', PIXEL], productNames: ['Boots'] }),
      );
      const [broken, fine] = parts(el, 'image');
      await waitUntil(() => broken!.classList.contains('broken'), 'the failed image is marked broken');
      expect(broken!.querySelector('img')!.getAttribute('aria-hidden')).to.equal('true');
      const placeholder = broken!.querySelector('.image-placeholder')!;
      expect([placeholder.getAttribute('role'), placeholder.getAttribute('aria-label')]).to.deep.equal([
        'img',
        'Boots',
      ]);
      expect(fine!.classList.contains('broken')).to.be.false;
    });

    it('shows a placeholder for a refused image and reports it', async () => {
      const { el, errors } = await cardWithErrors(
        (listener) =>
          html`<div @protocol-error=${listener}>
            <delivery-status-card
              .payload=${minimalPayload({ productImages: ['javascript:alert(1)', PIXEL] })}
            ></delivery-status-card>
          </div>`,
      );
      const frames = parts(el, 'image');
      expect(frames[0]!.querySelector('img')).to.equal(null);
      expect(frames[0]!.querySelector('[role="img"]')).to.exist;
      expect(frames[1]!.querySelector('img')).to.exist;
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.fatal).to.be.false;
      expect(errors[0]!.detail.issues.map((i) => i.path)).to.deep.equal(['payload.productImages[0]']);
    });
  });

  describe('Return button', () => {
    it('fires one chat-event with the order number, then is pending and ignores presses', async () => {
      const el = await card(fullPayload());
      const events: ChatEventEvent[] = [];
      el.addEventListener('chat-event', (event) => events.push(event));
      const first = oneEvent(el, 'chat-event');
      returnButton(el).click();
      const event = await first;
      expect(event.detail).to.deep.equal({
        type: 'chat_event',
        payload: { name: 'returnRequested', orderNumber: 'NW-100245' },
      });
      expect(event.bubbles && event.composed).to.be.true;
      await elementUpdated(el);
      const button = returnButton(el);
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(text(button)).to.equal('Return requested');
      expect(button.disabled).to.be.false;
      button.focus();
      expect(root(el).activeElement).to.equal(button);
      button.click();
      button.click();
      await elementUpdated(el);
      expect(events).to.have.length(1);
      expect(text(root(el).querySelector('.return [role="status"]'))).to.equal('Return requested');
    });

    it('sends exactly { name: "returnRequested" } without an order number', async () => {
      const el = await card(minimalPayload({ isReturnable: true }));
      const received = oneEvent(el, 'chat-event');
      returnButton(el).click();
      const { detail } = await received;
      expect(detail).to.deep.equal({ type: 'chat_event', payload: { name: 'returnRequested' } });
      expect(Object.keys(detail.payload)).to.deep.equal(['name']);
    });

    it('stays pending when an equal payload is assigned again, and clears for a different one', async () => {
      const el = await card(fullPayload());
      returnButton(el).click();
      await elementUpdated(el);
      el.payload = fullPayload(); // a new object with the same JSON, as frameworks do on each render
      await elementUpdated(el);
      expect(returnButton(el).getAttribute('aria-disabled')).to.equal('true');

      el.payload = fullPayload({ status: 'delivered' });
      await elementUpdated(el);
      expect(returnButton(el).hasAttribute('aria-disabled')).to.be.false;
      expect(text(returnButton(el))).to.equal('Start a return');
      const again = oneEvent(el, 'chat-event');
      returnButton(el).click();
      expect((await again).detail.payload.name).to.equal('returnRequested');
    });

    it('is re-enabled by reset()', async () => {
      const el = await card(fullPayload());
      let count = 0;
      el.addEventListener('chat-event', () => count++);
      returnButton(el).click();
      await elementUpdated(el);
      el.reset();
      await elementUpdated(el);
      expect(returnButton(el).hasAttribute('aria-disabled')).to.be.false;
      returnButton(el).click();
      await elementUpdated(el);
      expect(count).to.equal(2);
      expect(returnButton(el).getAttribute('aria-disabled')).to.equal('true');
    });

    it('is pressed with the keyboard', async () => {
      const el = await card(minimalPayload({ isReturnable: true }));
      const received = oneEvent(el, 'chat-event');
      returnButton(el).focus();
      await sendKeys({ press: 'Enter' });
      expect((await received).detail.payload.name).to.equal('returnRequested');
    });
  });

  describe('payload as a JSON attribute and invalid input', () => {
    it('reads a JSON attribute', async () => {
      const json = JSON.stringify(minimalPayload({ status: 'delivered', orderNumber: 'A-1' }));
      const el = await fixture<DeliveryStatusCard>(html`<delivery-status-card payload=${json}></delivery-status-card>`);
      expect(text(part(el, 'status'))).to.equal('Delivered');
      expect(text(part(el, 'order-number'))).to.equal('Order A-1');
    });

    it('shows the error state and reports invalid JSON in the attribute', async () => {
      const { el, errors } = await cardWithErrors(
        (listener) =>
          html`<div @protocol-error=${listener}><delivery-status-card payload="{oops"></delivery-status-card></div>`,
      );
      expect(part(el, 'error')).to.exist;
      expect(part(el, 'error')!.getAttribute('role')).to.equal('status');
      expect(text(part(el, 'error'))).to.contain('This card could not be shown.');
      expect(errors).to.have.length(1);
      const { detail } = errors[0]!;
      expect(detail.source).to.equal('delivery-status-card');
      expect(detail.fatal).to.be.true;
      expect(detail.issues[0]!.path).to.equal('');
      expect(detail.issues[0]!.message).to.match(/^invalid JSON/);
    });

    const invalid: [string, WirePayload, string][] = [
      [
        'a missing status',
        (() => {
          const p = minimalPayload();
          delete p.status;
          return p;
        })(),
        'payload.status',
      ],
      ['a carrier of the wrong type', minimalPayload({ carrier: 42 }), 'payload.carrier'],
      ['an impossible date', minimalPayload({ expectedDeliveryDate: '2025-02-30' }), 'payload.expectedDeliveryDate'],
      [
        'a history event without a date',
        minimalPayload({ trackingHistoryItems: [{ status: 'lost', description: '' }] }),
        'payload.trackingHistoryItems[0].date',
      ],
    ];
    for (const [what, payload, path] of invalid) {
      it(`shows the error state and reports ${what} at ${path}`, async () => {
        const { el, errors } = await cardWithErrors(
          (listener) =>
            html`<div @protocol-error=${listener}>
              <delivery-status-card .payload=${payload}></delivery-status-card>
            </div>`,
        );
        expect(part(el, 'error')).to.exist;
        expect(part(el, 'status')).to.equal(null);
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.messageType).to.equal('orderTracker');
        expect(errors[0]!.detail.fatal).to.be.true;
        expect(errors[0]!.detail.issues.map((i) => i.path)).to.include(path);
      });
    }

    it('recovers when a valid payload follows an invalid one', async () => {
      const el = await card({ status: 3 });
      expect(part(el, 'error')).to.exist;
      el.payload = minimalPayload();
      await elementUpdated(el);
      expect(part(el, 'error')).to.equal(null);
      expect(text(part(el, 'status'))).to.equal('In transit');
    });

    it('never throws for a payload that is not an object', async () => {
      const el = await card('not an object');
      expect(part(el, 'error')).to.exist;
    });

    it('renders a javascript: tracking link as plain text and reports it', async () => {
      const { el, errors } = await cardWithErrors(
        (listener) =>
          html`<div @protocol-error=${listener}>
            <delivery-status-card
              .payload=${minimalPayload({ trackingNumber: 'AB123', trackingLink: 'javascript:alert(document.cookie)' })}
            ></delivery-status-card>
          </div>`,
      );
      expect(root(el).querySelector('a')).to.equal(null);
      expect(text(part(el, 'tracking-number'))).to.equal('AB123');
      expect(text(part(el, 'base'))).not.to.contain('javascript');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.fatal).to.be.false;
      expect(errors[0]!.detail.issues[0]!.path).to.equal('payload.trackingLink');
    });

    it('renders flow text as text, never as HTML', async () => {
      const el = await card(minimalPayload({ carrier: '<img src=x onerror=alert(1)>', status: '<b>Odd</b>' }));
      expect(root(el).querySelector('b')).to.equal(null);
      expect(part(el, 'details')!.querySelector('img')).to.equal(null);
      expect(text(part(el, 'status'))).to.equal('<b>Odd</b>');
    });
  });

  describe('copying the tracking number', () => {
    afterEach(() => {
      sinon.restore();
    });

    it('copies through the Clipboard API and confirms in a polite live region', async () => {
      const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const el = await card(fullPayload());
      const feedback = part(el, 'copy-feedback')!;
      expect(feedback.getAttribute('role')).to.equal('status');
      expect(text(feedback)).to.equal('');
      part(el, 'copy-button')!.click();
      await waitFor(() => text(feedback) !== '');
      expect(writeText.calledOnceWithExactly('RM123456785GB')).to.be.true;
      expect(text(part(el, 'copy-feedback'))).to.equal('Copied');
    });

    it('hides the confirmation again after a while', async () => {
      sinon.stub(navigator.clipboard, 'writeText').resolves();
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = await card(minimalPayload({ trackingNumber: 'AB123' }));
      part(el, 'copy-button')!.click();
      await el.updateComplete;
      await Promise.resolve();
      await el.updateComplete;
      expect(text(part(el, 'copy-feedback'))).to.equal('Copied');
      clock.tick(10_000);
      await el.updateComplete;
      expect(text(part(el, 'copy-feedback'))).to.equal('');
    });

    it('selects the number and explains when the clipboard refuses', async () => {
      sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied', 'NotAllowedError'));
      const el = await card(fullPayload());
      part(el, 'copy-button')!.click();
      await waitFor(() => text(part(el, 'copy-feedback')) !== '');
      expect(text(part(el, 'copy-feedback'))).to.equal('Could not copy. Select the number to copy it.');
      const selection = document.getSelection()!;
      expect(selection.rangeCount).to.equal(1);
      expect(selection.getRangeAt(0).toString()).to.equal('RM123456785GB');
    });

    it('falls back the same way when there is no Clipboard API', async () => {
      sinon.stub(navigator, 'clipboard').value(undefined);
      const el = await card(minimalPayload({ trackingNumber: 'AB123' }));
      part(el, 'copy-button')!.click();
      await waitFor(() => text(part(el, 'copy-feedback')) !== '');
      expect(text(part(el, 'copy-feedback'))).to.equal('Could not copy. Select the number to copy it.');
      expect(document.getSelection()!.getRangeAt(0).toString()).to.equal('AB123');
    });

    it('names the copy button after what it copies', async () => {
      const el = await card(minimalPayload({ trackingNumber: 'AB123' }));
      const button = part(el, 'copy-button')!;
      expect(button.tagName).to.equal('BUTTON');
      expect(text(button.querySelector('.visually-hidden'))).to.equal('Copy tracking number');
    });
  });

  describe('tracking history', () => {
    const history = [
      { date: '2025-03-08T09:00:00', status: 'processing', description: 'Order received.' },
      { date: '2025-03-10T01:20:00', status: 'In Transit', description: 'At the distribution centre.' },
      { date: '2025-03-09T17:45:00', status: 'Ready for Shipment', description: 'Packed.' },
      { date: '2025-03-11T07:05:00', status: 'Out for Delivery', description: 'With the driver.' },
      { date: '2025-03-09T12:00:00', status: 'Custom event', description: 'Label printed.' },
    ];

    it('shows every event, newest first, when there are three or fewer', async () => {
      const el = await card(minimalPayload({ trackingHistoryItems: history.slice(0, 3) }));
      const items = [...part(el, 'history-list')!.querySelectorAll('li')];
      expect(items.map((li) => text(li.querySelector('.event-description')))).to.deep.equal([
        'At the distribution centre.',
        'Packed.',
        'Order received.',
      ]);
      expect(part(el, 'history-toggle')).to.equal(null);
      expect(text(items[0]!.querySelector('time'))).to.equal('10 Mar 2025, 01:20');
      expect(text(items[0])).to.contain('In transit');
    });

    it('leaves out an empty description', async () => {
      const el = await card(
        minimalPayload({ trackingHistoryItems: [{ date: '2025-03-10', status: 'lost', description: '' }] }),
      );
      const item = part(el, 'history-list')!.querySelector('li')!;
      expect(item.querySelector('.event-description')).to.equal(null);
      expect(text(item)).to.equal('Lost 10 Mar 2025');
    });

    it('collapses more than three events to the latest one, with a toggle', async () => {
      const el = await card(minimalPayload({ trackingHistoryItems: history }));
      const list = part(el, 'history-list')!;
      expect(list.querySelectorAll('li')).to.have.length(1);
      expect(text(list.querySelector('li'))).to.contain('With the driver.');
      const toggle = part(el, 'history-toggle') as HTMLButtonElement;
      expect(toggle.tagName).to.equal('BUTTON');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(root(el).getElementById(toggle.getAttribute('aria-controls')!)).to.equal(list);
      expect(text(toggle)).to.equal('Show 4 earlier updates');
    });

    it('opens and closes with the keyboard, keeping focus on the toggle', async () => {
      const el = await card(minimalPayload({ trackingHistoryItems: history }));
      const toggle = part(el, 'history-toggle') as HTMLButtonElement;
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(toggle);
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const items = [...part(el, 'history-list')!.querySelectorAll('li')];
      expect(items.map((li) => text(li.querySelector('.event-status')))).to.deep.equal([
        'Out for delivery',
        'In transit',
        'Ready for shipment',
        'Custom event',
        'Processing',
      ]);
      expect(text(toggle)).to.equal('Show less');
      expect(root(el).activeElement).to.equal(toggle);
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'history-list')!.querySelectorAll('li')).to.have.length(1);
    });

    it('says "1 earlier update" in the singular', async () => {
      const el = await card(minimalPayload({ trackingHistoryItems: [...history.slice(0, 3), history[3]!] }));
      expect(text(part(el, 'history-toggle'))).to.equal('Show 3 earlier updates');
      el.strings = { showMoreHistory: { one: 'One more', other: '{count} more' } };
      el.payload = minimalPayload({ trackingHistoryItems: history.slice(0, 4) });
      await elementUpdated(el);
      expect(text(part(el, 'history-toggle'))).to.equal('3 more');
    });
  });

  describe('proof of delivery', () => {
    it('opens a modal dialog from the thumbnail with the keyboard and closes with Escape, returning focus', async () => {
      const el = await card(minimalPayload({ proofOfDelivery: { image: PIXEL } }));
      const thumb = part(el, 'proof-button') as HTMLButtonElement;
      const dialog = part(el, 'proof-dialog') as HTMLDialogElement;
      expect(thumb.tagName).to.equal('BUTTON');
      expect(dialog.open).to.be.false;
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(thumb);
      await sendKeys({ press: 'Enter' });
      expect(dialog.open).to.be.true;
      expect(dialog.matches(':modal')).to.be.true;
      expect(dialog.contains(root(el).activeElement)).to.be.true;
      expect(dialog.querySelector('img')!.alt).to.equal('Proof of delivery');
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open);
      expect(root(el).activeElement).to.equal(thumb);
    });

    it('closes with its close button and returns focus to the thumbnail', async () => {
      const el = await card(minimalPayload({ proofOfDelivery: { image: PIXEL } }));
      const thumb = part(el, 'proof-button') as HTMLButtonElement;
      const dialog = part(el, 'proof-dialog') as HTMLDialogElement;
      thumb.focus();
      thumb.click();
      const close = part(el, 'close-button') as HTMLButtonElement;
      expect(text(close)).to.equal('Close');
      close.focus();
      await sendKeys({ press: 'Enter' });
      expect(dialog.open).to.be.false;
      expect(root(el).activeElement).to.equal(thumb);
    });

    it('closes when the backdrop is clicked, not when the picture is', async () => {
      const el = await card(minimalPayload({ proofOfDelivery: { image: PIXEL } }));
      const dialog = part(el, 'proof-dialog') as HTMLDialogElement;
      (part(el, 'proof-button') as HTMLButtonElement).click();
      dialog.querySelector<HTMLElement>('.proof-large')!.click();
      expect(dialog.open).to.be.true;
      const box = dialog.getBoundingClientRect();
      expect(box.left).to.be.greaterThan(4);
      await sendMouse({ type: 'click', position: [2, 2] });
      await waitFor(() => !dialog.open);
      await resetMouse();
    });

    it('shows a placeholder and no viewer for a refused proof image', async () => {
      const el = await card(minimalPayload({ proofOfDelivery: { image: 'javascript:alert(1)' } }));
      expect(part(el, 'proof')).to.exist;
      expect(part(el, 'proof-button')).to.equal(null);
      expect(part(el, 'proof-dialog')).to.equal(null);
      expect(part(el, 'proof')!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal(
        'Image unavailable',
      );
    });
  });

  describe('direction and registration', () => {
    it('is right-to-left for an RTL locale, and follows a dir attribute', async () => {
      const ar = await card(minimalPayload(), { locale: 'ar' });
      expect(part(ar, 'base')!.getAttribute('dir')).to.equal('rtl');
      const forced = await card(minimalPayload(), { locale: 'en-GB', dir: 'rtl' });
      expect(part(forced, 'base')!.getAttribute('dir')).to.equal('rtl');
      const ltr = await card(minimalPayload(), { locale: 'en-GB' });
      expect(part(ltr, 'base')!.getAttribute('dir')).to.equal('ltr');
    });

    it('follows a dark colour scheme set around it', async () => {
      const light = await card(minimalPayload());
      const wrapper = await fixture<HTMLDivElement>(
        html`<div class="dark-wrapper">
          <delivery-status-card .payload=${minimalPayload()}></delivery-status-card>
        </div>`,
      );
      wrapper.style.colorScheme = 'dark';
      const dark = wrapper.querySelector('delivery-status-card')!;
      await elementUpdated(dark);
      const background = (el: DeliveryStatusCard) => getComputedStyle(part(el, 'base')!).backgroundColor;
      const luminance = (rgb: string) =>
        rgb
          .match(/\d+/g)!
          .slice(0, 3)
          .reduce((sum, n) => sum + Number(n), 0);
      expect(luminance(background(dark))).to.be.lessThan(luminance(background(light)) / 2);
    });

    it('is registered by its define module, and registering twice is harmless', () => {
      expect(customElements.get('delivery-status-card')).to.equal(DeliveryStatusCard);
      expect(() => defineElement('delivery-status-card', DeliveryStatusCard)).not.to.throw();
      expect(document.createElement('delivery-status-card')).to.be.instanceOf(DeliveryStatusCard);
    });
  });

  describe('accessibility', () => {
    it('is accessible with every field', async () => {
      const el = await card(fullPayload({ isReturnable: false }));
      await expect(el).to.be.accessible();
    });

    it('is accessible when returnable', async () => {
      const el = await card(fullPayload());
      await expect(el).to.be.accessible();
    });

    it('is accessible while the return is pending', async () => {
      const el = await card(fullPayload());
      returnButton(el).click();
      await elementUpdated(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible with the history expanded', async () => {
      const items = Array.from({ length: 5 }, (_, i) => ({
        date: `2025-03-0${i + 1}T10:00:00`,
        status: i % 2 ? 'in_transit' : 'Something new',
        description: `Event ${i}`,
      }));
      const el = await card(fullPayload({ trackingHistoryItems: items }));
      (part(el, 'history-toggle') as HTMLButtonElement).click();
      await elementUpdated(el);
      expect(part(el, 'history-list')!.querySelectorAll('li')).to.have.length(5);
      await expect(el).to.be.accessible();
    });

    it('is accessible with the proof of delivery open', async () => {
      const el = await card(fullPayload());
      (part(el, 'proof-button') as HTMLButtonElement).click();
      expect((part(el, 'proof-dialog') as HTMLDialogElement).open).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('is accessible in the error state', async () => {
      const el = await card({ carrier: 1 });
      expect(part(el, 'error')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible with only the required fields, and with an unknown or problem status', async () => {
      await expect(await card(minimalPayload())).to.be.accessible();
      await expect(await card(minimalPayload({ status: 'Held at customs' }))).to.be.accessible();
      await expect(await card(minimalPayload({ status: 'lost' }), { locale: 'ar' })).to.be.accessible();
    });

    it('is accessible after a failed copy', async () => {
      sinon.stub(navigator.clipboard, 'writeText').rejects(new Error('denied'));
      const el = await card(fullPayload());
      part(el, 'copy-button')!.click();
      await waitFor(() => text(part(el, 'copy-feedback')) !== '');
      sinon.restore();
      await expect(el).to.be.accessible();
    });
  });
});

/** Waits (a few frames at most) until `condition` holds. */
async function waitFor(condition: () => boolean, frames = 50): Promise<void> {
  for (let i = 0; i < frames && !condition(); i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  expect(condition(), 'condition not met in time').to.be.true;
}
