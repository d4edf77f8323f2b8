/**
 * The playground's reference flows: every demo order driven through the real elements, the way a
 * shopper does it (labels and visible text), in the playground's widget; and the returns flow
 * function on its own.
 */
import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { parseActivity, parseStep, type ExecutionRequest, type ReturnsPortal } from '../../src/index.js';
import type { DeliveryStatusCard } from '../../src/delivery-status-card.js';
import type { ReturnOverdue } from '../../src/return-overdue.js';
import type { ReturnErrorPopup } from '../../src/return-error-popup.js';
import { ChatWidget, type LogEntry } from '../../demo/reference/chat-widget.js';
import { ReferenceChatFlow, type ChatOutput } from '../../demo/reference/chat-flow.js';
import { findOrder, loadDemoData, resolveDate, type DemoData } from '../../demo/reference/data.js';
import {
  answerStep,
  createReturnsFlow,
  withFaults,
  type FaultSettings,
  type StepAnswer,
} from '../../demo/reference/returns-flow.js';
import {
  button,
  choose,
  confirmButton,
  control,
  errorBanner,
  pick,
  root,
  scopeOf,
  stepShown,
  title,
} from '../support/portal-driver.js';

let data: DemoData;
before(async () => {
  data = await loadDemoData();
});

// The widget, driven like a shopper ---------------------------------------------------------------

interface Chat {
  widget: ChatWidget;
  log: LogEntry[];
  faults: FaultSettings;
}

async function chatAbout(orderNumber: string): Promise<Chat> {
  const panel = await fixture<HTMLDivElement>(
    html`<div
      style="position: relative; display: flex; flex-direction: column; inline-size: 420px; block-size: 44rem"
    ></div>`,
  );
  const log: LogEntry[] = [];
  const faults: FaultSettings = { latency: 0, failure: 'none', once: true };
  const widget = new ChatWidget(panel, {
    data,
    execute: withFaults(
      createReturnsFlow(data),
      () => faults,
      () => (faults.failure = 'none'),
    ),
    onLog: (entry) => log.push(entry),
    locale: 'en-GB',
    ephemeral: true,
  });
  widget.startConversation(orderNumber);
  await Promise.all(widget.elements().map((element) => element.updateComplete));
  return { widget, log, faults };
}

const cards = (chat: Chat) => [...chat.widget.transcript.querySelectorAll<DeliveryStatusCard>('delivery-status-card')];
const returnButton = (card: DeliveryStatusCard) =>
  card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="return-button"]');
const transcriptText = (chat: Chat) => chat.widget.transcript.textContent!.replace(/\s+/g, ' ');
const logged = (chat: Chat, kind: string) => chat.log.filter((entry) => entry.kind === kind);
const executions = (chat: Chat) => logged(chat, 'execute').map((entry) => entry.data as ExecutionRequest);

/** Presses Return on `card` and waits for the portal to show `stepType`. */
async function openPortal(
  chat: Chat,
  card: DeliveryStatusCard,
  stepType = 'product_selection',
): Promise<ReturnsPortal> {
  returnButton(card)!.click();
  await waitUntil(() => chat.widget.portal, 'the portal opens');
  const portal = chat.widget.portal!;
  await stepShown(portal, stepType);
  return portal;
}

/** Confirms the step on screen and waits for `stepType`. */
async function confirmTo(portal: ReturnsPortal, stepType: string) {
  const shown = oneEvent(portal, 'returns-step');
  confirmButton(portal).click();
  expect((await shown).detail.stepType).to.equal(stepType);
}

/** Confirms a last step ("Done") and waits until the widget is back on the transcript. */
async function finish(chat: Chat, portal: ReturnsPortal, reason = 'completed') {
  const closed = oneEvent(portal, 'returns-close');
  if (reason === 'completed') confirmButton(portal).click();
  else button(portal, 'Close returns').click();
  expect((await closed).detail.reason).to.equal(reason);
  await waitUntil(() => !chat.widget.portal && !portal.isConnected, 'the portal is removed');
  expect(chat.widget.portalLayer.hidden).to.be.true;
  expect(chat.widget.transcript.inert).to.be.false;
}

