import { expect } from '@open-wc/testing';
import { connectChat } from '../../src/bridge/connect-chat.js';
import { ChatEventEvent, ReturnsFlowExecuteEvent } from '../../src/events/index.js';
import type { ChatEvent, ExecutionRequest } from '../../src/protocol/index.js';

const request: ExecutionRequest = {
  returnFlowId: 'flow-1',
  externalAccountKey: 'key',
  inputs: { order_number: 'A1', step_type: 'product_selection' },
};

function setup() {
  const root = document.createElement('div');
  const child = document.createElement('span');
  root.append(child);
  const sent: ChatEvent[] = [];
  const executed: ExecutionRequest[] = [];
  const disconnect = connectChat(root, {
    sendChatEvent: (event) => sent.push(event),
    executeReturnsFlow: async (req) => {
      executed.push(req);
      return { type: 'error', message: 'answered by the host' };
    },
  });
  return { root, child, sent, executed, disconnect };
}

describe('connectChat', () => {
  it('forwards chat events that pass the schema, unchanged', () => {
    const { child, sent } = setup();
    child.dispatchEvent(
      new ChatEventEvent({ type: 'chat_event', payload: { name: 'returnRequested', orderNumber: 'A1' } }),
    );
    expect(sent).to.deep.equal([{ type: 'chat_event', payload: { name: 'returnRequested', orderNumber: 'A1' } }]);
  });

  it('drops chat events that fail the schema', () => {
    const { child, sent } = setup();
    child.dispatchEvent(new CustomEvent('chat-event', { bubbles: true, detail: { type: 'chat_event', payload: {} } }));
    child.dispatchEvent(new CustomEvent('chat-event', { bubbles: true, detail: 'returnRequested' }));
    expect(sent).to.deep.equal([]);
  });

  it('answers returns-flow-execute with the host function', async () => {
    const { child, executed } = setup();
    const event = new ReturnsFlowExecuteEvent(request, new AbortController().signal);
    child.dispatchEvent(event);
    expect(event.defaultPrevented).to.be.true;
    expect(await event.response).to.deep.equal({ type: 'error', message: 'answered by the host' });
    expect(executed).to.deep.equal([request]);
  });

  it('skips a request another listener already answered', async () => {
    const { child, executed } = setup();
    child.addEventListener('returns-flow-execute', (e) => e.detail.respondWith(Promise.resolve('mine')));
    const event = new ReturnsFlowExecuteEvent(request, new AbortController().signal);
    child.dispatchEvent(event);
    expect(await event.response).to.equal('mine');
    expect(executed).to.deep.equal([]);
  });

  it('a host function that throws becomes a rejected answer', async () => {
    const root = document.createElement('div');
    connectChat(root, {
      sendChatEvent: () => undefined,
      executeReturnsFlow: () => {
        throw new Error('boom');
      },
    });
    const event = new ReturnsFlowExecuteEvent(request, new AbortController().signal);
    root.dispatchEvent(event);
    let error: unknown;
    await event.response!.catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('boom');
  });

  it('the returned function disconnects', () => {
    const { child, sent, disconnect } = setup();
    disconnect();
    child.dispatchEvent(new ChatEventEvent({ type: 'chat_event', payload: { name: 'returnRequested' } }));
    const event = new ReturnsFlowExecuteEvent(request, new AbortController().signal);
    child.dispatchEvent(event);
    expect(sent).to.deep.equal([]);
    expect(event.response).to.be.undefined;
  });
});
