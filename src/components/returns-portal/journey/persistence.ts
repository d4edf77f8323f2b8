/**
 * The shopper's half-finished return survives closing the portal and reloading the page
 * (DECISIONS.md D20): the answers and the inputs of the request that produced the step on screen
 * live in `sessionStorage` under a key made of the flow id and the order number. Storage is a
 * boundary like the network: what is read back is validated, and every access is guarded — in a
 * sandboxed frame merely touching `sessionStorage` throws, and a full storage throws on write.
 */
import * as z from 'zod/mini';
import { checkUrl } from '../../../protocol/url.js';
import { draftSchema, executionInputsSchema } from '../../../protocol/execution.js';
import { parseWith } from '../../../protocol/parse-core.js';
import type { Draft, ExecutionInputs, InitialiseReturnActivity } from '../../../protocol/index.js';

const storedDraftSchema = z.object({
  v: z.literal(1),
  savedAt: z.number(),
  draft: draftSchema,
  lastRequestInputs: executionInputsSchema,
});

/** What is kept for one order. */
export interface StoredDraft {
  readonly draft: Draft;
  /** The inputs of the request whose answer is on screen; resuming sends them again. */
  readonly lastRequestInputs: ExecutionInputs;
}

/** `data:` photos are kept only while they stay under this many characters in total. */
const maxInlinePhotoChars = 1024 * 1024;

/** The storage key of an order's draft: `returnkit:draft:v1:["<flow id>","<order number>"]`. */
export function draftKey(activity: InitialiseReturnActivity): string {
  return `returnkit:draft:v1:${JSON.stringify([activity.returnFlowId, activity.inputs.order_number])}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The stored draft of an order, if there is a valid one (an invalid one is removed). */
export function readStoredDraft(activity: InitialiseReturnActivity): StoredDraft | undefined {
  const key = draftKey(activity);
  let text: string | null;
  try {
    text = storage()?.getItem(key) ?? null;
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const result = parseWith(storedDraftSchema, json);
  if (!result.ok) {
    clearStoredDraft(activity);
    return undefined;
  }
  return { draft: withSafeAttachments(result.value.draft), lastRequestInputs: result.value.lastRequestInputs };
}

/** Stores an order's draft; silently does nothing when storage is unavailable or full. */
export function writeStoredDraft(activity: InitialiseReturnActivity, stored: StoredDraft): void {
  const value = {
    v: 1,
    savedAt: Date.now(),
    draft: withoutHeavyPhotos(stored.draft),
    lastRequestInputs: stored.lastRequestInputs,
  };
  try {
    storage()?.setItem(draftKey(activity), JSON.stringify(value));
  } catch {
    // Full or forbidden: the journey goes on without persistence.
  }
}

/** Forgets an order's draft (after submission or cancellation). */
export function clearStoredDraft(activity: InitialiseReturnActivity): void {
  try {
    storage()?.removeItem(draftKey(activity));
  } catch {
    // Nothing to forget where nothing can be stored.
  }
}

type Entry = NonNullable<Draft['selected_products']>[number];

function withAttachments(entry: Entry, attachments: string[]): Entry {
  const { attachments: _dropped, ...rest } = entry;
  return attachments.length > 0 ? { ...rest, attachments } : rest;
}

/** Attachments read back are URLs from storage: they pass the URL policy again (D21). */
function withSafeAttachments(draft: Draft): Draft {
  if (!draft.selected_products) return draft;
  return {
    ...draft,
    selected_products: draft.selected_products.map((entry) => {
      if (!entry.attachments) return entry;
      const attachments = entry.attachments.filter((url) => checkUrl(url, 'image').ok);
      return withAttachments(entry, attachments);
    }),
  };
}

/** Drops `data:` photos when together they would exceed 1 MB (D20); uploaded URLs always stay. */
function withoutHeavyPhotos(draft: Draft): Draft {
  const inline = (draft.selected_products ?? [])
    .flatMap((entry) => entry.attachments ?? [])
    .filter((url) => url.startsWith('data:'));
  const total = inline.reduce((sum, url) => sum + url.length, 0);
  if (total <= maxInlinePhotoChars || !draft.selected_products) return draft;
  return {
    ...draft,
    selected_products: draft.selected_products.map((entry) => {
      return withAttachments(entry, entry.attachments?.filter((url) => !url.startsWith('data:')) ?? []);
    }),
  };
}
