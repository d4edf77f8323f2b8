import { expect } from '@open-wc/testing';
import { createFetchFlowClient } from '../../src/bridge/fetch-client.js';
import type { ExecutionRequest } from '../../src/protocol/index.js';

const request: ExecutionRequest = {
  returnFlowId: 'flow-1',
  externalAccountKey: 'key',
  inputs: { order_number: 'A1', step_type: 'product_selection' },
};

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(response: () => Response) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return response();
  }) as unknown as typeof globalThis.fetch;
  return { calls, fetch };
}

describe('createFetchFlowClient', () => {
  it('POSTs the request as JSON with the headers and signal, and reads the JSON answer', async () => {
    const { calls, fetch } = fakeFetch(() => Response.json({ type: 'error', message: 'x' }));
    const client = createFetchFlowClient({ endpoint: '/flow', headers: { authorization: 'Bearer t' }, fetch });
    const signal = new AbortController().signal;
    const answer = await client.execute(request, { signal });
    expect(answer).to.deep.equal({ type: 'error', message: 'x' });
    expect(calls).to.have.length(1);
    expect(calls[0].url).to.equal('/flow');
    expect(calls[0].init.method).to.equal('POST');
    expect(JSON.parse(calls[0].init.body as string)).to.deep.equal(request);
    expect(calls[0].init.headers).to.deep.include({ 'content-type': 'application/json', authorization: 'Bearer t' });
    expect(calls[0].init.signal).to.equal(signal);
  });

  it('rejects on a non-2xx status', async () => {
    const { fetch } = fakeFetch(() => new Response('nope', { status: 503 }));
    const client = createFetchFlowClient({ endpoint: '/flow', fetch });
    let error: unknown;
    await client.execute(request, { signal: new AbortController().signal }).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('503');
  });

  it('has upload only with an upload endpoint; it posts multipart with the field file and reads { url }', async () => {
    expect(createFetchFlowClient({ endpoint: '/flow' }).upload).to.be.undefined;
    const { calls, fetch } = fakeFetch(() => Response.json({ url: 'https://cdn.example/p.jpg' }));
    const client = createFetchFlowClient({ endpoint: '/flow', uploadEndpoint: '/upload', fetch });
    const photo = new Blob(['x'], { type: 'image/jpeg' });
    const url = await client.upload!(photo, { signal: new AbortController().signal });
    expect(url).to.equal('https://cdn.example/p.jpg');
    expect(calls[0].url).to.equal('/upload');
    const body = calls[0].init.body as FormData;
    expect(body.get('file')).to.be.instanceOf(Blob);
  });

  it('an upload answer without a url rejects', async () => {
    const { fetch } = fakeFetch(() => Response.json({}));
    const client = createFetchFlowClient({ endpoint: '/flow', uploadEndpoint: '/upload', fetch });
    let error: unknown;
    await client.upload!(new Blob(['x']), { signal: new AbortController().signal }).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('no url');
  });
});
