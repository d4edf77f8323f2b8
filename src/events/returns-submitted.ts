/** Detail of {@link ReturnsSubmittedEvent}. */
export interface ReturnsSubmittedDetail {
  orderNumber: string;
  /** The inputs of the submit request. */
  inputs: Readonly<Record<string, unknown>>;
}

/** `returns-submitted` — the step that submits the return succeeded (DECISIONS.md D5). */
export class ReturnsSubmittedEvent extends CustomEvent<ReturnsSubmittedDetail> {
  static readonly eventName = 'returns-submitted';

  constructor(detail: ReturnsSubmittedDetail) {
    super(ReturnsSubmittedEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'returns-submitted': ReturnsSubmittedEvent;
  }
}