/** Picks a product, its quantity and its reasons on product_selection. */
async function choosePro(portal: ReturnsPortal, name: string, reason: string, subReason?: string, quantity?: string) {
  const card = scopeOf(portal, name);
  await pick(portal, card, name);
  if (quantity) await choose(portal, card, 'How many to return', quantity);
  await choose(portal, card, 'Reason for return', reason);
  if (subReason) await choose(portal, card, 'Specific reason', subReason);
}

/** Presses the quick reply and answers the order-number form with `typed`. */
async function askByForm(chat: Chat, typed: string) {
  const chip = [...chat.widget.transcript.querySelectorAll<HTMLButtonElement>('.chip')].find((b) =>
    b.textContent!.includes('Start a return'),
  )!;
  chip.click();
  await sendOrderNumber(chat, typed);
}

async function sendOrderNumber(chat: Chat, typed: string) {
  const forms = chat.widget.transcript.querySelectorAll<HTMLFormElement>('.order-form');
  const form = forms[forms.length - 1];
  expect(form, 'the flow asks for the order number').to.exist;
  const input = form.querySelector('input')!;
  expect(input.labels![0].textContent).to.equal('Order number');
  input.value = typed;
  form.requestSubmit();
  await aTimeout(0);
}

beforeEach(() => {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('returnkit:')) sessionStorage.removeItem(key);
});

