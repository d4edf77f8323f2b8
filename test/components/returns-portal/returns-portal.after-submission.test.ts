import { aTimeout, elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/returns-portal.js';
import type { ReturnsPortal } from '../../../src/returns-portal.js';
import type { StepType } from '../../../src/protocol/index.js';
import { clone, initialiseReturnActivity, stepFixtures } from '../../protocol/fixtures.js';
import { FakeFlow } from '../../support/fake-flow.js';
import { button, confirmButton, pick, root } from '../../support/portal-driver.js';

const step = <K extends keyof typeof stepFixtures>(type: K) => clone(stepFixtures[type]);

/** A portal opened on an already-submitted return (`inputs.step_type: "return_details"`). */
async function openDetails(details: unknown = step('return_details')) {
  const flow = new FakeFlow();
  const portal = await fixture<ReturnsPortal>(
    html`<returns-portal locale="en-GB" .flowClient=${flow}></returns-portal>`,
  );
  portal.now = () => new Date('2025-03-17T10:00:00Z');
  const activity = clone(initialiseReturnActivity);
  activity.inputs.step_type = 'return_details';
  const shown = oneEvent(portal, 'returns-step');
  void portal.start(activity);
  (await flow.next(1)).answer(details);
  await shown;
  return { portal, flow };
}

async function answer(portal: ReturnsPortal, flow: FakeFlow, value: unknown) {
  const shown = oneEvent(portal, 'returns-step');
  flow.last.answer(value);
  return (await shown).detail;
}

describe('<returns-portal> after submission', () => {
  // The portal keeps drafts per order in sessionStorage (D20): every test starts without one.
  beforeEach(() => sessionStorage.clear());

  it('opens return_details from step_type, without a confirm button', async () => {
    const { portal, flow } = await openDetails();
    expect(flow.requests[0].inputs.step_type).to.equal('return_details');
    expect(portal.stepType).to.equal('return_details');
    expect(confirmButton(portal)).to.equal(null);
    const label = root(portal).querySelector<HTMLAnchorElement>('a[download]')!;
    expect(label.href).to.equal('https://returns.northwind-shoes.example/labels/NW-100245.pdf');
    await expect(portal).to.be.accessible();
  });

  for (const [text, stepType] of [
    ['How to send it back', 'shipping_information'],
    ['Find a drop-off point', 'drop_off_locations'],
  ] as [string, StepType][]) {
    it(`"${text}" executes ${stepType} from the details; Back returns to them`, async () => {
      const { portal, flow } = await openDetails();
      button(portal, text).click();
      expect(flow.requests[1].inputs).to.include({ step_type: stepType, previous_step_type: 'return_details' });
      await answer(portal, flow, step(stepType));
      expect(portal.stepType).to.equal(stepType);
      await expect(portal).to.be.accessible();
      const back = oneEvent(portal, 'returns-step');
      button(portal, 'Back').click();
      expect((await back).detail.stepType).to.equal('return_details');
      expect(flow.requests).to.have.length(2);
    });
  }

  it('detail buttons do nothing while an execution is in flight', async () => {
    const { portal, flow } = await openDetails();
    button(portal, 'How to send it back').click();
    await elementUpdated(portal);
    button(portal, 'Find a drop-off point').click();
    button(portal, 'Cancel return').click();
    await aTimeout(5);
    expect(flow.requests).to.have.length(2);
  });

  it('an unknown button without a url is left out and reported; with a url it is a link', async () => {
    const details = step('return_details');
    details.payload.returnDetailButtons!.push(
      { type: 'print_at_home', text: 'Print at home' },
      { type: 'faq', url: 'https://help.example/returns', text: 'Returns FAQ' },
    );
    const flow = new FakeFlow();
    const portal = await fixture<ReturnsPortal>(
      html`<returns-portal locale="en-GB" .flowClient=${flow}></returns-portal>`,
    );
    const activity = clone(initialiseReturnActivity);
    activity.inputs.step_type = 'return_details';
    const reported = oneEvent(portal, 'protocol-error');
    void portal.start(activity);
    (await flow.next(1)).answer(details);
    const { detail } = await reported;
    expect(detail.fatal).to.be.false;
    expect(detail.issues.map((i: { path: string }) => i.path)).to.deep.equal(['payload.returnDetailButtons[3]']);
    await elementUpdated(portal);
    expect(root(portal).textContent).not.to.contain('Print at home');
    const faq = [...root(portal).querySelectorAll('a')].find((a) => a.textContent!.includes('Returns FAQ'))!;
    expect(faq.href).to.equal('https://help.example/returns');
  });

  it('cancelling: confirmation screen, reason sent, then a fresh product_selection', async () => {
    const { portal, flow } = await openDetails();
    button(portal, 'Cancel return').click();
    expect(flow.requests[1].inputs).to.include({ step_type: 'cancel_return', previous_step_type: 'return_details' });
    await answer(portal, flow, step('cancel_return'));
    expect(root(portal).querySelector('.title')!.textContent).to.equal('Cancel this return?');
    await expect(portal).to.be.accessible();
    await pick(portal, root(portal), 'I chose the wrong items');
    confirmButton(portal).click();
    expect(flow.requests[2].inputs).to.include({
      step_type: 'product_selection',
      previous_step_type: 'cancel_return',
      cancel_reason: 'wrong-items',
    });
    const detail = await answer(portal, flow, step('product_selection'));
    expect(detail.stepType).to.equal('product_selection');
    expect(portal.draft).to.deep.equal({});
    expect(root(portal).querySelector('[part~="back-button"]'), 'no Back after cancelling').to.equal(null);
  });

  it('"Keep my return" goes back to the details without executing', async () => {
    const { portal, flow } = await openDetails();
    button(portal, 'Cancel return').click();
    await answer(portal, flow, step('cancel_return'));
    const back = oneEvent(portal, 'returns-step');
    button(portal, 'Keep my return').click();
    expect((await back).detail.stepType).to.equal('return_details');
    expect(flow.requests).to.have.length(2);
  });

  it('a new drop-off search sends updated_user_location and replaces the list in place', async () => {
    const { portal, flow } = await openDetails();
    button(portal, 'Find a drop-off point').click();
    await answer(portal, flow, step('drop_off_locations'));
    const field = root(portal).querySelector<HTMLInputElement>('input[type="search"], input[type="text"]')!;
    field.value = 'King’s Cross, London';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.form!.requestSubmit();
    await elementUpdated(portal);
    expect(flow.requests[2].inputs).to.deep.include({
      step_type: 'drop_off_locations',
      previous_step_type: 'drop_off_locations',
      updated_user_location: { address: 'King’s Cross, London' },
    });
    const moved = step('drop_off_locations');
    moved.payload.dropOffLocations = moved.payload.dropOffLocations.slice(1);
    await answer(portal, flow, moved);
    expect(root(portal).textContent).not.to.contain('Charing Cross');
    const back = oneEvent(portal, 'returns-step');
    button(portal, 'Back').click();
    expect((await back).detail.stepType, 'the search replaced the step: one Back reaches the details').to.equal(
      'return_details',
    );
  });
});

describe('<returns-portal> renders every step accessibly', () => {
  for (const type of Object.keys(stepFixtures) as (keyof typeof stepFixtures)[]) {
    it(`${type}, light and dark`, async () => {
      const flow = new FakeFlow();
      const portal = await fixture<ReturnsPortal>(
        html`<returns-portal locale="en-GB" .flowClient=${flow} style="block-size: 40rem"></returns-portal>`,
      );
      portal.now = () => new Date('2025-03-17T10:00:00Z');
      const activity = clone(initialiseReturnActivity);
      activity.inputs.step_type = type;
      const shown = oneEvent(portal, 'returns-step');
      void portal.start(activity);
      (await flow.next(1)).answer(step(type));
      await shown;
      await expect(portal).to.be.accessible();
      document.documentElement.style.colorScheme = 'dark';
      try {
        await expect(portal).to.be.accessible();
      } finally {
        document.documentElement.style.colorScheme = '';
      }
    });
  }
});
