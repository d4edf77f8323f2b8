import type { ProtocolIssue } from '../protocol/index.js';

/** Detail of {@link ProtocolErrorEvent}. */
export interface ProtocolErrorDetail {
  /** Tag name of the element that was handed the input, e.g. `delivery-status-card`. */
  source: string;
  /** The message's `type` when known (`orderTracker`, `product_selection`, …). */
  messageType?: string;
  /** Each problem, with a JSON path from the message root (`payload.products[2].price.amount`). */
  issues: ProtocolIssue[];
  /** `true`: the element could not render the message; `false`: something was dropped or replaced. */
  fatal: boolean;
}

/**
 * `protocol-error` — an element was handed input that failed validation. It shows an error
 * state (when `fatal`) and never throws to the host.
 */
export class ProtocolErrorEvent extends CustomEvent<ProtocolErrorDetail> {
  static readonly eventName = 'protocol-error';

  constructor(detail: ProtocolErrorDetail) {
    super(ProtocolErrorEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'protocol-error': ProtocolErrorEvent;
  }
}
