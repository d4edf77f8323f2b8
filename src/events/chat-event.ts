import type { ChatEvent } from '../protocol/index.js';

/**
 * `chat-event` — an element asks the host to send a chat event to the chat flow.
 * `detail` is the exact protocol object (PROTOCOL.md section 3); forward it unchanged.
 */
export class ChatEventEvent extends CustomEvent<ChatEvent> {
  static readonly eventName = 'chat-event';

  constructor(detail: ChatEvent) {
    super(ChatEventEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chat-event': ChatEventEvent;
  }
}
