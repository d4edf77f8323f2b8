/**
 * `returnkit/react` rendered by React itself (`react-dom/client`): props reach the elements as DOM
 * properties and the typed `on…` props receive the elements' events. React is CommonJS, served
 * through `scripts/react-plugins.mjs`.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
// Default imports: React's packages are CommonJS, whose exports the commonjs plugin cannot name.
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient, { type Root } from 'react-dom/client';
import sinon from 'sinon';
import { DeliveryStatusCard, ReturnErrorPopup, ReturnOverdue, ReturnsPortal } from '../../src/react/index.js';
import { DeliveryStatusCard as DeliveryStatusCardElement } from '../../src/delivery-status-card.js';
import { ReturnOverdue as ReturnOverdueElement } from '../../src/return-overdue.js';
import { ReturnsPortal as ReturnsPortalElement } from '../../src/returns-portal.js';
import { ReturnErrorPopup as ReturnErrorPopupElement } from '../../src/return-error-popup.js';
import {
  ChatEventEvent,
  ProtocolErrorEvent,
  ReturnErrorPopupCloseEvent,
  ReturnErrorPopupClosedEvent,
  ReturnsStepEvent,
} from '../../src/events/index.js';
import { clone, initialiseReturnActivity, orderTrackerActivity, stepFixtures } from '../protocol/fixtures.js';
import { FakeFlow } from '../support/fake-flow.js';
import type { ChatEvent } from '../../src/protocol/index.js';

/** A 1 × 1 PNG: images load without the network. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function orderPayload() {
  const payload = clone(orderTrackerActivity.payload);
  payload.productImages = [PIXEL];
  payload.proofOfDelivery = { image: PIXEL };
  return payload;
}

let container: HTMLDivElement;
let root: Root;

/** Renders synchronously: the element exists and its props and listeners are set on return. */
function render(element: React.ReactElement) {
  ReactDOM.flushSync(() => root.render(element));
}

function find<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  const el = container.querySelector(tag);
  if (!el) throw new Error(`no <${tag}> rendered`);
  return el;
}

const returnButton = (el: DeliveryStatusCardElement) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="return-button"]')!;

