/**
 * The returns journey as plain data and pure transitions (DECISIONS.md D1–D9, D16). The flow
 * controller owns one `JourneyState`, performs the side effects (executions, events, storage) and
 * moves from state to state only through these functions, which the unit tests drive without a
 * DOM.
 */
import type { ExecutionExtras, ExecutionInputs, Step, StepType, UpdatedUserLocation } from '../../../protocol/index.js';
import type { ReturnsErrorKind } from '../../../events/returns-error.js';
import { emptyAnswers, type Answers } from './answers.js';

/** Why an execution was started; decides what its answer does to the journey. */
export type RequestPurpose = 'start' | 'confirm' | 'detail' | 'search' | 'cancel' | 'resume';

/** One execution to make: everything but the inputs, which are built from the answers when sent. */
export interface RequestSpec {
  readonly purpose: RequestPurpose;
  readonly stepType: StepType;
  /** The step on screen when it was triggered; absent only on the first execution (D3). */
  readonly previousStepType?: StepType;
  /** Steps whose answers the request carries: the history plus the step being confirmed (D1). */
  readonly pathTypes: readonly StepType[];
  readonly extras: ExecutionExtras;
  /** Inputs to send as they are instead of building them from the answers (a resume, D20). */
  readonly storedInputs?: ExecutionInputs;
}

/** An error shown in the step header (PROTOCOL.md 4.10). */
export interface JourneyError {
  readonly kind: ReturnsErrorKind;
  /** The flow's own message for `flow` errors; otherwise the generic message is shown. */
  readonly message?: string;
  /** The request Retry repeats; `null` for `flow` errors, which the shopper fixes instead (D16). */
  readonly retry: RequestSpec | null;
}

export interface JourneyState {
  /** Steps before the current one on the path, oldest first. */
  readonly history: readonly Step[];
  /** The step on screen, `null` before the first answer. */
  readonly current: Step | null;
  readonly answers: Answers;
  /** The execution in flight: at most one (D7). */
  readonly inFlight: { readonly id: number; readonly spec: RequestSpec } | null;
  readonly error: JourneyError | null;
  /** The return was submitted (D5): Back is hidden, closing is final. */
  readonly submitted: boolean;
  /** Back is hidden after submission, cancellation and on a resumed step (D8). */
  readonly backLocked: boolean;
  /** Made at the first press of a submitting confirm, reused by Retry (D5). */
  readonly submissionId?: string;
  /**
   * On a resumed step (D20) the steps before it are not in the history, but their answers are in
   * the draft and must still be sent: the usual steps before the resumed one.
   */
  readonly resumedAfter?: readonly StepType[];
}

export const initialJourney: JourneyState = Object.freeze({
  history: [],
  current: null,
  answers: emptyAnswers,
  inFlight: null,
  error: null,
  submitted: false,
  backLocked: false,
});

/** The first execution of a journey, for `inputs.step_type` (default `product_selection`). */
export function startSpec(stepType: StepType = 'product_selection'): RequestSpec {
  return { purpose: 'start', stepType, pathTypes: [], extras: {} };
}

/** Resuming a stored draft: the stored request is sent again to re-validate its step (D20). */
export function resumeSpec(inputs: ExecutionInputs): RequestSpec {
  return {
    purpose: 'resume',
    stepType: inputs.step_type,
    ...(inputs.previous_step_type ? { previousStepType: inputs.previous_step_type } : {}),
    pathTypes: [],
    extras: {},
    storedInputs: inputs,
  };
}

/** The types of the steps on the current path (history, then the step on screen). */
export function pathTypes(state: JourneyState): StepType[] {
  const types = [...(state.resumedAfter ?? []), ...state.history.map((step) => step.type)];
  if (state.current) types.push(state.current.type);
  return types;
}

/** Whether a step asks to submit the return when confirmed (D5). */
function submitsReturn(step: Step): boolean {
  return 'isSubmitReturnStep' in step.payload && step.payload.isSubmitReturnStep === true;
}

/** What confirming the step on screen does: execute a request, or close the portal as completed. */
export type ConfirmAction = { kind: 'execute'; spec: RequestSpec } | { kind: 'complete' } | { kind: 'none' };

/**
 * The action of the confirm button (D5, D6, D9). `newSubmissionId` is called only for a first
 * submitting press; `cancelReason` is the reason chosen on `cancel_return`.
 */
export function confirmAction(
  state: JourneyState,
  newSubmissionId: () => string,
  cancelReason?: string,
): ConfirmAction {
  const { current } = state;
  if (!current || state.inFlight || current.type === 'return_details') return { kind: 'none' };
  const path = pathTypes(state);
  if (current.type === 'cancel_return') {
    const details = [...state.history].reverse().find((step) => step.type === 'return_details');
    const stepType = current.nextType ?? details?.nextType ?? 'product_selection';
    const extras: ExecutionExtras = cancelReason ? { cancel_reason: cancelReason } : {};
    return {
      kind: 'execute',
      spec: { purpose: 'cancel', stepType, previousStepType: 'cancel_return', pathTypes: path, extras },
    };
  }
  if (current.nextType === null) return { kind: 'complete' };
  const extras: ExecutionExtras = submitsReturn(current)
    ? { submit_return: true, submission_id: state.submissionId ?? newSubmissionId() }
    : {};
  return {
    kind: 'execute',
    spec: { purpose: 'confirm', stepType: current.nextType, previousStepType: current.type, pathTypes: path, extras },
  };
}

