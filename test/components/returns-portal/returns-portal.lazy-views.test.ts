/**
 * The after-submission step views are lazy chunks (DECISIONS.md D36): the portal shows its loading
 * state until the view of the shown step arrives, an error with Retry when it cannot be loaded,
 * and loads it ahead of the answer when it can. The imports are replaced here (a test seam of
 * steps/index.ts) so that the tests decide when, and whether, a view arrives.
 */
import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/returns-portal.js';
import { ReturnsPortal } from '../../../src/returns-portal.js';
import type { StepType } from '../../../src/protocol/index.js';
import type { PartialStrings } from '../../../src/i18n/strings.js';
import { loadBuiltInStrings } from '../../../src/i18n/catalog.js';
import {
  overrideStepViewImport,
  type AnyStepView,
  type LazyStepType,
} from '../../../src/components/returns-portal/steps/index.js';
import { returnDetailsView } from '../../../src/components/returns-portal/steps/return-details.js';
import { dropOffLocationsView } from '../../../src/components/returns-portal/steps/drop-off-locations.js';
import { clone, initialiseReturnActivity, stepFixtures } from '../../protocol/fixtures.js';
import { FakeFlow } from '../../support/fake-flow.js';
import { button, choose, confirmButton, pick, root, scopeOf, title } from '../../support/portal-driver.js';

const step = <K extends keyof typeof stepFixtures>(type: K) => clone(stepFixtures[type]);

/** A lazy view whose import the test settles: `arrive()`, `fail()`; `imports` counts the attempts. */
function controlledImport(type: LazyStepType, view: AnyStepView) {
  const control = {
    imports: 0,
    arrive: () => {},
    fail: (_error: Error) => {},
  };
  restores.push(
    overrideStepViewImport(type, () => {
      control.imports += 1;
      return new Promise<AnyStepView>((resolve, reject) => {
        control.arrive = () => resolve(view);
        control.fail = reject;
      });
    }),
  );
  return control;
}

const restores: (() => void)[] = [];

async function newPortal(ephemeral = true) {
  const flow = new FakeFlow();
  const portal = await fixture<ReturnsPortal>(
    html`<returns-portal locale="en-GB" ?ephemeral=${ephemeral} .flowClient=${flow}></returns-portal>`,
  );
  portal.now = () => new Date('2025-03-17T10:00:00Z');
  return { portal, flow };
}

/** Starts a portal on `type` (`inputs.step_type`); resolves once the flow was asked. */
async function startOn(portal: ReturnsPortal, flow: FakeFlow, type: StepType) {
  const activity = clone(initialiseReturnActivity);
  activity.inputs.step_type = type;
  const count = flow.executions.length + 1;
  const started = portal.start(activity);
  const pending = await flow.next(count);
  await elementUpdated(portal);
  return { started, pending };
}

/** Every `returns-step`, with what the portal showed when it fired. */
function recordSteps(portal: ReturnsPortal) {
  const seen: { stepType: string; focused: boolean; body: string }[] = [];
  portal.addEventListener('returns-step', (event) => {
    seen.push({
      stepType: (event as CustomEvent<{ stepType: string }>).detail.stepType,
      focused: root(portal).activeElement === title(portal),
      body: root(portal).querySelector('[part~="step"]')!.innerHTML,
    });
  });
  return seen;
}

const body = (portal: ReturnsPortal) => root(portal).querySelector<HTMLElement>('[part~="step"]')!;

