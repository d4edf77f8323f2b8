import type { FlowClient } from '../context.js';

/** Options of {@link createFetchFlowClient}. */
export interface FetchFlowClientOptions {
  /** URL the execution requests are POSTed to, as JSON. */
  endpoint: string;
  /** URL photos are POSTed to, as `multipart/form-data` with the field `file`; answers `{ url }`. */
  uploadEndpoint?: string;
  /** Extra request headers (authentication…). */
  headers?: Record<string, string>;
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
}

/**
 * A {@link FlowClient} for hosts whose flow engine speaks HTTP (DECISIONS.md D18): `execute` POSTs
 * the request as JSON and reads the JSON answer; a non-2xx status rejects. `upload` exists only
 * with an `uploadEndpoint`.
 */
export function createFetchFlowClient(options: FetchFlowClientOptions): FlowClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers = options.headers ?? {};

  async function readJson(response: Response): Promise<unknown> {
    if (!response.ok) throw new Error(`returns flow answered HTTP ${response.status}`);
    return response.json();
  }

  const client: FlowClient = {
    async execute(request, { signal }) {
      const response = await doFetch(options.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify(request),
        signal,
      });
      return readJson(response);
    },
  };
  const { uploadEndpoint } = options;
  if (uploadEndpoint) {
    client.upload = async (file, { signal }) => {
      const body = new FormData();
      body.append('file', file);
      const response = await doFetch(uploadEndpoint, { method: 'POST', headers, body, signal });
      const answer = (await readJson(response)) as { url?: unknown } | null;
      if (typeof answer?.url !== 'string') throw new Error('upload answer has no url');
      return answer.url;
    };
  }
  return client;
}
