/**
 * The elements inside a Vue 3 app, used as plain custom elements (no wrapper): Vue sets a bound
 * value as a DOM property when the element has that property (`:payload`), and `@chat-event`
 * listens for the element's event. The template is compiled at run time, so the test imports
 * Vue's full ES build (`vue/dist/vue.esm-browser.js`; `vue` alone resolves to the runtime-only
 * bundler build, which needs a bundler).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick, shallowRef, type App } from 'vue/dist/vue.esm-browser.js';
import '../../src/index.js';
import type { DeliveryStatusCard } from '../../src/delivery-status-card.js';
import type { ChatEventEvent, ReturnsStepEvent } from '../../src/events/index.js';
import { clone, initialiseReturnActivity, orderTrackerActivity, stepFixtures } from '../protocol/fixtures.js';
import { FakeFlow } from '../support/fake-flow.js';

/** A 1 × 1 PNG: images load without the network. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function orderPayload() {
  const payload = clone(orderTrackerActivity.payload);
  payload.productImages = [PIXEL];
  payload.proofOfDelivery = { image: PIXEL };
  return payload;
}

/** Every tag with a dash is a custom element: Vue must not try to resolve it as a component. */
const isCustomElement = (tag: string) => tag.includes('-');

let host: HTMLDivElement;
let app: App | undefined;

function mount(options: Parameters<typeof createApp>[0]): App {
  app = createApp(options);
  app.config.compilerOptions.isCustomElement = isCustomElement;
  app.mount(host);
  return app;
}

describe('Vue 3', () => {
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });

  afterEach(() => {
    app?.unmount();
    app = undefined;
    host.remove();
  });

  it('binds :payload as a property and calls @chat-event with the exact detail', async () => {
    const order = shallowRef(orderPayload());
    const received: ChatEventEvent[] = [];
    mount({
      template: `<delivery-status-card :payload="order" locale="en-GB" @chat-event="onReturn"></delivery-status-card>`,
      setup: () => ({ order, onReturn: (event: ChatEventEvent) => received.push(event) }),
    });
    const el = host.querySelector('delivery-status-card') as DeliveryStatusCard;
    expect(el.payload).to.equal(order.value); // a property holding the object, not an attribute
    expect(el.hasAttribute('payload')).to.be.false;
    expect(el.locale).to.equal('en-GB');
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="return-button"]')!;
    expect(button.textContent!.trim()).to.equal('Start a return');
    button.click();
    expect(received).to.have.length(1);
    expect(received[0].detail).to.deep.equal({
      type: 'chat_event',
      payload: { name: 'returnRequested', orderNumber: 'NW-100245' },
    });

    // A reactive change reaches the element.
    order.value = { ...orderPayload(), status: 'delivered' };
    await nextTick();
    expect(el.payload).to.equal(order.value);
  });

  it('binds :flowClient and :activity on <returns-portal> and calls @returns-step', async () => {
    const flow = new FakeFlow();
    const steps: string[] = [];
    mount({
      template: `<returns-portal :activity="activity" :flowClient="flow" ephemeral locale="en-GB"
        @returns-step="onStep"></returns-portal>`,
      setup: () => ({
        activity: clone(initialiseReturnActivity),
        flow,
        onStep: (event: ReturnsStepEvent) => steps.push(event.detail.stepType),
      }),
    });
    const el = host.querySelector('returns-portal')!;
    expect(el.flowClient).to.equal(flow);
    expect(el.ephemeral).to.be.true;
    (await flow.next(1)).answer(clone(stepFixtures.product_selection));
    await waitUntil(() => steps.length > 0, 'no returns-step');
    expect(steps).to.deep.equal(['product_selection']);
  });
});
