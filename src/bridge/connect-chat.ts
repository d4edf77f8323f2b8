import type { ChatEvent, ExecutionRequest } from '../protocol/index.js';
import { parseChatEvent } from '../protocol/index.js';

/** What {@link connectChat} forwards to. */
export interface ChatBridge {
  /** Sends a chat event to the chat flow (PROTOCOL.md section 3). */
  sendChatEvent(event: ChatEvent): void;
  /** Executes the returns flow and answers its step object (PROTOCOL.md 4.1, 4.2). */
  executeReturnsFlow(request: ExecutionRequest, options: { signal: AbortSignal }): Promise<unknown>;
}

/**
 * Bridges every returnkit element inside `root` (a chat widget's transcript) to the host's flow
 * engine (DECISIONS.md D31): forwards `chat-event`s that pass the schema and answers
 * `returns-flow-execute` requests nobody answered yet. Use one per widget root. Returns a function
 * that disconnects.
 */
export function connectChat(root: EventTarget, bridge: ChatBridge): () => void {
  const onChatEvent = (event: Event) => {
    const result = parseChatEvent((event as CustomEvent<unknown>).detail);
    if (result.ok) bridge.sendChatEvent(result.value);
  };
  const onExecute = (event: Event) => {
    const request = event as CustomEvent<{
      request: ExecutionRequest;
      signal: AbortSignal;
      respondWith(response: Promise<unknown>): void;
    }>;
    if (request.defaultPrevented) return; // another listener already answered
    const { detail } = request;
    // Called inside a promise so a host function that throws is a rejection (a generic error, D17).
    detail.respondWith(
      Promise.resolve().then(() => bridge.executeReturnsFlow(detail.request, { signal: detail.signal })),
    );
  };
  root.addEventListener('chat-event', onChatEvent);
  root.addEventListener('returns-flow-execute', onExecute);
  return () => {
    root.removeEventListener('chat-event', onChatEvent);
    root.removeEventListener('returns-flow-execute', onExecute);
  };
}
