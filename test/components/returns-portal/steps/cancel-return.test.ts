import { expect, oneEvent } from '@open-wc/testing';
import { Localizer } from '../../../../src/i18n/localizer.js';
import { returnsPortalEnglish } from '../../../../src/i18n/en/returns-portal.js';
import { cancelReturnEnglish } from '../../../../src/i18n/en/portal-steps.js';
import { cancelReturnView } from '../../../../src/components/returns-portal/steps/cancel-return.js';
import { parseStep, type CancelReturnStep } from '../../../../src/protocol/index.js';
import { cancelReturnStep, clone } from '../../../protocol/fixtures.js';
import { cleanupSteps, makeStepContext, renderStep } from '../../../support/step-context.js';
import type { StepContext } from '../../../../src/components/returns-portal/steps/step-view.js';

// The English this view's localizer has in the portal: the portal's and the view's own.
const english = { ...returnsPortalEnglish, ...cancelReturnEnglish };

function parsed(wire: unknown): CancelReturnStep {
  const result = parseStep(wire);
  if (!result.ok || result.value.type !== 'cancel_return')
    throw new Error(`not a cancel_return step: ${JSON.stringify(result)}`);
  return result.value;
}

const full = () => parsed(clone(cancelReturnStep));
const minimal = () => parsed({ type: 'cancel_return', payload: { confirmButtonText: 'Cancel my return' } });

function show(step: CancelReturnStep, overrides: Partial<StepContext> = {}) {
  const { context, calls } = makeStepContext(overrides);
  const root = renderStep(cancelReturnView.render(step, context), [cancelReturnView.styles!]);
  return { root, calls, context };
}

describe('cancel_return step view', () => {
  afterEach(cleanupSteps);

  it('renders the description, the reasons as a radio group and the keep button (full payload)', async () => {
    const { root } = show(full());
    expect(root.querySelector('.cr-description')!.textContent).to.equal(
      'Your return label will stop working. You can start a new return while the window is open.',
    );
    const fieldset = root.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Why are you cancelling?');
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.value)).to.deep.equal(['keep', 'wrong-items']);
    expect(radios.map((r) => r.labels![0].textContent!.trim())).to.deep.equal([
      'I have decided to keep the items',
      'I chose the wrong items',
    ]);
    expect(radios.every((r) => !r.checked)).to.be.true;
    expect(root.querySelector('.cr-keep')!.textContent!.trim()).to.equal('Keep my return');
    // The title is the portal header's: not repeated here.
    expect(root.textContent).not.to.contain('Cancel this return?');
    await expect(root.querySelector('.step')).to.be.accessible();
  });

  it('renders a minimal payload without reasons, with the built-in keep label', async () => {
    const l = new Localizer(english, 'en-GB', { crKeepReturn: 'No, keep it' });
    const { root } = show(minimal(), { l });
    expect(root.querySelector('fieldset')).to.equal(null);
    expect(root.querySelector('.cr-description')).to.equal(null);
    expect(root.querySelector('.cr-keep')!.textContent!.trim()).to.equal('No, keep it');
    expect(cancelReturnView.problems!(minimal(), makeStepContext().context)).to.deep.equal([]);
    await expect(root.querySelector('.step')).to.be.accessible();
  });

  it('choosing a reason calls setCancelReason, and the chosen one is checked', () => {
    const { root, calls } = show(full());
    const second = root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1];
    second.click();
    expect(calls).to.deep.equal([['setCancelReason', 'wrong-items']]);
    cleanupSteps();
    const again = show(full(), { cancelReason: 'keep' });
    const radios = again.root.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios[0].checked).to.be.true;
    expect(radios[1].checked).to.be.false;
  });

  it('needs a reason when the flow lists reasons', () => {
    const step = full();
    const [problem] = cancelReturnView.problems!(step, makeStepContext().context);
    expect(problem).to.deep.equal({ fieldId: 'cr-reason-0', message: 'choose why you are cancelling' });
    expect(cancelReturnView.problems!(step, makeStepContext({ cancelReason: 'wrong-items' }).context)).to.deep.equal(
      [],
    );
    // A reason id that is not on this screen does not count.
    expect(cancelReturnView.problems!(step, makeStepContext({ cancelReason: 'other' }).context)).to.have.length(1);
    // The field the portal focuses exists.
    const { root } = show(step);
    expect(root.getElementById(problem.fieldId)).to.be.instanceOf(HTMLInputElement);
  });

  it('shows the problem on the radios once the shopper tried to confirm', async () => {
    const { root } = show(full(), { showProblems: true });
    const error = root.getElementById('cr-reasons-error')!;
    expect(error.textContent).to.equal('Choose a reason.');
    const radio = root.querySelector('input[type="radio"]')!;
    expect(radio.getAttribute('aria-describedby')).to.equal('cr-reasons-error');
    await expect(root.querySelector('.step')).to.be.accessible();
    cleanupSteps();
    const chosen = show(full(), { showProblems: true, cancelReason: 'keep' });
    expect(chosen.root.getElementById('cr-reasons-error')).to.equal(null);
  });

  it('fits a 280 px panel', () => {
    const { root } = show(full(), { showProblems: true });
    const step = root.querySelector<HTMLElement>('.step')!;
    (root.host as HTMLElement).style.inlineSize = '280px';
    expect(step.scrollWidth).to.be.at.most(step.clientWidth);
  });

  it('"Keep my return" fires a bubbling, composed rk-step-back and executes nothing', async () => {
    const { root, calls } = show(full());
    const button = root.querySelector<HTMLButtonElement>('.cr-keep')!;
    let fromButton = false;
    button.addEventListener('rk-step-back', (e) => (fromButton = e.target === button));
    // Heard outside the shadow root: it is composed and bubbles.
    const heard = oneEvent(document.body, 'rk-step-back');
    button.click();
    const event = await heard;
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect(fromButton, 'dispatched from the button').to.be.true;
    expect(calls).to.deep.equal([]);
  });
});
