import { expect } from '@open-wc/testing';
import {
  ExecutionTimeoutError,
  NoRouteError,
  executeRequest,
  type RouteHost,
} from '../../../../src/components/returns-portal/journey/route.js';
import type { ExecutionRequest } from '../../../../src/protocol/index.js';

const request: ExecutionRequest = {
  returnFlowId: 'f',
  externalAccountKey: 'k',
  inputs: { order_number: '1', step_type: 'product_selection' },
};

function host(execute?: () => Promise<unknown>): RouteHost {
  const element = document.createElement('div') as unknown as RouteHost;
  if (execute) element.flowClient = { execute };
  return element;
}

describe('executeRequest', () => {
  it('resolves with the answer of the flow client', async () => {
    expect(
      await executeRequest(
        host(async () => 'answer'),
        request,
        new AbortController().signal,
        1000,
      ),
    ).to.equal('answer');
  });

  it('rejects with ExecutionTimeoutError after the timeout, even if the client ignores the signal', async () => {
    const never = () => new Promise<unknown>(() => undefined);
    const error = await executeRequest(host(never), request, new AbortController().signal, 20).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ExecutionTimeoutError);
  });

  it('a timeout beyond what timers allow (or Infinity) means none, not an immediate failure', async () => {
    let answer!: (value: unknown) => void;
    const slow = () => new Promise<unknown>((resolve) => (answer = resolve));
    const result = executeRequest(host(slow), request, new AbortController().signal, Infinity);
    await new Promise((resolve) => setTimeout(resolve, 20));
    answer('late but fine');
    expect(await result).to.equal('late but fine');
  });

  it('rejects with the abort reason when aborted, and at once when already aborted', async () => {
    const controller = new AbortController();
    const pending = executeRequest(
      host(() => new Promise<unknown>(() => undefined)),
      request,
      controller.signal,
      1000,
    );
    controller.abort(new DOMException('gone', 'AbortError'));
    expect(((await pending.catch((e: unknown) => e)) as DOMException).name).to.equal('AbortError');
    const aborted = AbortSignal.abort(new Error('before'));
    expect(
      String(
        await executeRequest(
          host(async () => 1),
          request,
          aborted,
          1000,
        ).catch((e: unknown) => e),
      ),
    ).to.contain('before');
  });

  it('a client that throws synchronously is a rejection', async () => {
    const throwing = () => {
      throw new Error('sync');
    };
    expect(
      String(
        await executeRequest(host(throwing), request, new AbortController().signal, 1000).catch((e: unknown) => e),
      ),
    ).to.contain('sync');
  });

  it('with no route at all rejects with NoRouteError', async () => {
    const error = await executeRequest(host(), request, new AbortController().signal, 1000).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(NoRouteError);
  });
});
