/**
 * A returns flow under the test's control: every execution is recorded and waits until the test
 * answers it (`answer`, `fail`), so tests can check requests, order answers and race them.
 */
import type { FlowClient } from '../../src/context.js';
import type { ExecutionRequest } from '../../src/protocol/index.js';

export interface PendingExecution {
  readonly request: ExecutionRequest;
  readonly signal: AbortSignal;
  answer(value: unknown): void;
  fail(error?: unknown): void;
}

export class FakeFlow implements FlowClient {
  readonly executions: PendingExecution[] = [];
  readonly uploads: Blob[] = [];
  #waiters: (() => void)[] = [];

  /** Set to answer uploads; absent by default (photos then go as data: URLs). */
  upload?: FlowClient['upload'];

  execute(request: ExecutionRequest, { signal }: { signal: AbortSignal }): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.executions.push({
        request,
        signal,
        answer: resolve,
        fail: (error) => reject(error ?? new Error('flow failed')),
      });
      for (const wake of this.#waiters.splice(0)) wake();
    });
  }

  /** The requests made so far. */
  get requests(): ExecutionRequest[] {
    return this.executions.map((execution) => execution.request);
  }

  /** The latest execution (waits for it when `count` executions have not been made yet). */
  async next(count = this.executions.length + 1): Promise<PendingExecution> {
    while (this.executions.length < count) await new Promise<void>((wake) => this.#waiters.push(wake));
    return this.executions[count - 1];
  }

  /** The latest execution made so far. */
  get last(): PendingExecution {
    const last = this.executions.at(-1);
    if (!last) throw new Error('no execution yet');
    return last;
  }
}