describe('<returns-portal> lazy step views', () => {
  before(async () => {
    await sendKeys({ press: 'KeyA' }); // a user activation: the first step takes focus (see the focus tests)
  });
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    for (const restore of restores.splice(0).reverse()) restore();
    sessionStorage.clear();
  });

  it('shows the loading state until the view arrives; then renders, takes focus and fires returns-step', async () => {
    const details = controlledImport('return_details', returnDetailsView);
    const { portal, flow } = await newPortal();
    const steps = recordSteps(portal);
    let started: boolean | undefined;
    const { started: start, pending } = await startOn(portal, flow, 'return_details');
    void start.then((value) => (started = value));
    expect(details.imports, 'the import starts while the flow is asked for the step').to.equal(1);

    pending.answer(step('return_details'));
    await elementUpdated(portal);
    await aTimeout(0);
    expect(portal.stepType).to.equal('return_details');
    expect(portal.state).to.equal('loading');
    const loading = body(portal).querySelector('[part~="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(body(portal).getAttribute('aria-busy')).to.equal('true');
    expect(root(portal).querySelector('[part~="footer"]'), 'no confirm while loading').to.equal(null);
    expect(steps, 'no returns-step before the view rendered').to.deep.equal([]);
    expect(started, 'start() waits for the step to be shown').to.equal(undefined);

    const shown = oneEvent(portal, 'returns-step');
    details.arrive();
    await shown;
    expect(steps).to.have.length(1);
    expect(steps[0].stepType).to.equal('return_details');
    expect(steps[0].focused, 'the heading had focus when the event fired').to.be.true;
    expect(steps[0].body, 'the view had rendered when the event fired').to.contain('rd-summary');
    expect(await start).to.be.true;
    expect(portal.state).to.equal('ready');
    expect(body(portal).getAttribute('aria-busy')).to.equal('false');
    expect(details.imports, 'the answer used the import already under way').to.equal(1);
  });

  it("adds a loaded view's styles after the portal's own, in every portal that shows it", async () => {
    const details = controlledImport('return_details', returnDetailsView);
    const elementStyles = (ReturnsPortal as typeof ReturnsPortal & { elementStyles: unknown[] }).elementStyles;
    for (let index = 0; index < 2; index += 1) {
      const { portal, flow } = await newPortal();
      const { started, pending } = await startOn(portal, flow, 'return_details');
      pending.answer(step('return_details'));
      details.arrive();
      expect(await started).to.be.true;
      const sheets = root(portal).adoptedStyleSheets;
      expect(sheets).to.have.length(elementStyles.length + 1);
      expect(sheets.at(-1)).to.equal(returnDetailsView.styles!.styleSheet);
      expect(getComputedStyle(root(portal).querySelector('.rd-actions')!).display).to.equal('grid');
      await elementUpdated(portal);
      expect(root(portal).adoptedStyleSheets, 'added once').to.have.length(elementStyles.length + 1);
    }
  });

  it('a failed import shows an error with Retry in the body; Retry imports the view again', async () => {
    let failing = true;
    let imports = 0;
    restores.push(
      overrideStepViewImport('drop_off_locations', () => {
        imports += 1;
        return failing
          ? Promise.reject(new TypeError('Failed to fetch a module'))
          : Promise.resolve(dropOffLocationsView);
      }),
    );
    const { portal, flow } = await newPortal();
    const steps = recordSteps(portal);
    const { started, pending } = await startOn(portal, flow, 'drop_off_locations');
    pending.answer(step('drop_off_locations'));
    await aTimeout(10);
    await elementUpdated(portal);

    const alert = body(portal).querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert, 'an error in the body, never a blank portal').to.exist;
    expect(alert.textContent).to.contain('Something went wrong. Please try again.');
    expect(portal.state).to.equal('error');
    expect(root(portal).querySelector('[part~="footer"]')).to.equal(null);
    expect(steps).to.deep.equal([]);
    expect(imports, 'ahead of the answer, then for the shown step').to.equal(2);
    await expect(portal).to.be.accessible();

    failing = false;
    const shown = oneEvent(portal, 'returns-step');
    button(portal, 'Try again').click();
    await shown;
    expect(imports).to.equal(3);
    expect(steps.map((s) => s.stepType)).to.deep.equal(['drop_off_locations']);
    expect(body(portal).querySelector('[role="alert"]')).to.equal(null);
    expect(body(portal).querySelector('.dol-list')).to.exist;
    expect(portal.state).to.equal('ready');
    expect(await started).to.be.true;
    expect(flow.requests, 'Retry loads the view, it does not execute the flow again').to.have.length(1);
  });

  it('reports what a view leaves out when the answer arrives, once, while the view still loads', async () => {
    const details = controlledImport('return_details', returnDetailsView);
    const { portal, flow } = await newPortal();
    const reported: { fatal: boolean; issues: { path: string }[] }[] = [];
    portal.addEventListener('protocol-error', (event) => reported.push((event as CustomEvent).detail));
    const answer = step('return_details');
    answer.payload.returnDetailButtons!.push({ type: 'print_at_home', text: 'Print at home' });
    const { started, pending } = await startOn(portal, flow, 'return_details');
    pending.answer(answer);
    await aTimeout(0);
    expect(reported).to.have.length(1);
    expect(reported[0].fatal).to.be.false;
    expect(reported[0].issues.map((issue) => issue.path)).to.deep.equal(['payload.returnDetailButtons[3]']);
    details.arrive();
    expect(await started).to.be.true;
    expect(reported, 'not again when the view renders').to.have.length(1);
    expect(body(portal).textContent).not.to.contain('Print at home');
  });

  it('loads the view of the step an execution asks for, and of the shown step’s nextType, ahead', async () => {
    const dropOff = controlledImport('drop_off_locations', dropOffLocationsView);
    const details = controlledImport('return_details', returnDetailsView);
    const { portal, flow } = await newPortal();
    const { started, pending } = await startOn(portal, flow, 'shipping_information');
    const shipping = step('shipping_information');
    shipping.nextType = 'return_details';
    pending.answer(shipping);
    expect(await started).to.be.true;
    expect(details.imports, 'nextType of the shown step').to.equal(1);
    details.arrive();

    confirmButton(portal).click();
    expect(flow.last.request.inputs.step_type).to.equal('return_details');
    let shown = oneEvent(portal, 'returns-step');
    flow.last.answer(step('return_details'));
    expect((await shown).detail.stepType, 'already loaded: shown with the answer').to.equal('return_details');
    expect(details.imports).to.equal(1);

    expect(dropOff.imports).to.equal(0);
    button(portal, 'Find a drop-off point').click();
    await elementUpdated(portal);
    expect(dropOff.imports, 'the requested step type of the execution in flight').to.equal(1);
    dropOff.arrive();
    await aTimeout(0);
    shown = oneEvent(portal, 'returns-step');
    flow.last.answer(step('drop_off_locations'));
    expect((await shown).detail.stepType).to.equal('drop_off_locations');
    expect(dropOff.imports).to.equal(1);
  });

  it('Back while a view loads returns to the details; the late view shows nothing', async () => {
    const dropOff = controlledImport('drop_off_locations', dropOffLocationsView);
    const { portal, flow } = await newPortal();
    const { started, pending } = await startOn(portal, flow, 'return_details');
    pending.answer(step('return_details'));
    expect(await started).to.be.true;
    const steps = recordSteps(portal);
    button(portal, 'Find a drop-off point').click();
    flow.last.answer(step('drop_off_locations'));
    await aTimeout(0);
    await elementUpdated(portal);
    expect(body(portal).querySelector('[part~="loading"]')).to.exist;
    const back = oneEvent(portal, 'returns-step');
    button(portal, 'Back').click();
    expect((await back).detail.stepType).to.equal('return_details');
    dropOff.arrive();
    await aTimeout(10);
    expect(steps.map((s) => s.stepType)).to.deep.equal(['return_details']);
    expect(portal.stepType).to.equal('return_details');
  });

  it('a new start while a view loads: only the new journey’s step is shown', async () => {
    const details = controlledImport('return_details', returnDetailsView);
    const { portal, flow } = await newPortal();
    const steps = recordSteps(portal);
    const first = await startOn(portal, flow, 'return_details');
    first.pending.answer(step('return_details'));
    await aTimeout(0);
    const second = await startOn(portal, flow, 'product_selection');
    expect(await first.started, 'the replaced start').to.be.false;
    second.pending.answer(step('product_selection'));
    expect(await second.started).to.be.true;
    details.arrive();
    await aTimeout(10);
    expect(steps.map((s) => s.stepType)).to.deep.equal(['product_selection']);
    expect(portal.stepType).to.equal('product_selection');
  });

  it('a resumed draft (D20) the flow answers with return_details shows it once its view loads', async () => {
    const details = controlledImport('return_details', returnDetailsView);
    const { portal, flow } = await newPortal(false);
    const first = await startOn(portal, flow, 'product_selection');
    first.pending.answer(step('product_selection'));
    expect(await first.started).to.be.true;
    const shoes = scopeOf(portal, 'Trail Runner 2');
    await pick(portal, shoes, 'Trail Runner 2');
    await choose(portal, shoes, 'Reason for return', 'Size or fit');
    await choose(portal, shoes, 'Specific reason', 'Too small');
    portal.close();

    // The same order again: the stored request is re-sent, and the return was submitted meanwhile.
    const again = portal.start(clone(initialiseReturnActivity));
    const resume = await flow.next(2);
    expect(resume.request.inputs.step_type).to.equal('product_selection');
    const shown = oneEvent(portal, 'returns-step');
    resume.answer(step('return_details'));
    await aTimeout(0);
    expect(portal.state).to.equal('loading');
    expect(details.imports).to.equal(1);
    details.arrive();
    expect((await shown).detail.stepType).to.equal('return_details');
    expect(await again).to.be.true;
    expect(body(portal).querySelector('.rd-summary')).to.exist;
    expect(root(portal).querySelector('[part~="back-button"]')).to.equal(null);
  });
});

