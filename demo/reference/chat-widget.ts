/**
 * A tiny chat widget: the host side of the protocol, as a chat platform's widget would do it.
 * It renders what the reference chat flow sends (bot messages, the order-number form, quick
 * replies, and activities through `renderActivity`), shows the shopper's choices as chat
 * bubbles, bridges every element to the flows with `connectChat`, and opens the returns portal
 * over the transcript until it closes ("Return to chat").
 *
 * Every JSON message that crosses the boundary, and every `protocol-error` and `returns-*` event,
 * is reported to `onLog`. Written against the package's public contract only.
 */
import {
  ChatEventEvent,
  connectChat,
  renderActivity,
  type ActivityElement,
  type ChatEvent,
  type DeliveryStatusCard,
  type ExecutionRequest,
  type ReturnsPortal,
} from '../../src/index.js';
import { ReferenceChatFlow, type ChatOutput, type PortalCloseReason, type QuickReply } from './chat-flow.js';
import type { DemoData } from './data.js';
import type { ExecuteReturnsFlow } from './returns-flow.js';

/** Which way a logged message went, seen from the elements. */
export type LogDirection = 'in' | 'out' | 'event';

/** One entry of the boundary log. */
export interface LogEntry {
  direction: LogDirection;
  /** `activity`, `chat-event`, `execute`, `step`, `rejection`, `protocol-error`, `returns-step`… */
  kind: string;
  /** One line: what it is about. */
  summary: string;
  /** The JSON (or event detail) itself. */
  data: unknown;
  time: Date;
}

/** Options of {@link ChatWidget}. */
export interface ChatWidgetOptions {
  data: DemoData;
  /** Executes the returns flow (the `executeReturnsFlow` of `connectChat`). */
  execute: ExecuteReturnsFlow;
  onLog?: (entry: LogEntry) => void;
  locale?: string;
  /** `rtl` forces right-to-left; otherwise each element follows its locale. */
  dir?: 'rtl' | null;
  /** Portals keep no draft in sessionStorage (tests). */
  ephemeral?: boolean;
  /** The chat flow's clock (tests). */
  now?: () => Date;
}

const elementTags = 'delivery-status-card, return-overdue, returns-portal, return-error-popup';
let formIds = 0;

/** Builds an element with attributes and children. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** The reference widget inside `root` (one conversation at a time). */
export class ChatWidget {
  readonly transcript: HTMLDivElement;
  readonly portalLayer: HTMLDivElement;
  readonly flow: ReferenceChatFlow;
  #popups: HTMLDivElement;
  #disconnect: () => void;
  #locale: string | undefined;
  #dir: 'rtl' | null;
  #portal: ReturnsPortal | null = null;
  /** The card whose Return button asked for the return in progress. */
  #requester: DeliveryStatusCard | null = null;
  #tearingDown = false;
  #listeners: [string, EventListener][] = [];

