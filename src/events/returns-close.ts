/** Why the portal closed: the last step was confirmed, the shopper or host closed it, or the start failed. */
export type ReturnsCloseReason = 'completed' | 'dismissed' | 'failed';

/** Detail of {@link ReturnsCloseEvent}. */
export interface ReturnsCloseDetail {
  reason: ReturnsCloseReason;
}

/** `returns-close` — the portal closed. Not cancelable (DECISIONS.md D14). */
export class ReturnsCloseEvent extends CustomEvent<ReturnsCloseDetail> {
  static readonly eventName = 'returns-close';

  constructor(detail: ReturnsCloseDetail) {
    super(ReturnsCloseEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'returns-close': ReturnsCloseEvent;
  }
}
