import { aTimeout, elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/returns-portal.js';
import type { ReturnsPortal } from '../../../src/returns-portal.js';
import { draftKey } from '../../../src/components/returns-portal/journey/persistence.js';
import type { InitialiseReturnActivity } from '../../../src/protocol/index.js';
import { clone, initialiseReturnActivity, stepFixtures } from '../../protocol/fixtures.js';
import { FakeFlow } from '../../support/fake-flow.js';
import { choose, confirmButton, control, pick, root, scopeOf } from '../../support/portal-driver.js';

const step = <K extends keyof typeof stepFixtures>(type: K) => clone(stepFixtures[type]);
const activity = () => clone(initialiseReturnActivity);
const key = draftKey(initialiseReturnActivity as InitialiseReturnActivity);

async function newPortal(flow: FakeFlow, ephemeral = false) {
  return fixture<ReturnsPortal>(
    html`<returns-portal locale="en-GB" .flowClient=${flow} ?ephemeral=${ephemeral}></returns-portal>`,
  );
}

async function startAndAnswer(portal: ReturnsPortal, flow: FakeFlow, answer: unknown, start = activity()) {
  const shown = oneEvent(portal, 'returns-step');
  const count = flow.executions.length + 1;
  const result = portal.start(start);
  (await flow.next(count)).answer(answer);
  await shown;
  expect(await result).to.be.true;
}

async function pickShoes(portal: ReturnsPortal) {
  const shoes = scopeOf(portal, 'Trail Runner 2');
  await pick(portal, shoes, 'Trail Runner 2');
  await choose(portal, shoes, 'Reason for return', 'Size or fit');
  await choose(portal, shoes, 'Specific reason', 'Too small');
}

describe('<returns-portal> keeps the draft (D20)', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('closing and re-opening the same order resumes where the shopper was', async () => {
    const flow = new FakeFlow();
    const portal = await newPortal(flow);
    await startAndAnswer(portal, flow, step('product_selection'));
    await pickShoes(portal);
    confirmButton(portal).click();
    const shown = oneEvent(portal, 'returns-step');
    flow.last.answer(step('return_options'));
    await shown;
    const onOptions = flow.requests[1].inputs;
    await pick(portal, scopeOf(portal, 'Trail Runner 2', 'fieldset'), 'Replacement');
    portal.close();

    const stored = JSON.parse(sessionStorage.getItem(key)!);
    expect(stored.v).to.equal(1);
    expect(stored.lastRequestInputs).to.deep.equal(onOptions);

    await startAndAnswer(portal, flow, step('return_options'));
    expect(flow.requests[2].inputs, 'the resume re-sends the stored request').to.deep.equal(onOptions);
    expect(portal.stepType).to.equal('return_options');
    expect(control(scopeOf(portal, 'Trail Runner 2', 'fieldset'), 'Replacement').checked).to.be.true;
    expect(root(portal).querySelector('[part~="back-button"]'), 'no Back on a resumed step (D8)').to.equal(null);
    expect(portal.draft.selected_products![0]).to.deep.include({ reason_id: 'r-fit', return_option: 'replacement' });
  });

  it('a reloaded page (a new portal) resumes too', async () => {
    const flow = new FakeFlow();
    const first = await newPortal(flow);
    await startAndAnswer(first, flow, step('product_selection'));
    await pickShoes(first);
    first.remove();
    const again = await newPortal(flow);
    await startAndAnswer(again, flow, step('product_selection'));
    expect(again.draft.selected_products).to.deep.equal([
      { id: 'p1', quantity: 1, reason_id: 'r-fit', reason_option_id: 'r-fit-small' },
    ]);
    expect(control(scopeOf(again, 'Trail Runner 2'), 'Trail Runner 2').checked).to.be.true;
  });

  it('another order, or a portal opened on a submitted return, does not resume', async () => {
    const flow = new FakeFlow();
    const portal = await newPortal(flow);
    await startAndAnswer(portal, flow, step('product_selection'));
    await pickShoes(portal);
    const other = activity();
    other.inputs.order_number = 'NW-100999';
    await startAndAnswer(portal, flow, step('product_selection'), other);
    expect(portal.draft).to.deep.equal({});
    const details = activity();
    details.inputs.step_type = 'return_details';
    await startAndAnswer(portal, flow, step('return_details'), details);
    expect(flow.last.request.inputs.step_type).to.equal('return_details');
    expect(flow.last.request.inputs).not.to.have.property('selected_products');
  });

  it('when the flow refuses the resumed step, starts fresh with the answers pre-filled', async () => {
    const flow = new FakeFlow();
    const portal = await newPortal(flow);
    await startAndAnswer(portal, flow, step('product_selection'));
    await pickShoes(portal);
    const shown = oneEvent(portal, 'returns-step');
    void portal.start(activity());
    (await flow.next(2)).answer({ type: 'error', message: 'Session expired' });
    (await flow.next(3)).answer(step('product_selection'));
    await shown;
    expect(flow.requests[2].inputs).to.deep.include({ step_type: 'product_selection' });
    expect(flow.requests[2].inputs).not.to.have.property('previous_step_type');
    expect(portal.draft.selected_products![0].reason_id).to.equal('r-fit');
    expect(root(portal).querySelector('[part~="error"]')).to.equal(null);
  });

  it('is cleared once the return is submitted', async () => {
    const flow = new FakeFlow();
    const portal = await newPortal(flow);
    await startAndAnswer(portal, flow, step('important_information'), {
      ...activity(),
      inputs: { ...activity().inputs, step_type: 'product_selection' },
    });
    expect(sessionStorage.getItem(key)).not.to.equal(null);
    await pick(portal, root(portal), 'I confirm the items are unworn');
    confirmButton(portal).click();
    const shown = oneEvent(portal, 'returns-step');
    flow.last.answer(step('shipping_information'));
    await shown;
    expect(sessionStorage.getItem(key)).to.equal(null);
  });

  it('an invalid stored value is discarded', async () => {
    sessionStorage.setItem(
      key,
      JSON.stringify({ v: 1, savedAt: 1, draft: { selected_products: 'x' }, lastRequestInputs: {} }),
    );
    const flow = new FakeFlow();
    const portal = await newPortal(flow);
    await startAndAnswer(portal, flow, step('product_selection'));
    expect(flow.requests[0].inputs).not.to.have.property('previous_step_type');
    expect(portal.draft).to.deep.equal({});
    expect(JSON.parse(sessionStorage.getItem(key)!).draft, 'replaced by the fresh journey').to.deep.equal({});
  });

  it('ephemeral portals store nothing', async () => {
    const flow = new FakeFlow();
    const portal = await newPortal(flow, true);
    await startAndAnswer(portal, flow, step('product_selection'));
    await pickShoes(portal);
    expect(sessionStorage.getItem(key)).to.equal(null);
  });

  for (const [name, method] of [
    ['unavailable (access throws)', 'getItem'],
    ['full (writes throw)', 'setItem'],
  ] as const) {
    it(`works without persistence when storage is ${name}`, async () => {
      const original = Storage.prototype[method];
      (Storage.prototype as unknown as Record<string, unknown>)[method] = () => {
        throw new DOMException('denied', method === 'setItem' ? 'QuotaExceededError' : 'SecurityError');
      };
      try {
        const flow = new FakeFlow();
        const portal = await newPortal(flow);
        await startAndAnswer(portal, flow, step('product_selection'));
        await pickShoes(portal);
        confirmButton(portal).click();
        await elementUpdated(portal);
        await aTimeout(0);
        expect(flow.requests).to.have.length(2);
        expect(flow.requests[1].inputs.selected_products).to.have.length(1);
      } finally {
        (Storage.prototype as unknown as Record<string, unknown>)[method] = original;
      }
    });
  }
});