  constructor(
    readonly root: HTMLElement,
    private readonly options: ChatWidgetOptions,
  ) {
    this.#locale = options.locale;
    this.#dir = options.dir ?? null;
    this.transcript = h('div', { class: 'transcript', role: 'log', 'aria-label': 'Conversation', tabindex: '-1' });
    this.portalLayer = h('div', { class: 'portal-layer', hidden: '' });
    this.#popups = h('div', { class: 'popups' });
    root.append(this.transcript, this.portalLayer, this.#popups);
    this.flow = new ReferenceChatFlow(options.data, (output) => this.#receive(output), {
      channel: 'playground',
      ...(options.now ? { now: options.now } : {}),
    });
    this.#disconnect = connectChat(root, {
      sendChatEvent: (event) => this.#toChatFlow(event),
      executeReturnsFlow: (request, init) => this.#execute(request, init),
    });
    this.#listen();
  }

  /** The open portal, if any. */
  get portal(): ReturnsPortal | null {
    return this.#portal;
  }

  /** Starts a new conversation about `orderNumber` (closing whatever was open). */
  startConversation(orderNumber: string): void {
    this.#teardown();
    this.transcript.replaceChildren();
    this.flow.startConversation(orderNumber);
  }

  /** Every returnkit element the widget shows. */
  elements(): ActivityElement[] {
    return [...this.root.querySelectorAll<ActivityElement>(elementTags)];
  }

  set locale(locale: string | undefined) {
    this.#locale = locale;
    for (const element of this.elements()) {
      if (locale) element.locale = locale;
      else element.removeAttribute('locale');
    }
  }

  get locale(): string | undefined {
    return this.#locale;
  }

  set dir(dir: 'rtl' | null) {
    this.#dir = dir;
    for (const element of [this.root, ...this.elements()]) this.#applyDir(element);
  }

  get dir(): 'rtl' | null {
    return this.#dir;
  }

  /** Stops bridging and listening. */
  dispose(): void {
    this.#teardown();
    this.#disconnect();
    for (const [type, listener] of this.#listeners) this.root.removeEventListener(type, listener);
    this.root.replaceChildren();
  }

  // The boundary -------------------------------------------------------------------------------

  #log(direction: LogDirection, kind: string, summary: string, data: unknown): void {
    this.options.onLog?.({ direction, kind, summary, data, time: new Date() });
  }

  #toChatFlow(event: ChatEvent): void {
    const { orderNumber } = event.payload;
    this.#log(
      'out',
      'chat-event',
      `${event.payload.name}${typeof orderNumber === 'string' ? ` ${orderNumber}` : ''}`,
      event,
    );
    this.flow.handleChatEvent(event);
  }

  async #execute(request: ExecutionRequest, init: { signal: AbortSignal }): Promise<unknown> {
    const { inputs } = request;
    const via = inputs.previous_step_type ? ` (from ${inputs.previous_step_type})` : '';
    this.#log('out', 'execute', `${inputs.step_type}${via}`, request);
    try {
      const answer = await this.options.execute(request, init);
      const type = (answer as { type?: unknown } | null)?.type;
      const message = type === 'error' ? `: ${(answer as { message?: unknown }).message}` : '';
      this.#log('in', 'step', `${String(type)}${message}`, answer);
      return answer;
    } catch (error) {
      const aborted = init.signal.aborted;
      this.#log('in', aborted ? 'aborted' : 'rejection', aborted ? 'execution aborted' : String(error), {
        name: (error as Error)?.name,
        message: (error as Error)?.message ?? String(error),
      });
      throw error;
    }
  }

  #listen(): void {
    const on = <K extends keyof HTMLElementEventMap>(type: K, listener: (event: HTMLElementEventMap[K]) => void) => {
      this.root.addEventListener(type, listener as EventListener);
      this.#listeners.push([type, listener as EventListener]);
    };
    on('chat-event', (event) => {
      const card = event
        .composedPath()
        .find((t): t is DeliveryStatusCard => (t as Element).localName === 'delivery-status-card');
      if (!card) return;
      this.#requester = card;
      const { orderNumber } = event.detail.payload;
      this.#userSays(
        typeof orderNumber === 'string' ? `I'd like to return order ${orderNumber}.` : "I'd like to return an order.",
      );
    });
    on('protocol-error', (event) => {
      const { source, issues, fatal } = event.detail;
      this.#log(
        'event',
        'protocol-error',
        `${source}${fatal ? '' : ' (non-fatal)'}: ${issues[0]?.path ?? ''} ${issues[0]?.message ?? ''}`,
        event.detail,
      );
    });
    on('returns-step', (event) => this.#log('event', 'returns-step', event.detail.stepType, event.detail));
    on('returns-submitted', (event) => {
      this.#log('event', 'returns-submitted', event.detail.orderNumber, event.detail);
      const chosen = (event.detail.inputs as Partial<ExecutionRequest['inputs']>).selected_products ?? [];
      const count = chosen.reduce((sum, p) => sum + p.quantity, 0);
      this.#note(`Return submitted for order ${event.detail.orderNumber} (${count} item${count === 1 ? '' : 's'}).`);
    });
    on('returns-error', (event) =>
      this.#log('event', 'returns-error', `${event.detail.kind}: ${event.detail.message}`, event.detail),
    );
    on('returns-close', (event) => {
      this.#log('event', 'returns-close', event.detail.reason, event.detail);
      this.#portalClosed(event.target as ReturnsPortal, event.detail.reason);
    });
    on('return-error-popup-closed', (event) => {
      const popup = event.target as HTMLElement;
      this.#log('event', 'return-error-popup-closed', '', (event as CustomEvent).detail ?? null);
      if (popup.parentElement === this.#popups) popup.remove();
      this.#resetRequester();
    });
  }

  // Rendering what the chat flow sends ----------------------------------------------------------

  #receive(output: ChatOutput): void {
    switch (output.kind) {
      case 'text':
        this.#append(h('div', { class: 'msg bot' }, h('p', { class: 'bubble' }, output.text)));
        return;
      case 'quick-replies':
        this.#quickReplies(output.replies);
        return;
      case 'order-number-form':
        this.#orderNumberForm(output);
        return;
      case 'activity':
        this.#activity(output.activity);
    }
  }

  #activity(activity: unknown): void {
    const type = (activity as { type?: unknown }).type;
    this.#log('in', 'activity', String(type), activity);
    const element = renderActivity(activity, this.#locale ? { locale: this.#locale } : {});
    if (!element) {
      this.#note(`(The chat flow sent a message this widget does not show: ${String(type)}.)`);
      return;
    }
    this.#applyDir(element);
    switch (element.localName) {
      case 'returns-portal':
        this.#openPortal(element as ReturnsPortal);
        return;
      case 'return-error-popup':
        this.#popups.append(element);
        return;
      default:
        if (type === 'returnOverdue') this.#resetRequester();
        this.#append(h('div', { class: 'msg bot attachment' }, element));
    }
  }

  #openPortal(portal: ReturnsPortal): void {
    if (this.#portal) this.#closePortal();
    portal.ephemeral = this.options.ephemeral ?? false;
    this.#portal = portal;
    this.transcript.inert = true;
    this.portalLayer.hidden = false;
    this.portalLayer.append(portal);
  }

  #portalClosed(portal: ReturnsPortal, reason: PortalCloseReason): void {
    if (portal !== this.#portal) return;
    this.#portal = null;
    portal.remove();
    this.portalLayer.hidden = true;
    this.transcript.inert = false;
    this.#resetRequester();
    if (this.#tearingDown) return;
    this.flow.portalClosed(reason);
    this.transcript.focus({ preventScroll: true });
  }

  #closePortal(): void {
    const portal = this.#portal;
    if (!portal) return;
    portal.close(); // fires returns-close, which removes it
    if (this.#portal === portal) this.#portalClosed(portal, 'dismissed');
  }

  #teardown(): void {
    this.#tearingDown = true;
    try {
      this.#closePortal();
      this.#popups.replaceChildren();
      this.#requester = null;
    } finally {
      this.#tearingDown = false;
    }
  }

  #resetRequester(): void {
    this.#requester?.reset();
    this.#requester = null;
  }

  #quickReplies(replies: QuickReply[]): void {
    const item = h('div', { class: 'msg quick' });
    const group = h('div', { class: 'chips', role: 'group', 'aria-label': 'Suggested replies' });
    for (const reply of replies) {
      const chip = h('button', { type: 'button', class: 'chip' }, reply.label);
      chip.addEventListener('click', () => {
        item.remove();
        this.#userSays(reply.label);
        // Through the same path as the elements' own chat events (connectChat forwards it).
        this.transcript.dispatchEvent(new ChatEventEvent(structuredClone(reply.event)));
      });
      group.append(chip);
    }
    item.append(group);
    this.#append(item);
  }

  #orderNumberForm(output: Extract<ChatOutput, { kind: 'order-number-form' }>): void {
    for (const old of this.transcript.querySelectorAll<HTMLFieldSetElement>('.order-form fieldset'))
      old.disabled = true;
    const id = `order-number-${++formIds}`;
    const input = h('input', {
      id,
      name: 'orderNumber',
      type: 'text',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      placeholder: output.hint,
      'aria-describedby': `${id}-error`,
    });
    const error = h('p', { class: 'field-error', id: `${id}-error` });
    const fieldset = h(
      'fieldset',
      {},
      h('label', { for: id }, output.label),
      h('div', { class: 'row' }, input, h('button', { type: 'submit' }, output.submitText)),
      error,
    );
    const form = h('form', { class: 'order-form', novalidate: '' }, fieldset);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = input.value.trim();
      if (!value) {
        error.textContent = 'Please enter your order number.';
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      error.textContent = '';
      input.removeAttribute('aria-invalid');
      fieldset.disabled = true;
      this.#userSays(value);
      this.#log('out', 'message', `order number “${value}”`, { type: 'message', text: value });
      this.flow.receiveOrderNumber(value);
    });
    this.#append(h('div', { class: 'msg bot form' }, form));
    input.focus({ preventScroll: true });
  }

  #userSays(text: string): void {
    this.#append(h('div', { class: 'msg user' }, h('p', { class: 'bubble' }, text)));
  }

  #note(text: string): void {
    this.#append(h('div', { class: 'msg note' }, h('p', {}, text)));
  }

  #append(item: HTMLElement): void {
    // Suggested replies belong to the moment they were offered: the conversation moved on.
    for (const quick of this.transcript.querySelectorAll('.msg.quick')) quick.remove();
    this.transcript.append(item);
    requestAnimationFrame(() => {
      this.transcript.scrollTop = this.transcript.scrollHeight;
    });
  }

  #applyDir(element: HTMLElement): void {
    if (this.#dir) element.setAttribute('dir', this.#dir);
    else element.removeAttribute('dir');
  }
}
