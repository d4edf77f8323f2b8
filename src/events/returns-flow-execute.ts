import type { ExecutionRequest } from '../protocol/index.js';

/** Detail of {@link ReturnsFlowExecuteEvent}. */
export interface ReturnsFlowExecuteDetail {
  /** The execution request of PROTOCOL.md 4.1: `{ returnFlowId, externalAccountKey, inputs }`. */
  request: ExecutionRequest;
  /** Aborted when the portal no longer wants the answer (back, close, a newer execution, timeout). */
  signal: AbortSignal;
  /**
   * Answers the request with a promise of the step object. Call it synchronously while the event
   * is dispatched (FetchEvent-style); it calls `preventDefault()`. A second call throws
   * `InvalidStateError`.
   */
  respondWith(response: Promise<unknown>): void;
}

/**
 * `returns-flow-execute` — the portal asks its host to execute the returns flow, when neither a
 * `flowClient` property nor a context provider is there (DESIGN.md section 2, DECISIONS.md D17).
 * Cancelable; answering it is done with `detail.respondWith(promise)`.
 */
export class ReturnsFlowExecuteEvent extends CustomEvent<ReturnsFlowExecuteDetail> {
  static readonly eventName = 'returns-flow-execute';

  #response: Promise<unknown> | undefined;

  constructor(request: ExecutionRequest, signal: AbortSignal) {
    const detail: ReturnsFlowExecuteDetail = { request, signal, respondWith: () => undefined };
    super(ReturnsFlowExecuteEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
    detail.respondWith = (response) => this.#respondWith(response);
  }

  /** The promise a listener gave to `respondWith`, or `undefined` when nobody answered. */
  get response(): Promise<unknown> | undefined {
    return this.#response;
  }

  #respondWith(response: Promise<unknown>): void {
    if (this.eventPhase === Event.NONE) {
      throw new DOMException('respondWith() must be called while the event is dispatched', 'InvalidStateError');
    }
    if (this.#response) {
      throw new DOMException('respondWith() was already called for this request', 'InvalidStateError');
    }
    this.preventDefault();
    // Wrapping makes a non-promise answer and a synchronous throw inside it behave alike.
    this.#response = Promise.resolve(response);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'returns-flow-execute': ReturnsFlowExecuteEvent;
  }
}