/** A request opened from a `return_details` button or action (D3, D6): shipping info, drop-off locations, cancel. */
export function detailSpec(state: JourneyState, stepType: StepType): RequestSpec | null {
  if (!state.current || state.inFlight) return null;
  return {
    purpose: 'detail',
    stepType,
    previousStepType: state.current.type,
    pathTypes: pathTypes(state),
    extras: {},
  };
}

/** Re-running `drop_off_locations` for another location (D3). It may replace a running search (D7). */
export function searchSpec(state: JourneyState, location: UpdatedUserLocation): RequestSpec | null {
  if (state.current?.type !== 'drop_off_locations') return null;
  if (state.inFlight && state.inFlight.spec.purpose !== 'search') return null;
  return {
    purpose: 'search',
    stepType: 'drop_off_locations',
    previousStepType: 'drop_off_locations',
    pathTypes: pathTypes(state),
    extras: { updated_user_location: location },
  };
}

/** An execution was sent. */
export function executionStarted(state: JourneyState, id: number, spec: RequestSpec): JourneyState {
  const submissionId = spec.extras.submission_id ?? state.submissionId;
  return { ...state, inFlight: { id, spec }, error: null, ...(submissionId ? { submissionId } : {}) };
}

/** Whether an answer or failure belongs to the execution in flight; anything else is stale. */
export function isCurrentExecution(state: JourneyState, id: number): boolean {
  return state.inFlight?.id === id;
}

/** What an answer changed beyond the steps, for the controller to announce. */
export interface AnswerOutcome {
  readonly state: JourneyState;
  /** The return was submitted by this answer (D5). */
  readonly submitted: boolean;
  /** The return was cancelled by this answer (D6). */
  readonly cancelled: boolean;
}

/**
 * A valid step answered the execution `id` (D4): the same type as the step on screen replaces it
 * in place; another type is shown after it. A stale answer changes nothing.
 */
export function answerReceived(state: JourneyState, id: number, step: Step): AnswerOutcome {
  if (!isCurrentExecution(state, id) || !state.inFlight) return { state, submitted: false, cancelled: false };
  const { spec } = state.inFlight;
  const replaceInPlace = state.current !== null && state.current.type === step.type;
  let next: JourneyState = {
    ...state,
    inFlight: null,
    error: null,
    current: step,
    history: replaceInPlace || !state.current ? state.history : [...state.history, state.current],
  };
  if (spec.purpose === 'cancel') {
    next = { ...initialJourney, current: step, backLocked: true };
    return { state: next, submitted: false, cancelled: true };
  }
  const pathHadSubmitFlag = [...state.history, ...(state.current ? [state.current] : [])].some(submitsReturn);
  // The fallback of D5 belongs to the journey before submission: shipping information opened
  // from return_details is about a return that was submitted long ago.
  const fallbackSubmission =
    spec.purpose === 'confirm' &&
    !pathHadSubmitFlag &&
    step.type === 'shipping_information' &&
    !spec.pathTypes.includes('return_details');
  const submitted = !state.submitted && (spec.extras.submit_return === true || fallbackSubmission);
  if (submitted) next = { ...next, history: [], submitted: true, backLocked: true };
  else if (spec.purpose === 'resume') {
    const order: readonly StepType[] = ['product_selection', 'return_options', 'important_information'];
    const index = order.indexOf(step.type);
    next = { ...next, backLocked: true, resumedAfter: index > 0 ? order.slice(0, index) : [] };
  }
  return { state: next, submitted, cancelled: false };
}

/** The execution `id` failed (PROTOCOL.md 4.10, D16). A stale failure changes nothing. */
export function executionFailed(
  state: JourneyState,
  id: number,
  kind: ReturnsErrorKind,
  message?: string,
): JourneyState {
  if (!isCurrentExecution(state, id) || !state.inFlight) return state;
  const retry = kind === 'flow' ? null : state.inFlight.spec;
  const error: JourneyError = message === undefined ? { kind, retry } : { kind, message, retry };
  return { ...state, inFlight: null, error };
}

/** The in-flight execution was abandoned (back, close, a newer one): its answer will be dropped. */
export function executionAbandoned(state: JourneyState): JourneyState {
  return state.inFlight ? { ...state, inFlight: null } : state;
}

/** Whether Back is offered (D8). */
export function canGoBack(state: JourneyState): boolean {
  return !state.backLocked && state.history.length > 0 && state.current !== null;
}

/** Back to the previous step with the answers intact, without executing the flow (D7, D8). */
export function wentBack(state: JourneyState): JourneyState {
  if (!canGoBack(state)) return state;
  const history = state.history.slice(0, -1);
  const current = state.history[state.history.length - 1];
  return { ...state, history, current, inFlight: null, error: null };
}

/** The answers changed (the shopper edited the step on screen). */
export function answersChanged(state: JourneyState, answers: Answers): JourneyState {
  return answers === state.answers ? state : { ...state, answers };
}
