import { createContext, ContextEvent, type Context } from '@lit/context';
import type { ExecutionRequest } from './protocol/index.js';
import type { PartialStrings } from './i18n/strings.js';

/**
 * How the portal reaches the returns flow (DESIGN.md section 2).
 * `execute` answers one step object (or the error object) per request; `upload` stores a photo
 * the shopper attached and answers its URL.
 */
export interface FlowClient {
  execute(request: ExecutionRequest, options: { signal: AbortSignal }): Promise<unknown>;
  upload?(file: Blob, options: { signal: AbortSignal }): Promise<string>;
}

/** Settings an ancestor can provide to every returnkit element below it. */
export interface ReturnkitConfig {
  /** BCP 47 locale tag; below an element's own `locale`, above `lang`. */
  locale?: string;
  /** Partial override of the built-in UI strings. */
  strings?: PartialStrings;
}

/*
 * Keys made with Symbol.for() so that two copies of the package on one page (a CDN build and an
 * npm build) still find each other's providers (DECISIONS.md D18).
 */

/** Context key of the {@link FlowClient} an ancestor provides to `<returns-portal>`. */
export const flowClientContext = createContext<FlowClient | undefined>(Symbol.for('returnkit.flow-client'));

/** Context key of the {@link ReturnkitConfig} an ancestor provides to every element. */
export const configContext = createContext<ReturnkitConfig | undefined>(Symbol.for('returnkit.config'));

/**
 * Provides a flow client to every portal inside `element`, for hosts that are not Lit elements.
 * Answers each `context-request` for {@link flowClientContext}; returns a function that stops.
 */
export function provideFlowClient(element: HTMLElement, client: FlowClient): () => void {
  const onRequest = (event: ContextEvent<Context<unknown, unknown>>) => {
    if (event.context !== flowClientContext) return;
    event.stopPropagation();
    event.callback(client);
  };
  element.addEventListener('context-request', onRequest);
  return () => element.removeEventListener('context-request', onRequest);
}

/**
 * Asks the ancestors of `element` once for a context value (a one-shot request, so it works
 * whatever order elements and providers were upgraded in — TOOLCHAIN.md, DECISIONS.md D18).
 */
export function requestContextOnce<T>(element: HTMLElement, context: Context<unknown, T>): T | undefined {
  let value: T | undefined;
  element.dispatchEvent(
    new ContextEvent(context, element, (provided) => {
      value = provided;
    }),
  );
  return value;
}