describe('returnkit/react', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });

  afterEach(() => {
    ReactDOM.flushSync(() => root.unmount());
    container.remove();
  });

  it('runs on the React version this package was tested with', () => {
    expect(React.version).to.match(/^(18|19)\./);
  });

  describe('DeliveryStatusCard', () => {
    it('renders <delivery-status-card> and sets payload and locale as properties', async () => {
      const payload = orderPayload();
      render(React.createElement(DeliveryStatusCard, { payload, locale: 'en-GB' }));
      const el = find('delivery-status-card');
      expect(el).to.be.instanceOf(DeliveryStatusCardElement);
      expect(el.payload).to.equal(payload); // the same object, not a string attribute
      expect(el.hasAttribute('payload')).to.be.false;
      expect(el.locale).to.equal('en-GB');
      await el.updateComplete;
      expect(returnButton(el).textContent!.trim()).to.equal('Start a return');
    });

    it('calls onChatEvent with the exact chat-event when Return is pressed', async () => {
      const onChatEvent = sinon.spy();
      render(React.createElement(DeliveryStatusCard, { payload: orderPayload(), locale: 'en-GB', onChatEvent }));
      const el = find('delivery-status-card');
      await el.updateComplete;
      returnButton(el).click();
      expect(onChatEvent.calledOnce).to.be.true;
      const [event] = onChatEvent.firstCall.args as [ChatEventEvent];
      expect(event).to.be.instanceOf(ChatEventEvent);
      expect(event.type).to.equal('chat-event');
      expect(event.target).to.equal(el);
      expect(event.detail).to.deep.equal({
        type: 'chat_event',
        payload: { name: 'returnRequested', orderNumber: 'NW-100245' },
      });
    });

    it('swaps and removes the handler on re-render', async () => {
      const first = sinon.spy();
      const second = sinon.spy();
      const payload = orderPayload();
      render(React.createElement(DeliveryStatusCard, { payload, onChatEvent: first }));
      const el = find('delivery-status-card');
      await el.updateComplete;
      render(React.createElement(DeliveryStatusCard, { payload, onChatEvent: second }));
      expect(find('delivery-status-card')).to.equal(el); // the same element, updated
      returnButton(el).click();
      expect(first.called).to.be.false;
      expect(second.calledOnce).to.be.true;
      el.reset();
      await el.updateComplete;
      render(React.createElement(DeliveryStatusCard, { payload }));
      returnButton(el).click();
      expect(second.calledOnce).to.be.true;
    });

    it('types the event props with the package event classes (checked by tsc)', () => {
      const details: ChatEvent[] = [];
      const typed = React.createElement(DeliveryStatusCard, {
        // The parameter is inferred as ChatEventEvent: its detail is the protocol ChatEvent.
        onChatEvent: (event) => details.push(event.detail),
        onProtocolError: (event) => void event.detail.fatal,
      });
      React.createElement(ReturnsPortal, {
        onReturnsStep: (event) => void event.detail.stepType,
        onReturnsClose: (event) => void event.detail.reason,
        onReturnsFlowExecute: (event) => event.detail.respondWith(Promise.resolve(null)),
        // @ts-expect-error a handler for another event class is refused
        onReturnsSubmitted: (event: ChatEventEvent) => void event,
      });
      // @ts-expect-error flowClient must be a FlowClient
      React.createElement(ReturnsPortal, { flowClient: 'https://flow.example' });
      // @ts-expect-error a typo in an event prop is refused
      React.createElement(ReturnErrorPopup, { onReturnErrorPopupClosd: () => undefined });
      expect(typed.type).to.equal(DeliveryStatusCard);
    });

    it('forwards ref to the element and className to its class', () => {
      const ref = React.createRef<DeliveryStatusCardElement>();
      render(React.createElement(DeliveryStatusCard, { ref, className: 'in-chat', payload: orderPayload() }));
      expect(ref.current).to.equal(find('delivery-status-card'));
      expect(ref.current!.className).to.equal('in-chat');
    });

    it('calls onProtocolError for an invalid payload, fired in the first update', async () => {
      const onProtocolError = sinon.spy();
      render(React.createElement(DeliveryStatusCard, { payload: { status: 'lost' }, onProtocolError }));
      await find('delivery-status-card').updateComplete;
      expect(onProtocolError.called).to.be.true;
      const [event] = onProtocolError.firstCall.args as [ProtocolErrorEvent];
      expect(event).to.be.instanceOf(ProtocolErrorEvent);
      expect(event.detail.fatal).to.be.true;
    });
  });

  describe('ReturnOverdue', () => {
    it('renders <return-overdue> with payload and locale, and reports a dropped link', async () => {
      const payload = {
        price: { amount: 129.97, currencyCode: 'GBP' },
        orderDate: '2025-03-08T10:15:00',
        orderNumber: 'NW-100245',
        infoText: 'Window closed. [Help](javascript:alert(1))',
      };
      const onProtocolError = sinon.spy();
      render(React.createElement(ReturnOverdue, { payload, locale: 'de-DE', onProtocolError }));
      const el = find('return-overdue');
      expect(el).to.be.instanceOf(ReturnOverdueElement);
      expect(el.payload).to.equal(payload);
      expect(el.locale).to.equal('de-DE');
      await waitUntil(() => onProtocolError.called, 'no protocol-error for the refused link');
      const [event] = onProtocolError.firstCall.args as [ProtocolErrorEvent];
      expect(event.detail.fatal).to.be.false;
    });
  });

  describe('ReturnsPortal', () => {
    it('passes activity and flowClient, and calls onReturnsStep when the first step shows', async () => {
      const flow = new FakeFlow();
      const activity = clone(initialiseReturnActivity);
      const onReturnsStep = sinon.spy();
      render(
        React.createElement(ReturnsPortal, {
          activity,
          flowClient: flow,
          ephemeral: true,
          locale: 'en-GB',
          onReturnsStep,
        }),
      );
      const el = find('returns-portal');
      expect(el).to.be.instanceOf(ReturnsPortalElement);
      expect(el.flowClient).to.equal(flow);
      expect(el.activity).to.equal(activity);
      expect(el.ephemeral).to.be.true;
      const execution = await flow.next(1);
      expect(execution.request.returnFlowId).to.equal(initialiseReturnActivity.returnFlowId);
      expect(onReturnsStep.called).to.be.false;
      execution.answer(clone(stepFixtures.product_selection));
      await waitUntil(() => onReturnsStep.called, 'no returns-step');
      const [event] = onReturnsStep.firstCall.args as [ReturnsStepEvent];
      expect(event).to.be.instanceOf(ReturnsStepEvent);
      expect(event.detail.stepType).to.equal('product_selection');
      expect(el.state).to.equal('ready');
    });

    it('calls onReturnsFlowExecute without a flowClient, and the handler can answer', async () => {
      const onReturnsStep = sinon.spy();
      const onReturnsFlowExecute = sinon.spy((event: { detail: { respondWith(p: Promise<unknown>): void } }) =>
        event.detail.respondWith(Promise.resolve(clone(stepFixtures.product_selection))),
      );
      render(
        React.createElement(ReturnsPortal, {
          activity: clone(initialiseReturnActivity),
          ephemeral: true,
          onReturnsFlowExecute,
          onReturnsStep,
        }),
      );
      await waitUntil(() => onReturnsStep.called, 'no returns-step');
      expect(onReturnsFlowExecute.calledOnce).to.be.true;
    });
  });

  describe('ReturnErrorPopup', () => {
    it('sets message and open, and calls the close handlers in order', async () => {
      const calls: string[] = [];
      render(
        React.createElement(ReturnErrorPopup, {
          message: 'Order NW-100245 cannot be returned online.',
          open: true,
          locale: 'en-GB',
          onReturnErrorPopupClose: (event: ReturnErrorPopupCloseEvent) => calls.push(`close:${event.detail.source}`),
          onReturnErrorPopupClosed: (event: ReturnErrorPopupClosedEvent) => calls.push(`closed:${event.detail.source}`),
        }),
      );
      const el = find('return-error-popup');
      expect(el).to.be.instanceOf(ReturnErrorPopupElement);
      expect(el.message).to.equal('Order NW-100245 cannot be returned online.');
      await el.updateComplete;
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      await waitUntil(() => dialog.open, 'the dialog did not open');
      const closed = oneEvent(el, 'return-error-popup-closed');
      el.shadowRoot!.querySelector('button')!.click();
      await closed;
      expect(calls).to.deep.equal(['close:button', 'closed:button']);
      expect(el.open).to.be.false;
    });
  });
});
