import { expect } from '@open-wc/testing';
import * as j from '../../../../src/components/returns-portal/journey/journey.js';
import { parseStep, type Step } from '../../../../src/protocol/index.js';
import { clone, stepFixtures } from '../../../protocol/fixtures.js';

function step(name: keyof typeof stepFixtures, change?: (s: Record<string, unknown>) => void): Step {
  const raw = clone(stepFixtures[name]) as unknown as Record<string, unknown>;
  change?.(raw);
  const result = parseStep(raw);
  if (!result.ok || result.value.type === 'error') throw new Error(`bad fixture ${name}`);
  return result.value;
}

const newId = () => 'submission-1';

/** Starts a journey and answers its first execution with `first`. */
function shown(first: Step): j.JourneyState {
  const started = j.executionStarted(j.initialJourney, 1, j.startSpec());
  return j.answerReceived(started, 1, first).state;
}

/** Confirms the step on screen and answers with `next`. */
function confirmWith(state: j.JourneyState, id: number, next: Step) {
  const action = j.confirmAction(state, newId);
  if (action.kind !== 'execute') throw new Error(`expected an execution, got ${action.kind}`);
  return j.answerReceived(j.executionStarted(state, id, action.spec), id, next);
}

describe('journey transitions', () => {
  it('starts on product_selection by default, or on the requested step', () => {
    expect(j.startSpec()).to.deep.include({ purpose: 'start', stepType: 'product_selection', pathTypes: [] });
    expect(j.startSpec('return_options').stepType).to.equal('return_options');
    expect(j.startSpec().previousStepType).to.be.undefined;
  });

  it('the first answer is shown without history', () => {
    const state = shown(step('product_selection'));
    expect(state.current!.type).to.equal('product_selection');
    expect(state.history).to.deep.equal([]);
    expect(state.inFlight).to.equal(null);
    expect(j.canGoBack(state)).to.be.false;
  });

  it('confirming asks for nextType with previous_step_type and the path so far (D3)', () => {
    const state = shown(step('product_selection'));
    const action = j.confirmAction(state, newId);
    expect(action).to.deep.equal({
      kind: 'execute',
      spec: {
        purpose: 'confirm',
        stepType: 'return_options',
        previousStepType: 'product_selection',
        pathTypes: ['product_selection'],
        extras: {},
      },
    });
  });

  it('an answer of another type goes after the current step; back returns to it', () => {
    const first = shown(step('product_selection'));
    const { state } = confirmWith(first, 2, step('return_options'));
    expect(state.current!.type).to.equal('return_options');
    expect(state.history.map((s) => s.type)).to.deep.equal(['product_selection']);
    expect(j.canGoBack(state)).to.be.true;
    const back = j.wentBack(state);
    expect(back.current!.type).to.equal('product_selection');
    expect(back.history).to.deep.equal([]);
    expect(j.wentBack(back)).to.equal(back);
  });

  it('an answer of the same type replaces the step in place (D4)', () => {
    const first = shown(step('product_selection'));
    const replacement = step(
      'product_selection',
      (s) => ((s.payload as { confirmButtonText: string }).confirmButtonText = 'Next'),
    );
    const started = j.executionStarted(first, 2, j.startSpec());
    const { state } = j.answerReceived(started, 2, replacement);
    expect(state.current).to.equal(replacement);
    expect(state.history).to.deep.equal([]);
  });

  it('a stale answer or failure changes nothing', () => {
    const first = shown(step('product_selection'));
    const action = j.confirmAction(first, newId);
    if (action.kind !== 'execute') throw new Error();
    const waiting = j.executionStarted(first, 5, action.spec);
    expect(j.answerReceived(waiting, 4, step('return_options')).state).to.equal(waiting);
    expect(j.executionFailed(waiting, 4, 'generic')).to.equal(waiting);
    const abandoned = j.executionAbandoned(waiting);
    expect(abandoned.inFlight).to.equal(null);
    expect(j.answerReceived(abandoned, 5, step('return_options')).state).to.equal(abandoned);
  });

  it('confirm does nothing while an execution is in flight (D7)', () => {
    const first = shown(step('product_selection'));
    const action = j.confirmAction(first, newId);
    if (action.kind !== 'execute') throw new Error();
    expect(j.confirmAction(j.executionStarted(first, 2, action.spec), newId)).to.deep.equal({ kind: 'none' });
  });

  it('a last step completes instead of executing (D9)', () => {
    const state = shown(step('shipping_information'));
    expect(j.confirmAction(state, newId)).to.deep.equal({ kind: 'complete' });
  });

  it('return_details has no confirm (D9)', () => {
    expect(j.confirmAction(shown(step('return_details')), newId)).to.deep.equal({ kind: 'none' });
  });

  it('a submitting step sends submit_return and one submission_id, reused by retry (D5)', () => {
    const info = shown(step('important_information'));
    let made = 0;
    const action = j.confirmAction(info, () => `sub-${++made}`);
    if (action.kind !== 'execute') throw new Error();
    expect(action.spec.extras).to.deep.equal({ submit_return: true, submission_id: 'sub-1' });
    const failed = j.executionFailed(j.executionStarted(info, 2, action.spec), 2, 'timeout');
    expect(failed.error!.retry).to.equal(action.spec);
    const again = j.confirmAction(failed, () => `sub-${++made}`);
    if (again.kind !== 'execute') throw new Error();
    expect(again.spec.extras.submission_id).to.equal('sub-1');
  });

  it('a successful submission clears history and locks Back (D5, D8)', () => {
    const options = confirmWith(shown(step('product_selection')), 2, step('return_options')).state;
    const info = confirmWith(options, 3, step('important_information')).state;
    const outcome = confirmWith(info, 4, step('shipping_information'));
    expect(outcome.submitted).to.be.true;
    expect(outcome.state.submitted).to.be.true;
    expect(outcome.state.history).to.deep.equal([]);
    expect(j.canGoBack(outcome.state)).to.be.false;
  });

  it('without a submit flag on the path, the first shipping_information counts as the submission (D5)', () => {
    const noFlag = step('return_options', (s) => {
      (s.payload as Record<string, unknown>).isSubmitReturnStep = false;
      s.nextType = 'shipping_information';
    });
    const options = confirmWith(shown(step('product_selection')), 2, noFlag).state;
    const outcome = confirmWith(options, 3, step('shipping_information'));
    expect(outcome.submitted).to.be.true;
  });

  it('a flow error offers no retry; other errors retry the same request (D16)', () => {
    const first = shown(step('product_selection'));
    const action = j.confirmAction(first, newId);
    if (action.kind !== 'execute') throw new Error();
    const started = j.executionStarted(first, 2, action.spec);
    expect(j.executionFailed(started, 2, 'flow', 'Too many')).to.deep.include({
      error: { kind: 'flow', message: 'Too many', retry: null },
    });
    for (const kind of ['generic', 'timeout', 'protocol'] as const) {
      const failed = j.executionFailed(started, 2, kind);
      expect(failed.error).to.deep.equal({ kind, retry: action.spec });
      expect(failed.current).to.equal(first.current);
      expect(failed.inFlight).to.equal(null);
    }
  });

  it('detail buttons execute from return_details with it as previous step (D3)', () => {
    const details = shown(step('return_details'));
    expect(j.detailSpec(details, 'shipping_information')).to.deep.equal({
      purpose: 'detail',
      stepType: 'shipping_information',
      previousStepType: 'return_details',
      pathTypes: ['return_details'],
      extras: {},
    });
    const busy = j.executionStarted(details, 2, j.detailSpec(details, 'drop_off_locations')!);
    expect(j.detailSpec(busy, 'cancel_return')).to.equal(null);
  });

  it('a drop-off search re-runs drop_off_locations and may replace a running search (D3, D7)', () => {
    const locations = shown(step('drop_off_locations'));
    const spec = j.searchSpec(locations, { address: 'SW1A 1AA' })!;
    expect(spec).to.deep.include({
      purpose: 'search',
      stepType: 'drop_off_locations',
      previousStepType: 'drop_off_locations',
      extras: { updated_user_location: { address: 'SW1A 1AA' } },
    });
    const searching = j.executionStarted(locations, 2, spec);
    expect(j.searchSpec(searching, { address: 'EC1' })).not.to.equal(null);
    expect(j.searchSpec(shown(step('product_selection')), { address: 'x' })).to.equal(null);
  });

  it('cancelling: confirm on cancel_return executes its nextType with the reason, then starts fresh (D6)', () => {
    const details = shown(step('return_details'));
    const started = j.executionStarted(details, 2, j.detailSpec(details, 'cancel_return')!);
    const onCancel = j.answerReceived(started, 2, step('cancel_return')).state;
    expect(onCancel.history.map((s) => s.type)).to.deep.equal(['return_details']);
    const action = j.confirmAction(onCancel, newId, 'changed-mind');
    if (action.kind !== 'execute') throw new Error();
    expect(action.spec).to.deep.include({
      purpose: 'cancel',
      stepType: 'product_selection',
      previousStepType: 'cancel_return',
      extras: { cancel_reason: 'changed-mind' },
    });
    const withAnswers = { ...j.executionStarted(onCancel, 3, action.spec), answers: { acknowledged: true } };
    const outcome = j.answerReceived(withAnswers, 3, step('product_selection'));
    expect(outcome.cancelled).to.be.true;
    expect(outcome.state.history).to.deep.equal([]);
    expect(outcome.state.answers).to.deep.equal({});
    expect(j.canGoBack(outcome.state)).to.be.false;
  });

  it('cancel_return without nextType falls back to return_details.nextType, then product_selection (D6)', () => {
    const details = shown(step('return_details', (s) => (s.nextType = 'return_options')));
    const started = j.executionStarted(details, 2, j.detailSpec(details, 'cancel_return')!);
    const onCancel = j.answerReceived(
      started,
      2,
      step('cancel_return', (s) => delete s.nextType),
    ).state;
    const action = j.confirmAction(onCancel, newId);
    expect(action.kind === 'execute' && action.spec.stepType).to.equal('return_options');
    expect(action.kind === 'execute' && action.spec.extras).to.deep.equal({});
  });

  it('a resumed step locks Back (D8)', () => {
    const started = j.executionStarted(j.initialJourney, 1, { ...j.startSpec(), purpose: 'resume' });
    const state = j.answerReceived(started, 1, step('product_selection')).state;
    expect(state.backLocked).to.be.true;
  });

  it('answersChanged keeps identity when nothing changed', () => {
    const state = shown(step('product_selection'));
    expect(j.answersChanged(state, state.answers)).to.equal(state);
    expect(j.answersChanged(state, { acknowledged: true }).answers).to.deep.equal({ acknowledged: true });
  });
});