/**
 * A lazy view ships the English of the keys only it renders in its chunk (its `english`); the
 * portal adds it under its own strings and every override in the localizer of that view.
 */
describe("<returns-portal> a lazy view's English", () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  /** A portal showing `cancel_return` (its real chunk) with no reason chosen, without the flow's own button text. */
  async function showCancel(locale: string, strings?: PartialStrings) {
    const flow = new FakeFlow();
    const portal = await fixture<ReturnsPortal>(
      html`<returns-portal locale=${locale} ephemeral .strings=${strings} .flowClient=${flow}></returns-portal>`,
    );
    const cancel = step('cancel_return');
    delete cancel.payload.cancelButtonText;
    const shown = oneEvent(portal, 'returns-step');
    const { pending } = await startOn(portal, flow, 'cancel_return');
    pending.answer(cancel);
    await shown;
    return portal;
  }

  const text = (element: Element | null) => element!.textContent!.replace(/\s+/g, ' ').trim();
  const legend = (portal: ReturnsPortal) => text(body(portal).querySelector('legend'));
  const keep = (portal: ReturnsPortal) => text(body(portal).querySelector('.cr-keep'));
  const reason = (portal: ReturnsPortal) => text(root(portal).querySelector('#confirm-reason'));

  it('renders its English, in the step and in the footer’s reason (its problems), not its keys', async () => {
    const portal = await showCancel('en-GB');
    expect(legend(portal)).to.equal('Why are you cancelling?');
    expect(keep(portal)).to.equal('Keep my return');
    expect(reason(portal)).to.equal('To continue: choose why you are cancelling');
    expect(text(root(portal).querySelector('section')), 'no key shown').not.to.match(/\bcr[A-Z]\w+/);
  });

  it('a strings override of its keys wins; new strings replace it', async () => {
    const portal = await showCancel('en-GB', { crKeepReturn: 'No, keep it', crReasonRequired: 'pick a reason' });
    expect(keep(portal)).to.equal('No, keep it');
    expect(reason(portal)).to.equal('To continue: pick a reason');
    expect(legend(portal)).to.equal('Why are you cancelling?');

    portal.strings = { crReasonsLegend: 'Why?' };
    await elementUpdated(portal);
    expect(legend(portal)).to.equal('Why?');
    expect(keep(portal), 'the earlier override is gone').to.equal('Keep my return');
    expect(reason(portal)).to.equal('To continue: choose why you are cancelling');
  });

  it('a built-in language translates its text, under the strings overrides', async () => {
    const fr = (await loadBuiltInStrings('fr'))!;
    const portal = await showCancel('fr', { crReasonsLegend: 'Pourquoi ?' });
    await waitUntil(() => keep(portal) === fr.crKeepReturn, 'the view in French');
    expect(fr.crKeepReturn).not.to.equal('Keep my return');
    expect(reason(portal)).to.equal((fr.confirmNotReady as string).replace('{reason}', fr.crReasonRequired as string));
    expect(legend(portal)).to.equal('Pourquoi ?');
  });
});
