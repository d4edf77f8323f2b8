import type { StepType } from '../protocol/index.js';

/** Detail of {@link ReturnsStepEvent}. */
export interface ReturnsStepDetail {
  stepType: StepType;
  nextType: StepType | null;
  /** The validated, normalised step payload (frozen). */
  payload: Readonly<Record<string, unknown>>;
}

/**
 * `returns-step` — the portal shows a step: after it rendered and took focus, for every change of
 * the displayed step (back, in-place replacement and resume included).
 */
export class ReturnsStepEvent extends CustomEvent<ReturnsStepDetail> {
  static readonly eventName = 'returns-step';

  constructor(detail: ReturnsStepDetail) {
    super(ReturnsStepEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'returns-step': ReturnsStepEvent;
  }
}
