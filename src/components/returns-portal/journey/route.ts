/**
 * Reaching the returns flow (DESIGN.md section 2, DECISIONS.md D13, D17, D18). The route is
 * resolved at each execution, in this order: the `flowClient` property, a client provided by an
 * ancestor through `flowClientContext`, the `returns-flow-execute` event, then the `flow-endpoint`
 * attribute. With none of them the execution fails with {@link NoRouteError}.
 */
import { flowClientContext, requestContextOnce, type FlowClient } from '../../../context.js';
import { ReturnsFlowExecuteEvent } from '../../../events/returns-flow-execute.js';
import { createFetchFlowClient } from '../../../bridge/fetch-client.js';
import type { ExecutionRequest } from '../../../protocol/index.js';

/** What the portal offers the route resolution. */
export interface RouteHost extends HTMLElement {
  flowClient?: FlowClient;
  flowEndpoint?: string;
}

/** No way to reach the returns flow was found. */
export class NoRouteError extends Error {
  override name = 'NoRouteError';
}

const maxTimerDelay = 2 ** 31 - 1;

/** The execution took longer than the portal's `timeout`. */
export class ExecutionTimeoutError extends Error {
  override name = 'ExecutionTimeoutError';
}

/**
 * The client of the first two routes (property, then context), if any. Photo uploads use its
 * `upload`; on the event and endpoint routes photos go as `data:` URLs (D12, D17).
 */
export function contextualFlowClient(host: RouteHost): FlowClient | undefined {
  return host.flowClient ?? requestContextOnce(host, flowClientContext);
}

/** Starts the request on the first route that exists; rejects with `NoRouteError` when none does. */
function send(host: RouteHost, request: ExecutionRequest, signal: AbortSignal): Promise<unknown> {
  const client = contextualFlowClient(host);
  if (client) return client.execute(request, { signal });
  const event = new ReturnsFlowExecuteEvent(request, signal);
  host.dispatchEvent(event);
  if (event.response) return event.response;
  if (host.flowEndpoint) return createFetchFlowClient({ endpoint: host.flowEndpoint }).execute(request, { signal });
  return Promise.reject(
    new NoRouteError('no flowClient, context provider, returns-flow-execute listener or flow-endpoint'),
  );
}

/**
 * Executes `request` with a timeout. Settles when the route answers, when `signal` aborts (with
 * its reason) or when `timeoutMs` passes (`ExecutionTimeoutError`) — whichever comes first, so a
 * client that ignores the signal cannot hold the portal. A route that throws synchronously is a
 * rejection like any other.
 */
export function executeRequest(
  host: RouteHost,
  request: ExecutionRequest,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onAbort = () => finish(() => reject(signal.reason));
    // setTimeout fires at once for delays past 2^31 - 1 ms: longer (or Infinity) means no timeout.
    const timer =
      timeoutMs <= maxTimerDelay
        ? setTimeout(
            () => finish(() => reject(new ExecutionTimeoutError(`no answer after ${timeoutMs} ms`))),
            timeoutMs,
          )
        : undefined;
    let settled = false;
    function finish(settle: () => void) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      settle();
    }
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort);
    let answer: Promise<unknown>;
    try {
      answer = send(host, request, signal);
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}
