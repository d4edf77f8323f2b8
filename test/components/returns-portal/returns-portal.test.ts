import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/returns-portal.js';
import type { ReturnsPortal } from '../../../src/returns-portal.js';
import { provideFlowClient } from '../../../src/context.js';
import type { ProtocolErrorEvent, ReturnsErrorEvent } from '../../../src/events/index.js';
import { clone, initialiseReturnActivity, stepFixtures } from '../../protocol/fixtures.js';
import { FakeFlow } from '../../support/fake-flow.js';
import {
  button,
  choose,
  confirmButton,
  control,
  errorBanner,
  pick,
  root,
  scopeOf,
  title,
} from '../../support/portal-driver.js';

const activity = () => clone(initialiseReturnActivity);
const step = <K extends keyof typeof stepFixtures>(type: K) => clone(stepFixtures[type]);

async function portalWith(flow: FakeFlow, attrs: { timeout?: number } = {}) {
  const portal = await fixture<ReturnsPortal>(
    html`<returns-portal locale="en-GB" .flowClient=${flow} .timeout=${attrs.timeout ?? 30_000}></returns-portal>`,
  );
  return portal;
}

/** Starts a portal and answers its first execution with `first`. */
async function started(first: unknown = step('product_selection'), flow = new FakeFlow()) {
  const portal = await portalWith(flow);
  const shown = oneEvent(portal, 'returns-step');
  const result = portal.start(activity());
  (await flow.next(1)).answer(first);
  await shown;
  expect(await result).to.be.true;
  return { portal, flow };
}

/** Answers the next execution and waits until the step shows. */
async function answerNext(
  portal: ReturnsPortal,
  flow: FakeFlow,
  answer: unknown,
  count = Math.max(1, flow.executions.length),
) {
  const shown = oneEvent(portal, 'returns-step');
  (await flow.next(count)).answer(answer);
  return (await shown).detail;
}

/** Fills product_selection: the shoes (2 units, too small) and the bra. */
async function fillProductSelection(portal: ReturnsPortal) {
  const shoes = scopeOf(portal, 'Trail Runner 2');
  await pick(portal, shoes, 'Trail Runner 2');
  await choose(portal, shoes, 'How many to return', '2');
  await choose(portal, shoes, 'Reason for return', 'Size or fit');
  await choose(portal, shoes, 'Specific reason', 'Too small');
  const bra = scopeOf(portal, 'Everyday Support Bra');
  await pick(portal, bra, 'Everyday Support Bra');
  await choose(portal, bra, 'Reason for return', 'Size or fit');
}

