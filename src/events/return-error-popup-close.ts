/** What asked the popup to close. */
export type PopupCloseSource = 'button' | 'escape' | 'method';

/** Detail of {@link ReturnErrorPopupCloseEvent} and {@link ReturnErrorPopupClosedEvent}. */
export interface PopupCloseDetail {
  source: PopupCloseSource;
}

/**
 * `return-error-popup-close` — the popup is about to close. Cancelable: `preventDefault()` keeps
 * it open.
 */
export class ReturnErrorPopupCloseEvent extends CustomEvent<PopupCloseDetail> {
  static readonly eventName = 'return-error-popup-close';

  constructor(detail: PopupCloseDetail) {
    super(ReturnErrorPopupCloseEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

/** `return-error-popup-closed` — the popup has closed and its transition has ended. */
export class ReturnErrorPopupClosedEvent extends CustomEvent<PopupCloseDetail> {
  static readonly eventName = 'return-error-popup-closed';

  constructor(detail: PopupCloseDetail) {
    super(ReturnErrorPopupClosedEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'return-error-popup-close': ReturnErrorPopupCloseEvent;
    'return-error-popup-closed': ReturnErrorPopupClosedEvent;
  }
}
