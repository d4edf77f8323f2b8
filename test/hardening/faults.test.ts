/**
 * The portal's fault matrix (hardening issue): each way a returns flow or a host can fail, and in
 * every case the right message, a working Retry, the shopper's answers intact and never two
 * executions for one press.
 */
import { aTimeout, elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/returns-portal.js';
import type { ReturnsPortal } from '../../src/returns-portal.js';
import type { ReturnsErrorDetail } from '../../src/events/index.js';
import { clone, initialiseReturnActivity, stepFixtures } from '../protocol/fixtures.js';
import { FakeFlow } from '../support/fake-flow.js';
import { button, choose, confirmButton, control, errorBanner, pick, root, scopeOf } from '../support/portal-driver.js';

const step = <K extends keyof typeof stepFixtures>(type: K) => clone(stepFixtures[type]);
const generic = 'Something went wrong. Please try again.';

/** A portal on product_selection with the shoes picked, a reason and sub-reason chosen. */
async function readyToConfirm(flow = new FakeFlow(), timeout = 30_000) {
  const portal = await fixture<ReturnsPortal>(
    html`<returns-portal locale="en-GB" ephemeral .flowClient=${flow} .timeout=${timeout}></returns-portal>`,
  );
  const shown = oneEvent(portal, 'returns-step');
  void portal.start(clone(initialiseReturnActivity));
  (await flow.next(1)).answer(step('product_selection'));
  await shown;
  const shoes = scopeOf(portal, 'Trail Runner 2');
  await pick(portal, shoes, 'Trail Runner 2');
  await choose(portal, shoes, 'Reason for return', 'Size or fit');
  await choose(portal, shoes, 'Specific reason', 'Too small');
  return { portal, flow };
}

const expectedAnswers = [{ id: 'p1', quantity: 1, reason_id: 'r-fit', reason_option_id: 'r-fit-small' }];

function expectAnswersIntact(portal: ReturnsPortal) {
  expect(portal.stepType).to.equal('product_selection');
  expect(portal.draft.selected_products).to.deep.equal(expectedAnswers);
  expect(control(scopeOf(portal, 'Trail Runner 2'), 'Trail Runner 2').checked).to.be.true;
}

/** Presses confirm three times in a row, as an impatient shopper does. */
async function pressConfirm(portal: ReturnsPortal) {
  confirmButton(portal).click();
  confirmButton(portal).click();
  await elementUpdated(portal);
  confirmButton(portal).click();
}

/** Retry sends the same request once and its answer shows the next step. */
async function expectRetryWorks(portal: ReturnsPortal, flow: FakeFlow) {
  const before = flow.requests.length;
  const shown = oneEvent(portal, 'returns-step');
  button(portal, 'Try again').click();
  button(portal, 'Try again').click();
  const retried = await flow.next(before + 1);
  expect(retried.request).to.deep.equal(flow.requests[before - 1]);
  retried.answer(step('return_options'));
  expect((await shown).detail.stepType).to.equal('return_options');
  await aTimeout(5);
  expect(flow.requests, 'one execution for the retry').to.have.length(before + 1);
}

interface FaultCase {
  name: string;
  /** Makes the confirm's execution fail; resolves when the failure has been reported. */
  fail(portal: ReturnsPortal, flow: FakeFlow): Promise<ReturnsErrorDetail>;
  expected: ReturnsErrorDetail;
  retry: boolean;
  timeout?: number;
}

const cases: FaultCase[] = [
  {
    name: 'the flow rejects',
    fail: async (portal, flow) => {
      const error = oneEvent(portal, 'returns-error');
      (await flow.next(2)).fail(new TypeError('Failed to fetch'));
      return (await error).detail;
    },
    expected: { kind: 'generic', message: generic },
    retry: true,
  },
  {
    name: 'the flow never answers (timeout)',
    timeout: 50,
    fail: async (portal, flow) => {
      const error = oneEvent(portal, 'returns-error');
      await flow.next(2);
      return (await error).detail;
    },
    expected: { kind: 'timeout', message: generic },
    retry: true,
  },
  {
    name: 'the flow answers after the timeout (dropped)',
    timeout: 50,
    fail: async (portal, flow) => {
      const error = oneEvent(portal, 'returns-error');
      const late = await flow.next(2);
      const { detail } = await error;
      late.answer(step('return_options'));
      await aTimeout(10);
      expect(portal.stepType, 'the late answer is not shown').to.equal('product_selection');
      return detail;
    },
    expected: { kind: 'timeout', message: generic },
    retry: true,
  },
  {
    name: 'the answer is invalid',
    fail: async (portal, flow) => {
      const error = oneEvent(portal, 'returns-error');
      (await flow.next(2)).answer({ type: 'return_options', nextType: 'shipping_information', payload: {} });
      return (await error).detail;
    },
    expected: { kind: 'protocol', message: generic },
    retry: true,
  },
  {
    name: 'the flow answers with a business error',
    fail: async (portal, flow) => {
      const error = oneEvent(portal, 'returns-error');
      (await flow.next(2)).answer({ type: 'error', message: 'Only one pair per order can be returned.' });
      return (await error).detail;
    },
    expected: { kind: 'flow', message: 'Only one pair per order can be returned.' },
    retry: false,
  },
];

describe('hardening: the portal fault matrix', () => {
  for (const fault of cases) {
    it(fault.name, async () => {
      const { portal, flow } = await readyToConfirm(new FakeFlow(), fault.timeout);
      await pressConfirm(portal);
      const detail = await fault.fail(portal, flow);
      await elementUpdated(portal);
      expect(detail).to.deep.equal(fault.expected);
      expect(errorBanner(portal)!.textContent).to.contain(fault.expected.message);
      expect(flow.requests, 'one execution for three presses').to.have.length(2);
      expectAnswersIntact(portal);
      if (fault.retry) await expectRetryWorks(portal, flow);
      else expect(root(portal).querySelector('[part~="retry-button"]')).to.equal(null);
    });
  }

  it("the host's respondWith is given a promise that rejects, or its listener throws", async () => {
    for (const mode of ['rejects', 'throws'] as const) {
      const portal = await fixture<ReturnsPortal>(html`<returns-portal locale="en-GB" ephemeral></returns-portal>`);
      let calls = 0;
      portal.addEventListener('returns-flow-execute', (event) => {
        calls += 1;
        if (calls === 1) return event.detail.respondWith(Promise.resolve(step('product_selection')));
        if (mode === 'throws') throw new Error('host bug');
        event.detail.respondWith(Promise.reject(new Error('host bug')));
      });
      // The browser reports a throwing listener as an uncaught error (the host's bug): keep Mocha's
      // uncaught-error hook out of it while the portal deals with the missing answer.
      const mochaOnError = window.onerror;
      window.onerror = () => true;
      try {
        expect(await portal.start(clone(initialiseReturnActivity))).to.be.true;
        const shoes = scopeOf(portal, 'Trail Runner 2');
        await pick(portal, shoes, 'Trail Runner 2');
        await choose(portal, shoes, 'Reason for return', 'Size or fit');
        await choose(portal, shoes, 'Specific reason', 'Too small');
        const error = oneEvent(portal, 'returns-error');
        // Two presses before the failure can arrive (it settles within a microtask here).
        confirmButton(portal).click();
        confirmButton(portal).click();
        expect((await error).detail, mode).to.deep.equal({ kind: 'generic', message: generic });
        expect(calls, mode).to.equal(2);
        await elementUpdated(portal);
        expectAnswersIntact(portal);
      } finally {
        window.onerror = mochaOnError;
      }
    }
  });

  it('answers out of order: only the newest search is shown', async () => {
    const flow = new FakeFlow();
    const portal = await fixture<ReturnsPortal>(
      html`<returns-portal locale="en-GB" ephemeral .flowClient=${flow}></returns-portal>`,
    );
    const activity = clone(initialiseReturnActivity);
    activity.inputs.step_type = 'drop_off_locations';
    const shown = oneEvent(portal, 'returns-step');
    void portal.start(activity);
    (await flow.next(1)).answer(step('drop_off_locations'));
    await shown;
    const field = root(portal).querySelector<HTMLInputElement>('input[type="search"], input[type="text"]')!;
    for (const address of ['Camden', 'Soho']) {
      field.value = address;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.form!.requestSubmit();
      await elementUpdated(portal);
    }
    const [first, second] = [await flow.next(2), await flow.next(3)];
    expect(first.signal.aborted, 'the older search is aborted').to.be.true;
    const soho = step('drop_off_locations');
    soho.payload.dropOffLocations = soho.payload.dropOffLocations.slice(1);
    const newest = oneEvent(portal, 'returns-step');
    second.answer(soho);
    await newest;
    first.answer(step('drop_off_locations'));
    await aTimeout(10);
    expect(root(portal).textContent, 'the older answer is dropped').not.to.contain('Charing Cross');
  });

  it('the same step answered again replaces it in place (no extra history)', async () => {
    const { portal, flow } = await readyToConfirm();
    const shown = oneEvent(portal, 'returns-step');
    await pressConfirm(portal);
    const again = step('product_selection');
    again.payload.confirmButtonText = 'Continue again';
    (await flow.next(2)).answer(again);
    expect((await shown).detail.stepType).to.equal('product_selection');
    expect(confirmButton(portal).textContent).to.contain('Continue again');
    expect(root(portal).querySelector('[part~="back-button"]')).to.equal(null);
    expect(flow.requests).to.have.length(2);
  });

  it('closing mid-execution aborts it and nothing is shown afterwards', async () => {
    const { portal, flow } = await readyToConfirm();
    await pressConfirm(portal);
    const pending = await flow.next(2);
    let events = 0;
    for (const type of ['returns-step', 'returns-error'] as const) portal.addEventListener(type, () => (events += 1));
    portal.close();
    expect(pending.signal.aborted).to.be.true;
    pending.answer(step('return_options'));
    await aTimeout(10);
    expect(events).to.equal(0);
    expect(portal.state).to.equal('closed');
    expect(root(portal).querySelector<HTMLElement>('[part~="base"]')!.hidden).to.be.true;
  });
});