describe('<returns-portal>', () => {
  // The portal keeps drafts per order in sessionStorage (D20): every test starts without one.
  beforeEach(() => sessionStorage.clear());

  it('renders idle, then loading while the first step is fetched, then the step', async () => {
    const flow = new FakeFlow();
    const portal = await portalWith(flow);
    expect(portal.state).to.equal('idle');
    expect(portal.open).to.be.false;
    const result = portal.start(activity());
    await elementUpdated(portal);
    expect(portal.state).to.equal('loading');
    expect(portal.open).to.be.true;
    expect(root(portal).querySelector('[part~="loading"]')).to.exist;
    await expect(portal).to.be.accessible();
    const shown = oneEvent(portal, 'returns-step');
    (await flow.next(1)).answer(step('product_selection'));
    const { detail } = await shown;
    expect(await result).to.be.true;
    expect(detail.stepType).to.equal('product_selection');
    expect(detail.nextType).to.equal('return_options');
    expect(Object.isFrozen(detail.payload)).to.be.true;
    expect(detail.payload, 'one copy, however often it is read').to.equal(detail.payload);
    expect(root(portal).querySelector('return-error-popup'), 'no popup without a failed start').to.be.null;
    expect(portal.state).to.equal('ready');
    expect(portal.stepType).to.equal('product_selection');
    expect(title(portal).textContent).to.equal('Choose items to return');
    expect(root(portal).querySelector('[part~="order-number"]')!.textContent).to.equal('Order NW-100245');
    await expect(portal).to.be.accessible();
  });

  it("a product image that fails to load shows its placeholder (one listener for the portal's images)", async () => {
    sessionStorage.clear();
    const first = step('product_selection');
    const pixel =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    // A data: URL the policy accepts but no decoder can read; the others load.
    first.payload.products.forEach(
      (product, index) => (product.image = index === 0 ? 'data:image/png;base64,AAAA' : pixel),
    );
    const { portal } = await started(first);
    const frames = [...root(portal).querySelectorAll('.ps-product .image-frame')];
    await waitUntil(() => frames[0]!.classList.contains('broken'), 'the failed image is marked broken');
    expect(frames[0]!.querySelector('img')!.getAttribute('aria-hidden')).to.equal('true');
    expect(frames.slice(1).map((frame) => frame.classList.contains('broken'))).to.deep.equal([false, false]);
  });

  it('the first request carries the activity inputs verbatim and the step type', async () => {
    const { flow } = await started();
    expect(flow.requests[0]).to.deep.equal({
      returnFlowId: initialiseReturnActivity.returnFlowId,
      externalAccountKey: initialiseReturnActivity.externalAccountKey,
      inputs: {
        customer_email: 'amelia.hughes@example.co.uk',
        channel: { name: 'web-chat', locale: 'en-GB', tags: ['vip', 'returns'] },
        order_number: 'NW-100245',
        step_type: 'product_selection',
      },
    });
  });

  it('a whole journey sends exactly the inputs of PROTOCOL.md 4.1 and submits once', async () => {
    const { portal, flow } = await started();
    const custom = {
      customer_email: 'amelia.hughes@example.co.uk',
      channel: { name: 'web-chat', locale: 'en-GB', tags: ['vip', 'returns'] },
    };
    expect(confirmButton(portal).getAttribute('aria-disabled')).to.equal('true');
    await fillProductSelection(portal);
    expect(confirmButton(portal).getAttribute('aria-disabled')).to.equal('false');
    expect(portal.draft).to.deep.equal({
      selected_products: [
        { id: 'p1', quantity: 2, reason_id: 'r-fit', reason_option_id: 'r-fit-small' },
        { id: 'p2', quantity: 1, reason_id: 'r-fit' },
      ],
    });

    confirmButton(portal).click();
    await answerNext(portal, flow, step('return_options'));
    expect(flow.requests[1].inputs).to.deep.equal({
      ...custom,
      order_number: 'NW-100245',
      selected_products: [
        { id: 'p1', quantity: 2, reason_id: 'r-fit', reason_option_id: 'r-fit-small' },
        { id: 'p2', quantity: 1, reason_id: 'r-fit' },
      ],
      step_type: 'return_options',
      previous_step_type: 'product_selection',
    });
    expect(root(portal).querySelector('[part~="progress"]')?.textContent).to.contain('Step 2');

    await pick(portal, scopeOf(portal, 'Trail Runner 2', 'fieldset'), 'Refund');
    await pick(portal, scopeOf(portal, 'Everyday Support Bra', 'fieldset'), 'Refund');
    confirmButton(portal).click();
    await answerNext(portal, flow, step('important_information'));
    expect(flow.requests[2].inputs.selected_products).to.deep.equal([
      { id: 'p1', quantity: 2, reason_id: 'r-fit', reason_option_id: 'r-fit-small', return_option: 'refund' },
      { id: 'p2', quantity: 1, reason_id: 'r-fit', return_option: 'refund' },
    ]);
    expect(flow.requests[2].inputs).to.include({
      step_type: 'important_information',
      previous_step_type: 'return_options',
    });
    expect(root(portal).querySelector('[part~="progress"]')?.textContent).to.equal('Step 3 of 4');

    await pick(portal, root(portal), 'I confirm the items are unworn');
    const submitted = oneEvent(portal, 'returns-submitted');
    confirmButton(portal).click();
    await answerNext(portal, flow, step('shipping_information'));
    const inputs = flow.requests[3].inputs;
    expect(inputs).to.include({
      step_type: 'shipping_information',
      previous_step_type: 'important_information',
      acknowledged: true,
      submit_return: true,
    });
    expect(inputs.unopened_quantities).to.deep.equal({ p1: 2 });
    expect(inputs.submission_id).to.match(/^[0-9a-f-]{36}$/);
    const { detail } = await submitted;
    expect(detail.orderNumber).to.equal('NW-100245');
    expect(detail.inputs).to.deep.equal(inputs);
    expect(root(portal).querySelector('[part~="back-button"]'), 'no Back after submission').to.equal(null);
    await expect(portal).to.be.accessible();

    const closed = oneEvent(portal, 'returns-close');
    confirmButton(portal).click();
    expect((await closed).detail.reason).to.equal('completed');
    expect(portal.open).to.be.false;
    expect(portal.state).to.equal('closed');
    expect(flow.requests).to.have.length(4);
  });

  it('back returns to the previous step with its answers intact, without executing', async () => {
    const { portal, flow } = await started();
    await fillProductSelection(portal);
    confirmButton(portal).click();
    await answerNext(portal, flow, step('return_options'));
    const back = oneEvent(portal, 'returns-step');
    button(portal, 'Back').click();
    expect((await back).detail.stepType).to.equal('product_selection');
    expect(flow.requests).to.have.length(2);
    const shoes = scopeOf(portal, 'Trail Runner 2');
    expect(control(shoes, 'Trail Runner 2').checked).to.be.true;
    expect(control<HTMLSelectElement>(shoes, 'Reason for return').value).to.equal('r-fit');
    expect(root(portal).querySelector('[part~="back-button"]')).to.equal(null);
  });

  it('a double confirm executes once', async () => {
    const { portal, flow } = await started();
    await fillProductSelection(portal);
    confirmButton(portal).click();
    confirmButton(portal).click();
    await elementUpdated(portal);
    confirmButton(portal).click();
    await aTimeout(10);
    expect(flow.requests).to.have.length(2);
    expect(portal.state).to.equal('submitting');
    expect(confirmButton(portal).getAttribute('aria-disabled')).to.equal('true');
  });

  it('an answer that arrives after the shopper went back is dropped', async () => {
    const { portal, flow } = await started();
    await fillProductSelection(portal);
    confirmButton(portal).click();
    await answerNext(portal, flow, step('return_options'));
    await pick(portal, scopeOf(portal, 'Trail Runner 2', 'fieldset'), 'Refund');
    await pick(portal, scopeOf(portal, 'Everyday Support Bra', 'fieldset'), 'Refund');
    confirmButton(portal).click();
    const pending = await flow.next(3);
    button(portal, 'Back').click();
    await elementUpdated(portal);
    expect(pending.signal.aborted, 'the execution is aborted').to.be.true;
    pending.answer(step('important_information'));
    await aTimeout(10);
    expect(portal.stepType).to.equal('product_selection');
  });

  it('starts on the step named by inputs.step_type', async () => {
    const flow = new FakeFlow();
    const portal = await portalWith(flow);
    const start = activity();
    start.inputs.step_type = 'return_options';
    void portal.start(start);
    const shown = oneEvent(portal, 'returns-step');
    (await flow.next(1)).answer(step('return_options'));
    await shown;
    expect(flow.requests[0].inputs.step_type).to.equal('return_options');
    expect(portal.stepType).to.equal('return_options');
    await pick(portal, scopeOf(portal, 'Trail Runner 2', 'fieldset'), 'Refund');
    await pick(portal, scopeOf(portal, 'p2', 'fieldset'), 'Refund');
    expect(portal.draft.selected_products).to.deep.equal([
      { id: 'p1', quantity: 2, return_option: 'refund' },
      { id: 'p2', quantity: 1, return_option: 'refund' },
    ]);
  });

  describe('reaching the returns flow', () => {
    it('through a flow client provided by an ancestor', async () => {
      const flow = new FakeFlow();
      const wrapper = await fixture<HTMLDivElement>(html`<div><returns-portal locale="en-GB"></returns-portal></div>`);
      const dispose = provideFlowClient(wrapper, flow);
      const portal = wrapper.querySelector('returns-portal')!;
      const shown = oneEvent(portal, 'returns-step');
      void portal.start(activity());
      (await flow.next(1)).answer(step('product_selection'));
      await shown;
      dispose();
      expect(flow.requests).to.have.length(1);
    });

    it('through the returns-flow-execute event', async () => {
      const portal = await fixture<ReturnsPortal>(html`<returns-portal locale="en-GB"></returns-portal>`);
      const requests: unknown[] = [];
      portal.addEventListener('returns-flow-execute', (event) => {
        requests.push(event.detail.request);
        event.detail.respondWith(Promise.resolve(step('product_selection')));
      });
      expect(await portal.start(activity())).to.be.true;
      expect(requests).to.have.length(1);
      expect(portal.stepType).to.equal('product_selection');
    });

    it('through the flow-endpoint attribute with fetch', async () => {
      const originalFetch = window.fetch;
      const bodies: unknown[] = [];
      window.fetch = async (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return Response.json(step('product_selection'));
      };
      try {
        const portal = await fixture<ReturnsPortal>(
          html`<returns-portal locale="en-GB" flow-endpoint="/api/returns"></returns-portal>`,
        );
        expect(await portal.start(activity())).to.be.true;
        expect(bodies).to.have.length(1);
      } finally {
        window.fetch = originalFetch;
      }
    });

    it('the property wins over the event', async () => {
      const flow = new FakeFlow();
      const portal = await portalWith(flow);
      let asked = false;
      portal.addEventListener('returns-flow-execute', () => (asked = true));
      void portal.start(activity());
      await flow.next(1);
      expect(asked).to.be.false;
    });
  });

  describe('errors (PROTOCOL.md 4.10)', () => {
    async function confirmAndFail(fail: (flow: FakeFlow) => Promise<void>, timeout?: number) {
      const flow = new FakeFlow();
      const portal = await portalWith(flow, timeout ? { timeout } : {});
      const shown = oneEvent(portal, 'returns-step');
      void portal.start(activity());
      (await flow.next(1)).answer(step('product_selection'));
      await shown;
      await fillProductSelection(portal);
      const errorEvent = oneEvent(portal, 'returns-error');
      confirmButton(portal).click();
      await fail(flow);
      const { detail } = (await errorEvent) as ReturnsErrorEvent;
      await elementUpdated(portal);
      return { portal, flow, detail };
    }

    async function expectAnswersKept(portal: ReturnsPortal) {
      expect(portal.stepType).to.equal('product_selection');
      expect(portal.draft.selected_products).to.have.length(2);
      expect(control(scopeOf(portal, 'Trail Runner 2'), 'Trail Runner 2').checked).to.be.true;
    }

    async function expectRetryWorks(portal: ReturnsPortal, flow: FakeFlow) {
      const before = flow.requests.length;
      const shown = oneEvent(portal, 'returns-step');
      button(portal, 'Try again').click();
      const retried = await flow.next(before + 1);
      expect(retried.request).to.deep.equal(flow.requests[before - 1]);
      retried.answer(step('return_options'));
      expect((await shown).detail.stepType).to.equal('return_options');
      expect(errorBanner(portal)).to.equal(null);
    }

    it('a rejection: generic message with Retry, answers kept', async () => {
      const { portal, flow, detail } = await confirmAndFail(async (f) =>
        (await f.next(2)).fail(new TypeError('Failed to fetch')),
      );
      expect(detail).to.deep.equal({ kind: 'generic', message: 'Something went wrong. Please try again.' });
      expect(portal.state).to.equal('error');
      expect(errorBanner(portal)!.getAttribute('role')).to.equal('alert');
      expect(errorBanner(portal)!.textContent).to.contain('Something went wrong');
      await expectAnswersKept(portal);
      await expect(portal).to.be.accessible();
      await expectRetryWorks(portal, flow);
    });

    it('a timeout: kind timeout, the late answer is dropped, Retry works', async () => {
      const { portal, flow, detail } = await confirmAndFail(async (f) => void (await f.next(2)), 60);
      expect(detail.kind).to.equal('timeout');
      flow.executions[1].answer(step('return_options'));
      await aTimeout(10);
      expect(portal.stepType).to.equal('product_selection');
      await expectAnswersKept(portal);
      await expectRetryWorks(portal, flow);
    });

    it('a flow error shows its message without Retry, answers kept', async () => {
      const { portal, detail } = await confirmAndFail(async (f) =>
        (await f.next(2)).answer({ type: 'error', message: 'You can return at most one pair.' }),
      );
      expect(detail).to.deep.equal({ kind: 'flow', message: 'You can return at most one pair.' });
      expect(errorBanner(portal)!.textContent).to.contain('You can return at most one pair.');
      expect(() => button(portal, 'Try again')).to.throw();
      await expect(portal).to.be.accessible();
      await expectAnswersKept(portal);
    });

    it('an invalid answer: generic message, protocol-error with the path, Retry', async () => {
      const flow = new FakeFlow();
      const portal = await portalWith(flow);
      const shown = oneEvent(portal, 'returns-step');
      void portal.start(activity());
      (await flow.next(1)).answer(step('product_selection'));
      await shown;
      await fillProductSelection(portal);
      const protocolError = oneEvent(portal, 'protocol-error');
      const errorEvent = oneEvent(portal, 'returns-error');
      confirmButton(portal).click();
      const invalid = step('return_options') as Record<string, unknown>;
      delete (invalid.payload as Record<string, unknown>).confirmButtonText;
      (await flow.next(2)).answer(invalid);
      const { detail } = (await protocolError) as ProtocolErrorEvent;
      expect(detail.fatal).to.be.true;
      expect(detail.source).to.equal('returns-portal');
      expect(detail.issues.map((i) => i.path)).to.include('payload.confirmButtonText');
      expect((await errorEvent).detail.kind).to.equal('protocol');
      await elementUpdated(portal);
      await expectAnswersKept(portal);
      await expectRetryWorks(portal, flow);
    });
  });

  describe('a failed start', () => {
    it('shows the popup with the message, then closes with failed', async () => {
      const flow = new FakeFlow();
      const opener = await fixture<HTMLButtonElement>(html`<button>Return</button>`);
      opener.focus();
      const portal = await portalWith(flow);
      const errorEvent = oneEvent(portal, 'returns-error');
      const result = portal.start(activity());
      (await flow.next(1)).answer({ type: 'error', message: 'Order NW-100245 cannot be returned online.' });
      expect(await result).to.be.false;
      expect((await errorEvent).detail.kind).to.equal('flow');
      await portal.updateComplete;
      const popup = root(portal).querySelector('return-error-popup')!;
      expect(popup, 'the popup is made for the failed start').to.exist;
      await waitUntil(() => popup.shadowRoot!.querySelector('dialog')!.open, 'popup opens');
      const dialog = popup.shadowRoot!.querySelector('dialog')!;
      await Promise.all(dialog.getAnimations({ subtree: true }).map((a) => a.finished));
      expect(popup.shadowRoot!.querySelector('p')!.textContent).to.equal('Order NW-100245 cannot be returned online.');
      expect(root(portal).querySelector<HTMLElement>('[part~="base"]')!.hidden, 'panel hidden').to.be.true;
      expect(portal.open, 'stays open until the popup closes').to.be.true;
      await expect(popup).to.be.accessible();

      let escaped = false;
      portal.addEventListener('return-error-popup-close', () => (escaped = true));
      const closed = oneEvent(portal, 'returns-close');
      await sendKeys({ press: 'Escape' });
      expect((await closed).detail.reason).to.equal('failed');
      expect(portal.open).to.be.false;
      expect(escaped, 'popup events stay inside the portal').to.be.false;
    });

    it('a rejected first execution shows the generic message', async () => {
      const flow = new FakeFlow();
      const portal = await portalWith(flow);
      const result = portal.start(activity());
      (await flow.next(1)).fail();
      expect(await result).to.be.false;
      const popup = root(portal).querySelector('return-error-popup')!;
      await waitUntil(() => popup.open);
      expect(popup.message).to.equal('Something went wrong. Please try again.');
    });

    it('an invalid activity fails with protocol-error and the popup, without executing', async () => {
      const flow = new FakeFlow();
      const portal = await portalWith(flow);
      const protocolError = oneEvent(portal, 'protocol-error');
      const bad = activity() as Record<string, unknown>;
      delete bad.returnFlowId;
      expect(await portal.start(bad)).to.be.false;
      expect((await protocolError).detail.issues[0].path).to.equal('returnFlowId');
      expect(flow.requests).to.have.length(0);
      expect(portal.state).to.equal('error');
    });

    it('with no route at all the start fails clearly', async () => {
      const portal = await fixture<ReturnsPortal>(html`<returns-portal locale="en-GB"></returns-portal>`);
      const errorEvent = oneEvent(portal, 'returns-error');
      expect(await portal.start(activity())).to.be.false;
      expect((await errorEvent).detail.kind).to.equal('generic');
    });
  });

  describe('properties', () => {
    it('the activity JSON attribute starts the portal', async () => {
      const portal = await fixture<ReturnsPortal>(
        html`<returns-portal locale="en-GB" activity=${JSON.stringify(initialiseReturnActivity)}></returns-portal>`,
      );
      await waitUntil(() => portal.state === 'error' || portal.state === 'loading');
      expect(portal.open).to.be.true;
    });

    it('the activity property starts only for a different value; null closes', async () => {
      const flow = new FakeFlow();
      const portal = await portalWith(flow);
      portal.activity = activity();
      await (await flow.next(1)).answer(step('product_selection'));
      await elementUpdated(portal);
      portal.activity = activity(); // equal JSON, new identity: no restart
      await elementUpdated(portal);
      expect(flow.requests).to.have.length(1);
      const closed = oneEvent(portal, 'returns-close');
      portal.activity = null;
      expect((await closed).detail.reason).to.equal('dismissed');
    });

    it('the close button closes with dismissed and aborts the execution in flight', async () => {
      const { portal, flow } = await started();
      await fillProductSelection(portal);
      confirmButton(portal).click();
      const pending = await flow.next(2);
      const closed = oneEvent(portal, 'returns-close');
      button(portal, 'Close returns').click();
      expect((await closed).detail.reason).to.equal('dismissed');
      expect(pending.signal.aborted).to.be.true;
      expect(portal.state).to.equal('closed');
      expect(root(portal).querySelector<HTMLElement>('[part~="base"]')!.hidden).to.be.true;
    });

    it('setting open = false closes; a portal started while disconnected waits for connection', async () => {
      const flow = new FakeFlow();
      const portal = document.createElement('returns-portal');
      portal.flowClient = flow;
      const result = portal.start(activity());
      await aTimeout(5);
      expect(flow.requests).to.have.length(0);
      document.body.append(portal);
      try {
        (await flow.next(1)).answer(step('product_selection'));
        expect(await result).to.be.true;
        const closed = oneEvent(portal, 'returns-close');
        portal.open = false;
        expect((await closed).detail.reason).to.equal('dismissed');
      } finally {
        portal.remove();
      }
    });

    it('a disabled confirm says why and moves focus to the first incomplete field (D32)', async () => {
      const { portal } = await started();
      const shoes = scopeOf(portal, 'Trail Runner 2');
      await pick(portal, shoes, 'Trail Runner 2');
      const confirm = confirmButton(portal);
      expect(confirm.getAttribute('aria-disabled')).to.equal('true');
      const reasonId = confirm.getAttribute('aria-describedby')!;
      expect(root(portal).getElementById(reasonId)!.textContent).to.contain('To continue');
      confirm.click();
      await elementUpdated(portal);
      await aTimeout(0);
      expect(root(portal).activeElement).to.equal(control(shoes, 'Reason for return'));
      await expect(portal).to.be.accessible();
    });
  });
});
