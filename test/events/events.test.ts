import { expect } from '@open-wc/testing';
import {
  ChatEventEvent,
  ProtocolErrorEvent,
  ReturnErrorPopupCloseEvent,
  ReturnErrorPopupClosedEvent,
  ReturnsCloseEvent,
  ReturnsErrorEvent,
  ReturnsFlowExecuteEvent,
  ReturnsStepEvent,
  ReturnsSubmittedEvent,
} from '../../src/events/index.js';
import type { ExecutionRequest } from '../../src/protocol/index.js';

const request: ExecutionRequest = {
  returnFlowId: 'flow-1',
  externalAccountKey: 'key-1',
  inputs: { order_number: 'A100', step_type: 'product_selection' },
};

/** Every event of DESIGN.md section 2 with the flags and detail it must have. */
const cases: { name: string; event: CustomEvent; cancelable: boolean; detail: unknown }[] = [
  {
    name: 'chat-event',
    event: new ChatEventEvent({ type: 'chat_event', payload: { name: 'returnRequested' } }),
    cancelable: false,
    detail: { type: 'chat_event', payload: { name: 'returnRequested' } },
  },
  {
    name: 'protocol-error',
    event: new ProtocolErrorEvent({
      source: 'return-overdue',
      messageType: 'returnOverdue',
      issues: [{ path: 'payload.price.amount', message: 'expected a number, got "12"' }],
      fatal: true,
    }),
    cancelable: false,
    detail: {
      source: 'return-overdue',
      messageType: 'returnOverdue',
      issues: [{ path: 'payload.price.amount', message: 'expected a number, got "12"' }],
      fatal: true,
    },
  },
  {
    name: 'returns-step',
    event: new ReturnsStepEvent({ stepType: 'return_options', nextType: null, payload: { confirmButtonText: 'Next' } }),
    cancelable: false,
    detail: { stepType: 'return_options', nextType: null, payload: { confirmButtonText: 'Next' } },
  },
  {
    name: 'returns-submitted',
    event: new ReturnsSubmittedEvent({ orderNumber: 'A100', inputs: { submit_return: true } }),
    cancelable: false,
    detail: { orderNumber: 'A100', inputs: { submit_return: true } },
  },
  {
    name: 'returns-error',
    event: new ReturnsErrorEvent({ kind: 'timeout', message: 'Something went wrong.' }),
    cancelable: false,
    detail: { kind: 'timeout', message: 'Something went wrong.' },
  },
  {
    name: 'returns-close',
    event: new ReturnsCloseEvent({ reason: 'dismissed' }),
    cancelable: false,
    detail: { reason: 'dismissed' },
  },
  {
    name: 'return-error-popup-close',
    event: new ReturnErrorPopupCloseEvent({ source: 'escape' }),
    cancelable: true,
    detail: { source: 'escape' },
  },
  {
    name: 'return-error-popup-closed',
    event: new ReturnErrorPopupClosedEvent({ source: 'button' }),
    cancelable: false,
    detail: { source: 'button' },
  },
];

describe('events', () => {
  for (const { name, event, cancelable, detail } of cases) {
    it(`${name}: name, flags and detail`, () => {
      expect(event.type).to.equal(name);
      expect((event.constructor as unknown as { eventName: string }).eventName).to.equal(name);
      expect(event.bubbles, 'bubbles').to.be.true;
      expect(event.composed, 'composed').to.be.true;
      expect(event.cancelable, 'cancelable').to.equal(cancelable);
      expect(event.detail).to.deep.equal(detail);
    });
  }

  it('events cross shadow roots to a document listener', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    let received: Event | undefined;
    const listener = (e: Event) => (received = e);
    document.addEventListener('returns-close', listener);
    inner.dispatchEvent(new ReturnsCloseEvent({ reason: 'completed' }));
    document.removeEventListener('returns-close', listener);
    host.remove();
    expect(received).to.be.instanceOf(ReturnsCloseEvent);
  });

  describe('returns-flow-execute', () => {
    it('is a bubbling, composed, cancelable request with request, signal and respondWith', () => {
      const controller = new AbortController();
      const event = new ReturnsFlowExecuteEvent(request, controller.signal);
      expect(event.type).to.equal('returns-flow-execute');
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      expect(event.detail.request).to.equal(request);
      expect(event.detail.signal).to.equal(controller.signal);
      expect(event.detail.respondWith).to.be.a('function');
    });

    it('respondWith during dispatch prevents the default and keeps the answer', async () => {
      const target = document.createElement('div');
      const answer = { type: 'error', message: 'no' };
      target.addEventListener('returns-flow-execute', (e) => e.detail.respondWith(Promise.resolve(answer)));
      const event = new ReturnsFlowExecuteEvent(request, new AbortController().signal);
      const notPrevented = target.dispatchEvent(event);
      expect(notPrevented).to.be.false;
      expect(event.defaultPrevented).to.be.true;
      expect(await event.response).to.equal(answer);
    });

    it('a second respondWith throws InvalidStateError', () => {
      const target = document.createElement('div');
      let second: unknown;
      target.addEventListener('returns-flow-execute', (e) => {
        e.detail.respondWith(Promise.resolve(1));
        try {
          e.detail.respondWith(Promise.resolve(2));
        } catch (error) {
          second = error;
        }
      });
      target.dispatchEvent(new ReturnsFlowExecuteEvent(request, new AbortController().signal));
      expect(second).to.be.instanceOf(DOMException);
      expect((second as DOMException).name).to.equal('InvalidStateError');
    });

    it('respondWith after dispatch throws InvalidStateError', () => {
      const event = new ReturnsFlowExecuteEvent(request, new AbortController().signal);
      document.createElement('div').dispatchEvent(event);
      expect(() => event.detail.respondWith(Promise.resolve(1))).to.throw(DOMException, /dispatched/);
      expect(event.response).to.be.undefined;
    });

    it('without a listener that answers, there is no response', () => {
      const event = new ReturnsFlowExecuteEvent(request, new AbortController().signal);
      expect(document.createElement('div').dispatchEvent(event)).to.be.true;
      expect(event.response).to.be.undefined;
    });
  });
});