describe('reference flows: every demo order, through the elements', () => {
  it('NW-1001 in transit: a card without Return; asking anyway says it is on its way', async () => {
    const chat = await chatAbout('NW-1001');
    expect(cards(chat)).to.have.length(1);
    expect(returnButton(cards(chat)[0])).to.equal(null);
    expect(cards(chat)[0].shadowRoot!.textContent).to.contain('RM 4821 9930 1GB');
    await askByForm(chat, 'NW-1001');
    expect(transcriptText(chat)).to.contain('is still on its way');
    expect(chat.widget.portal).to.equal(null);
  });

  it('NW-1002: card → Return → portal → business rule → options → submitted → back to chat', async () => {
    const chat = await chatAbout('NW-1002');
    const [card] = cards(chat);
    expect(returnButton(card)!.textContent).to.contain('Return');
    const portal = await openPortal(chat, card);

    // The chat event carried the order number, so no form: initialise_return straight away.
    expect(logged(chat, 'chat-event')[0].data).to.deep.equal({
      type: 'chat_event',
      payload: { name: 'returnRequested', orderNumber: 'NW-1002' },
    });
    expect(chat.widget.transcript.querySelector('.order-form')).to.equal(null);
    const start = logged(chat, 'activity').find((e) => (e.data as { type: string }).type === 'initialise_return')!;
    expect(start.data).to.deep.include({
      returnFlowId: data.returnFlowId,
      externalAccountKey: data.externalAccountKey,
    });
    expect((start.data as { inputs: object }).inputs).to.include({ order_number: 'NW-1002', channel: 'playground' });
    expect(executions(chat)[0].inputs).to.include({
      order_number: 'NW-1002',
      channel: 'playground',
      step_type: 'product_selection',
    });
    expect(chat.widget.transcript.inert, 'the transcript waits behind the portal').to.be.true;

    // Three packs of socks break the business rule: the flow's message, the shopper stays.
    await choosePro(portal, 'Trail Runner 2', 'Size or fit', 'Too small');
    await choosePro(portal, 'Everyday Crew Socks', 'Changed my mind', undefined, '3');
    const error = oneEvent(portal, 'returns-error');
    confirmButton(portal).click();
    expect((await error).detail).to.deep.equal({
      kind: 'flow',
      message: data.orders[1].products[1].maxReturnMessage,
    });
    await elementUpdated(portal);
    expect(errorBanner(portal)!.textContent).to.contain('at most 2 packs');
    expect(portal.stepType).to.equal('product_selection');

    await choose(portal, scopeOf(portal, 'Everyday Crew Socks'), 'How many to return', '2');
    await confirmTo(portal, 'return_options');
    // Only the chosen products, each with its options.
    expect(root(portal).textContent).not.to.contain('Packable Rain Jacket');
    const shoes = scopeOf(portal, 'Trail Runner 2', 'fieldset');
    await pick(portal, shoes, 'Replacement');
    await pick(portal, scopeOf(portal, 'Trail Runner 2'), 'Forest');
    await pick(portal, scopeOf(portal, 'Trail Runner 2'), 'UK 10');
    await pick(portal, scopeOf(portal, 'Everyday Crew Socks', 'fieldset'), 'Refund');
    expect(confirmButton(portal).textContent).to.contain('Submit return');

    const submitted = oneEvent(portal, 'returns-submitted');
    await confirmTo(portal, 'shipping_information');
    const { detail } = await submitted;
    expect(detail.orderNumber).to.equal('NW-1002');
    const last = executions(chat).at(-1)!.inputs;
    expect(last).to.include({
      step_type: 'shipping_information',
      previous_step_type: 'return_options',
      submit_return: true,
    });
    expect(last.selected_products).to.deep.equal([
      {
        id: 'trail-runner',
        quantity: 1,
        reason_id: 'r-fit',
        reason_option_id: 'r-fit-small',
        return_option: 'replacement',
        replacement: { colour: 'Forest', size: 'UK 10' },
      },
      { id: 'crew-socks', quantity: 2, reason_id: 'r-changed-mind', return_option: 'refund' },
    ]);

    await finish(chat, portal);
    expect(transcriptText(chat)).to.contain('Return submitted for order NW-1002 (3 items).');
    expect(transcriptText(chat)).to.contain('All done!');
    await card.updateComplete;
    expect(returnButton(card)!.textContent, 'the card was reset').not.to.contain('requested');
    for (const kind of ['returns-step', 'returns-submitted', 'returns-close', 'step', 'execute']) {
      expect(logged(chat, kind), kind).not.to.be.empty;
    }
    expect(logged(chat, 'protocol-error')).to.be.empty;
  });

  it('NW-1003 overdue: no Return on the card; asking in the chat answers returnOverdue', async () => {
    const chat = await chatAbout('NW-1003');
    expect(returnButton(cards(chat)[0])).to.equal(null);
    await askByForm(chat, 'nw 1003');
    const overdue = chat.widget.transcript.querySelector<ReturnOverdue>('return-overdue')!;
    expect(overdue).to.exist;
    await overdue.updateComplete;
    expect(overdue.shadowRoot!.textContent).to.contain('NW-1003');
    expect(overdue.shadowRoot!.textContent).to.contain('+2');
    expect(overdue.shadowRoot!.textContent).to.contain('30-day return window');
    expect(logged(chat, 'execute'), 'the returns flow is not executed').to.be.empty;
  });

  it('NW-1004: Return → initialise_return_error popup; closing it resets the card', async () => {
    const chat = await chatAbout('NW-1004');
    const [card] = cards(chat);
    returnButton(card)!.click();
    await waitUntil(() => chat.widget.root.querySelector('return-error-popup'), 'the popup is shown');
    const element = chat.widget.root.querySelector<ReturnErrorPopup>('return-error-popup')!;
    await waitUntil(() => element.shadowRoot?.querySelector('dialog')?.open, 'the popup opens');
    expect(element.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.contain('paid for in store');
    expect(chat.widget.portal).to.equal(null);
    const closed = oneEvent(element, 'return-error-popup-closed');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await closed;
    await waitUntil(() => !element.isConnected, 'the popup is removed');
    await card.updateComplete;
    expect(returnButton(card)!.textContent).not.to.contain('requested');
  });

  it('NW-1005: non-returnable items are shown but cannot be chosen; the rest returns', async () => {
    const chat = await chatAbout('NW-1005');
    const portal = await openPortal(chat, cards(chat)[0]);
    for (const name of ['Personalised Leather Belt', 'Northwind Gift Card']) {
      const item = scopeOf(portal, name);
      const box = item.querySelector<HTMLInputElement>('input[type="checkbox"]');
      expect(box === null || box.disabled, `${name} cannot be chosen`).to.be.true;
    }
    expect(root(portal).textContent).to.contain('Gift cards cannot be returned or refunded.');
    await choosePro(portal, 'Canvas Tote', 'Not as described', 'Colour is different');
    await confirmTo(portal, 'return_options');
    await pick(portal, scopeOf(portal, 'Canvas Tote', 'fieldset'), 'Store credit');
    await confirmTo(portal, 'shipping_information');
    await finish(chat, portal);
  });

  it('NW-1006: return details → drop-off search → back → cancel → a fresh selection', async () => {
    const chat = await chatAbout('NW-1006');
    const [card] = cards(chat);
    expect(returnButton(card)!.textContent).to.contain('View my return');
    const portal = await openPortal(chat, card, 'return_details');
    portal.now = () => new Date('2026-03-17T10:00:00Z');
    expect(executions(chat)[0].inputs.step_type).to.equal('return_details');
    const label = root(portal).querySelector<HTMLAnchorElement>('a[download]')!;
    expect(label.href).to.equal('https://returns.northwind-shoes.example/labels/NW-1006.pdf');

    // Shipping info, then back.
    button(portal, 'How to send it back').click();
    await stepShown(portal, 'shipping_information');
    let back = oneEvent(portal, 'returns-step');
    button(portal, 'Back').click();
    expect((await back).detail.stepType).to.equal('return_details');

    // Drop-off locations near the customer (Baker Street), then near Greenwich, then nowhere.
    button(portal, 'Find a drop-off point').click();
    await stepShown(portal, 'drop_off_locations');
    const names = () => [...root(portal).querySelectorAll('h3, h4')].map((h) => h.textContent!.trim());
    expect(names().find((n) => n.startsWith('Post Office') || n.startsWith('InPost'))).to.equal(
      'Post Office — Baker Street',
    );
    const search = async (text: string) => {
      const field = control(root(portal), 'Search near another address');
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.form!.requestSubmit();
    };
    const shown = oneEvent(portal, 'returns-step');
    await search('Greenwich, SE10');
    await shown;
    expect(executions(chat).at(-1)!.inputs).to.deep.include({
      step_type: 'drop_off_locations',
      previous_step_type: 'drop_off_locations',
      updated_user_location: { address: 'Greenwich, SE10' },
    });
    await elementUpdated(portal);
    expect(root(portal).textContent).to.contain('Post Office — Greenwich');
    expect(root(portal).textContent, 'filtered to the new area').not.to.contain('Baker Street');
    const error = oneEvent(portal, 'returns-error');
    await search('Atlantis');
    expect((await error).detail.message).to.contain("couldn't find “Atlantis”");
    back = oneEvent(portal, 'returns-step');
    button(portal, 'Back').click();
    expect((await back).detail.stepType).to.equal('return_details');

    // Cancel: the confirmation screen, a reason, then a fresh product_selection.
    button(portal, 'Cancel return').click();
    await stepShown(portal, 'cancel_return');
    expect(title(portal).textContent).to.equal('Cancel this return?');
    await pick(portal, root(portal), 'I chose the wrong items');
    await confirmTo(portal, 'product_selection');
    expect(executions(chat).at(-1)!.inputs).to.include({
      step_type: 'product_selection',
      previous_step_type: 'cancel_return',
      cancel_reason: 'wrong-items',
    });
    expect(portal.draft).to.deep.equal({});
    expect(root(portal).textContent).to.contain('Trail Runner 2 — Forest');

    await finish(chat, portal, 'dismissed');
    expect(transcriptText(chat)).to.contain('Your answers are saved');
  });

  it('NW-1007: important information with an acknowledgement and a quantity selector', async () => {
    const chat = await chatAbout('NW-1007');
    const portal = await openPortal(chat, cards(chat)[0]);
    await choosePro(portal, 'Wireless Earbuds Pro', 'Changed my mind', undefined, '2');
    await choosePro(portal, 'Recycled Phone Case', 'Changed my mind');
    await confirmTo(portal, 'return_options');
    await pick(portal, scopeOf(portal, 'Wireless Earbuds Pro', 'fieldset'), 'Refund');
    await pick(portal, scopeOf(portal, 'Recycled Phone Case', 'fieldset'), 'Refund');
    expect(confirmButton(portal).textContent).to.contain('Continue');
    await confirmTo(portal, 'important_information');
    expect(executions(chat).at(-1)!.inputs.submit_return, 'return_options does not submit here').to.equal(undefined);

    const unopened = control(root(portal), 'Unopened');
    expect(unopened.value).to.equal('2');
    unopened.value = '1';
    unopened.dispatchEvent(new Event('input', { bubbles: true }));
    unopened.dispatchEvent(new Event('change', { bubbles: true }));
    await elementUpdated(portal);
    expect(confirmButton(portal).getAttribute('aria-disabled'), 'the box must be ticked').to.equal('true');
    await pick(portal, root(portal), 'I confirm the items are complete');
    const submitted = oneEvent(portal, 'returns-submitted');
    await confirmTo(portal, 'shipping_information');
    await submitted;
    const inputs = executions(chat).at(-1)!.inputs;
    expect(inputs).to.include({ previous_step_type: 'important_information', acknowledged: true, submit_return: true });
    expect(inputs.unopened_quantities).to.deep.equal({ earbuds: 1 });
    await finish(chat, portal);
  });

  it('NW-1008: two shipments, two cards; items in transit cannot be returned yet', async () => {
    const chat = await chatAbout('NW-1008');
    const [first, second] = cards(chat);
    expect(cards(chat)).to.have.length(2);
    expect(first.shadowRoot!.textContent).to.match(/Shipment 1 of 2/);
    expect(second.shadowRoot!.textContent).to.match(/Shipment 2 of 2/);
    expect(returnButton(first)).to.equal(null);
    expect(logged(chat, 'activity').map((e) => (e.data as { type: string }).type)).to.deep.equal([
      'orderTracker',
      'deliveryStatus',
    ]);
    const portal = await openPortal(chat, second);
    expect(scopeOf(portal, 'Insulated Parka').textContent).to.contain('Not delivered yet');
    await choosePro(portal, 'Running Cap', 'Changed my mind', undefined, '2');
    await confirmTo(portal, 'return_options');
    expect(root(portal).textContent).not.to.contain('Sun Hat');
    await pick(portal, scopeOf(portal, 'Running Cap', 'fieldset'), 'Refund');
    await confirmTo(portal, 'shipping_information');
    await finish(chat, portal);
  });

  it('the order-number form: empty is refused in place, unknown is said clearly, a known one opens', async () => {
    const chat = await chatAbout('NW-1005');
    await askByForm(chat, '   ');
    const form = chat.widget.transcript.querySelector<HTMLFormElement>('.order-form')!;
    expect(form.querySelector('.field-error')!.textContent).to.equal('Please enter your order number.');
    expect(form.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(logged(chat, 'message'), 'nothing was sent').to.be.empty;

    await sendOrderNumber(chat, 'AB-12');
    expect(transcriptText(chat)).to.contain("I can't find an order “AB-12”");
    expect(chat.widget.transcript.querySelectorAll('.order-form')).to.have.length(2);
    await expect(chat.widget.root).to.be.accessible();

    await sendOrderNumber(chat, '1002');
    await waitUntil(() => chat.widget.portal, 'the portal opens');
    await stepShown(chat.widget.portal!, 'product_selection');
    expect(executions(chat)[0].inputs.order_number).to.equal('NW-1002');
    expect(logged(chat, 'chat-event')[0].data).to.deep.equal({
      type: 'chat_event',
      payload: { name: 'returnRequested' },
    });
  });

  it('failure injection: a rejected first execution shows the portal popup and returns to chat', async () => {
    const chat = await chatAbout('NW-1002');
    chat.faults.failure = 'reject';
    returnButton(cards(chat)[0])!.click();
    await waitUntil(() => chat.widget.portal, 'the portal opens');
    const portal = chat.widget.portal!;
    await waitUntil(() => root(portal).querySelector('return-error-popup')?.open, 'the portal shows its popup');
    expect(chat.faults.failure, 'once: switched off after use').to.equal('none');
    expect(logged(chat, 'rejection')).to.have.length(1);
    const closed = oneEvent(portal, 'returns-close');
    const inner = root(portal).querySelector<ReturnErrorPopup>('return-error-popup')!;
    await waitUntil(() => inner.shadowRoot?.querySelector('dialog')?.open);
    inner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    expect((await closed).detail.reason).to.equal('failed');
    await waitUntil(() => !chat.widget.portal);
    expect(transcriptText(chat)).to.contain('Sorry about that');
  });

  it('failure injection: an invalid answer is a protocol-error in the log, Retry recovers', async () => {
    const chat = await chatAbout('NW-1002');
    const portal = await openPortal(chat, cards(chat)[0]);
    await choosePro(portal, 'Packable Rain Jacket', 'Size or fit', 'Too large');
    chat.faults.failure = 'invalid';
    const error = oneEvent(portal, 'returns-error');
    confirmButton(portal).click();
    expect((await error).detail.kind).to.equal('protocol');
    expect(logged(chat, 'protocol-error')).to.have.length(1);
    await elementUpdated(portal);
    const shown = oneEvent(portal, 'returns-step');
    button(portal, 'Try again').click();
    expect((await shown).detail.stepType).to.equal('return_options');
  });

  it('fits a 320 px chat panel: nothing in the transcript scrolls sideways', async () => {
    const chat = await chatAbout('NW-1008');
    chat.widget.root.style.inlineSize = '320px';
    await askByForm(chat, 'AB-12');
    await Promise.all(chat.widget.elements().map((element) => element.updateComplete));
    const { transcript } = chat.widget;
    expect(transcript.scrollWidth).to.be.at.most(transcript.clientWidth);
    for (const element of chat.widget.elements()) {
      expect(element.getBoundingClientRect().width, element.localName).to.be.at.most(320);
    }
  });

  it('locale and direction reach every element', async () => {
    const chat = await chatAbout('NW-1008');
    chat.widget.locale = 'de';
    chat.widget.dir = 'rtl';
    for (const element of chat.widget.elements()) {
      expect(element.locale).to.equal('de');
      expect(element.getAttribute('dir')).to.equal('rtl');
    }
    chat.widget.dir = null;
    expect(cards(chat)[0].hasAttribute('dir')).to.be.false;
  });
});

// The chat flow on its own -----------------------------------------------------------------------

describe('reference chat flow', () => {
  function flowWithOutputs() {
    const outputs: ChatOutput[] = [];
    const flow = new ReferenceChatFlow(data, (output) => outputs.push(output), { channel: 'test' });
    return { flow, outputs };
  }
  const activities = (outputs: ChatOutput[]) =>
    outputs.flatMap((o) => (o.kind === 'activity' ? [o.activity as { type: string }] : []));

  it('every activity it sends is valid', () => {
    const { flow, outputs } = flowWithOutputs();
    for (const order of data.orders) {
      flow.startConversation(order.orderNumber);
      flow.handleChatEvent({
        type: 'chat_event',
        payload: { name: 'returnRequested', orderNumber: order.orderNumber },
      });
      flow.overdueActivity(order);
    }
    for (const activity of activities(outputs)) {
      const result = parseActivity(activity);
      expect(result.ok, `${activity.type}: ${JSON.stringify(!result.ok && result.issues)}`).to.be.true;
    }
    expect(new Set(activities(outputs).map((a) => a.type))).to.deep.equal(
      new Set(['orderTracker', 'deliveryStatus', 'initialise_return', 'initialise_return_error', 'returnOverdue']),
    );
  });

  it('returnRequested without an order number asks for it; other events are ignored', () => {
    const { flow, outputs } = flowWithOutputs();
    flow.handleChatEvent({ type: 'chat_event', payload: { name: 'somethingElse' } });
    expect(outputs).to.be.empty;
    flow.handleChatEvent({ type: 'chat_event', payload: { name: 'returnRequested' } });
    expect(outputs.map((o) => o.kind)).to.deep.equal(['text', 'order-number-form']);
    expect(flow.awaitingOrderNumber).to.be.true;
    flow.receiveOrderNumber('nw-1006');
    expect(activities(outputs).at(-1)).to.deep.include({ type: 'initialise_return' });
    expect((activities(outputs).at(-1) as unknown as { inputs: object }).inputs).to.include({
      order_number: 'NW-1006',
      step_type: 'return_details',
      channel: 'test',
    });
  });
});

// The returns flow function on its own -----------------------------------------------------------

describe('reference returns flow (pure function)', () => {
  const NOW = new Date('2026-03-17T10:00:00');
  function request(orderNumber: string, inputs: Record<string, unknown> = {}): ExecutionRequest {
    return {
      returnFlowId: data.returnFlowId,
      externalAccountKey: data.externalAccountKey,
      inputs: { order_number: orderNumber, step_type: 'product_selection', channel: 'test', ...inputs },
    } as ExecutionRequest;
  }
  const answer = (orderNumber: string, inputs: Record<string, unknown> = {}) =>
    answerStep(data, request(orderNumber, inputs), NOW);
  const payloadOf = (a: StepAnswer) => (a as { payload: Record<string, unknown> }).payload;
  const errorOf = (a: StepAnswer) => (a.type === 'error' ? a.message : undefined);
  const shoesAndSocks = [
    { id: 'trail-runner', quantity: 1, reason_id: 'r-fit', reason_option_id: 'r-fit-small', return_option: 'refund' },
    { id: 'crew-socks', quantity: 2, reason_id: 'r-changed-mind', return_option: 'refund' },
  ];

  it('honours step_type: answers every step type asked, each a valid step object', () => {
    const selected = [
      {
        id: 'trail-runner-forest',
        quantity: 1,
        reason_id: 'r-fit',
        reason_option_id: 'r-fit-small',
        return_option: 'refund',
      },
    ];
    const types = [
      'product_selection',
      'return_options',
      'important_information',
      'shipping_information',
      'return_details',
      'drop_off_locations',
      'cancel_return',
    ];
    for (const step_type of types) {
      const result = answer('NW-1006', {
        step_type,
        selected_products: selected,
        previous_step_type: step_type === 'shipping_information' ? 'return_details' : undefined,
      });
      expect(result.type, step_type).to.equal(step_type);
      const parsed = parseStep(result);
      expect(parsed.ok, `${step_type}: ${JSON.stringify(!parsed.ok && parsed.issues)}`).to.be.true;
    }
  });

  it('builds each step from the accumulated inputs: only the selected products appear', () => {
    const options = answer('NW-1002', { step_type: 'return_options', selected_products: shoesAndSocks });
    const ids = (payloadOf(options).products as { id: string }[]).map((p) => p.id);
    expect(ids).to.deep.equal(['trail-runner', 'crew-socks']);
    const info = answer('NW-1007', {
      step_type: 'important_information',
      selected_products: [{ id: 'earbuds', quantity: 2, reason_id: 'r-changed-mind', return_option: 'refund' }],
    });
    const categories = payloadOf(info).categories as { type: string; products?: { id: string }[] }[];
    expect(categories[0].type).to.equal('unopened_items');
    expect(categories[0].products!.map((p) => p.id)).to.deep.equal(['earbuds']);
  });

  it('important_information only for the order that needs it; otherwise return_options submits', () => {
    const plain = answer('NW-1002', { step_type: 'return_options', selected_products: shoesAndSocks });
    expect(plain).to.deep.include({ nextType: 'shipping_information' });
    expect(payloadOf(plain).isSubmitReturnStep).to.be.true;
    const needing = answer('NW-1007', {
      step_type: 'return_options',
      selected_products: [{ id: 'phone-case', quantity: 1, reason_id: 'r-changed-mind' }],
    });
    expect(needing).to.deep.include({ nextType: 'important_information' });
    expect(payloadOf(needing).isSubmitReturnStep).to.be.false;
    const info = answer('NW-1007', {
      step_type: 'important_information',
      selected_products: [{ id: 'phone-case', quantity: 1, reason_id: 'r-changed-mind', return_option: 'refund' }],
    });
    expect(payloadOf(info)).to.include({ isSubmitReturnStep: true });
    expect(payloadOf(info).acknowledgementText).to.be.a('string');
  });

  it('business rules are error objects', () => {
    const tooMany = [{ id: 'crew-socks', quantity: 3, reason_id: 'r-changed-mind' }];
    expect(errorOf(answer('NW-1002', { step_type: 'return_options', selected_products: tooMany }))).to.contain(
      'at most 2 packs',
    );
    expect(errorOf(answer('NW-1002', { step_type: 'return_options', selected_products: [] }))).to.equal(
      'Choose at least one item to return.',
    );
    const belt = [{ id: 'belt', quantity: 1, reason_id: 'r-changed-mind' }];
    expect(errorOf(answer('NW-1005', { step_type: 'return_options', selected_products: belt }))).to.contain(
      'Personalised items cannot be returned.',
    );
    const notSubmitted = answer('NW-1002', {
      step_type: 'shipping_information',
      previous_step_type: 'return_options',
      selected_products: shoesAndSocks,
    });
    expect(errorOf(notSubmitted)).to.contain('not submitted');
    const noAck = answer('NW-1007', {
      step_type: 'shipping_information',
      previous_step_type: 'important_information',
      submit_return: true,
      selected_products: [{ id: 'phone-case', quantity: 1, reason_id: 'r-changed-mind', return_option: 'refund' }],
    });
    expect(errorOf(noAck)).to.contain('tick the box');
    expect(errorOf(answer('NW-9999'))).to.contain("couldn't find order NW-9999");
    expect(errorOf(answer('NW-1003'))).to.contain('return window');
    expect(errorOf(answer('NW-1004'))).to.contain('paid for in store');
    expect(errorOf(answer('NW-1002', { step_type: 'cancel_return' }))).to.contain('no return to cancel');
  });

  it('drop_off_locations: sorted from the customer, re-run near a typed place or coordinates', () => {
    const ids = (a: StepAnswer) => (payloadOf(a).dropOffLocations as { id: string }[]).map((l) => l.id);
    const home = answer('NW-1006', { step_type: 'drop_off_locations' });
    expect(ids(home)[0]).to.equal('po-baker-street');
    expect(ids(home)).not.to.include('po-greenwich');
    const moved = answer('NW-1006', {
      step_type: 'drop_off_locations',
      previous_step_type: 'drop_off_locations',
      updated_user_location: { address: "king's cross" },
    });
    expect(ids(moved)[0]).to.equal('po-kings-cross');
    expect(payloadOf(moved).userLocation).to.deep.include({ addressString: "King's Cross, London N1C" });
    const located = answer('NW-1006', {
      step_type: 'drop_off_locations',
      updated_user_location: { coordinates: { lat: 51.4826, lng: -0.0077 } },
    });
    expect(ids(located)[0]).to.equal('po-greenwich');
    expect(
      errorOf(answer('NW-1006', { step_type: 'drop_off_locations', updated_user_location: { address: 'Mars' } })),
    ).to.contain("couldn't find “Mars”");
  });

  it('cancel_return leads to a fresh product_selection', () => {
    const cancel = answer('NW-1006', { step_type: 'cancel_return', previous_step_type: 'return_details' });
    expect(cancel).to.deep.include({ type: 'cancel_return', nextType: 'product_selection' });
    const fresh = answer('NW-1006', {
      step_type: 'product_selection',
      previous_step_type: 'cancel_return',
      cancel_reason: 'keep',
    });
    expect(fresh.type).to.equal('product_selection');
  });

  it('is pure: same request, same answer; the request is not changed', () => {
    const req = request('NW-1002', { step_type: 'return_options', selected_products: shoesAndSocks });
    const copy = structuredClone(req);
    expect(answerStep(data, req, NOW)).to.deep.equal(answerStep(data, req, NOW));
    expect(req).to.deep.equal(copy);
    expect(answerStep({ ...data, externalAccountKey: 'other' }, req, NOW).type).to.equal('error');
  });

  it('dates are relative to today', () => {
    expect(resolveDate('today-2 18:40', NOW)).to.equal('2026-03-15T18:40:00');
    expect(resolveDate('today+3', NOW)).to.equal('2026-03-20');
    expect(resolveDate('2025-01-01', NOW)).to.equal('2025-01-01');
    expect(findOrder(data, ' nw 1002 ')?.orderNumber).to.equal('NW-1002');
    expect(findOrder(data, '1002')?.orderNumber).to.equal('NW-1002');
    expect(findOrder(data, '')).to.equal(undefined);
  });

  describe('withFaults', () => {
    const flow = (req: ExecutionRequest) => answerStep(data, req, NOW);
    const run = (settings: Partial<FaultSettings>, signal = new AbortController().signal) =>
      withFaults(flow, () => ({ latency: 0, failure: 'none', once: false, ...settings }))(request('NW-1002'), {
        signal,
      });

    it('answers normally, after the latency', async () => {
      const started = performance.now();
      expect(((await run({ latency: 60 })) as StepAnswer).type).to.equal('product_selection');
      expect(performance.now() - started).to.be.at.least(50);
    });

    it('rejects, answers an error object, or an invalid step', async () => {
      let rejected: unknown;
      await run({ failure: 'reject' }).catch((e: unknown) => (rejected = e));
      expect(rejected).to.be.instanceOf(Error);
      expect(await run({ failure: 'error' })).to.have.property('type', 'error');
      expect(parseStep(await run({ failure: 'invalid' })).ok).to.be.false;
    });

    it('never answers until aborted; once reports that the failure was used', async () => {
      const controller = new AbortController();
      let settled = false;
      const pending = run({ failure: 'hang' }, controller.signal).catch(() => (settled = true));
      await aTimeout(20);
      expect(settled).to.be.false;
      controller.abort();
      await pending;
      expect(settled).to.be.true;
      let used = '';
      await withFaults(
        flow,
        () => ({ latency: 0, failure: 'error', once: true }),
        (f) => (used = f),
      )(request('NW-1002'), { signal: new AbortController().signal });
      expect(used).to.equal('error');
    });
  });
});