describe('journey after submission', () => {
  it('shipping information opened from return_details is not a new submission (D5)', () => {
    const details = shown(step('return_details'));
    const spec = j.detailSpec(details, 'shipping_information')!;
    const outcome = j.answerReceived(j.executionStarted(details, 2, spec), 2, step('shipping_information'));
    expect(outcome.submitted).to.be.false;
    expect(j.canGoBack(outcome.state)).to.be.true;
  });
});

describe('resuming a stored draft (D20)', () => {
  it('re-sends the stored inputs, locks Back, and keeps the earlier steps on the path', () => {
    const inputs = {
      order_number: 'A1',
      step_type: 'return_options',
      previous_step_type: 'product_selection',
    } as const;
    const spec = j.resumeSpec(inputs);
    expect(spec).to.deep.include({
      purpose: 'resume',
      stepType: 'return_options',
      previousStepType: 'product_selection',
    });
    expect(spec.storedInputs).to.equal(inputs);
    const state = j.answerReceived(j.executionStarted(j.initialJourney, 1, spec), 1, step('return_options')).state;
    expect(j.canGoBack(state)).to.be.false;
    expect(j.pathTypes(state)).to.deep.equal(['product_selection', 'return_options']);
    const action = j.confirmAction(state, () => 'id');
    expect(action.kind === 'execute' && action.spec.pathTypes).to.deep.equal(['product_selection', 'return_options']);
  });
});
