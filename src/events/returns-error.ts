/**
 * What went wrong with an execution (DECISIONS.md D16): `generic` a rejection, network failure,
 * throwing `respondWith` or no route; `timeout`; `flow` an `{ type: 'error' }` answer; `protocol`
 * an answer that failed validation.
 */
export type ReturnsErrorKind = 'generic' | 'flow' | 'protocol' | 'timeout';

/** Detail of {@link ReturnsErrorEvent}. */
export interface ReturnsErrorDetail {
  kind: ReturnsErrorKind;
  /** The text shown to the shopper. */
  message: string;
}

/** `returns-error` — an execution of the returns flow failed; the portal shows `message`. */
export class ReturnsErrorEvent extends CustomEvent<ReturnsErrorDetail> {
  static readonly eventName = 'returns-error';

  constructor(detail: ReturnsErrorDetail) {
    super(ReturnsErrorEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'returns-error': ReturnsErrorEvent;
  }
}
