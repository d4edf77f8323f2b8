/**
 * `returnkit/react` — React components for the returnkit elements, made with `createComponent` from
 * `@lit/react`. Importing this module registers the four elements. Every property of an element is
 * a prop of its component (set as a DOM property, so objects and functions pass as they are), and
 * each event has a typed `on…` prop whose argument is the package's event class.
 *
 * @example
 * ```tsx
 * import { DeliveryStatusCard, ReturnsPortal } from 'returnkit/react';
 * import type { ChatEventEvent } from 'returnkit';
 *
 * export function OrderMessage({ payload, send }: { payload: unknown; send: (e: unknown) => void }) {
 *   return (
 *     <DeliveryStatusCard
 *       payload={payload}
 *       locale="en-GB"
 *       onChatEvent={(event: ChatEventEvent) => send(event.detail)}
 *     />
 *   );
 * }
 * ```
 * @packageDocumentation
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { DeliveryStatusCard as DeliveryStatusCardElement } from '../delivery-status-card.js';
import { ReturnOverdue as ReturnOverdueElement } from '../return-overdue.js';
import { ReturnsPortal as ReturnsPortalElement } from '../returns-portal.js';
import { ReturnErrorPopup as ReturnErrorPopupElement } from '../return-error-popup.js';
import type {
  ChatEventEvent,
  ProtocolErrorEvent,
  ReturnErrorPopupCloseEvent,
  ReturnErrorPopupClosedEvent,
  ReturnsCloseEvent,
  ReturnsErrorEvent,
  ReturnsFlowExecuteEvent,
  ReturnsStepEvent,
  ReturnsSubmittedEvent,
} from '../events/index.js';

/**
 * `<delivery-status-card>` for React: `payload` (the `orderTracker` payload), `locale`, `strings`.
 * `onChatEvent` gets the `chat-event` fired by the Return button: forward `event.detail` to the
 * chat flow unchanged. `onProtocolError` reports an invalid payload.
 *
 * @example
 * ```tsx
 * <DeliveryStatusCard payload={activity.payload} onChatEvent={(e) => chat.send(e.detail)} />
 * ```
 */
export const DeliveryStatusCard = createComponent({
  react: React,
  tagName: 'delivery-status-card',
  elementClass: DeliveryStatusCardElement,
  displayName: 'DeliveryStatusCard',
  events: {
    onChatEvent: 'chat-event' as EventName<ChatEventEvent>,
    onProtocolError: 'protocol-error' as EventName<ProtocolErrorEvent>,
  },
});

/**
 * `<return-overdue>` for React: `payload` (the `returnOverdue` payload), `locale`, `strings`.
 *
 * @example
 * ```tsx
 * <ReturnOverdue payload={activity.payload} onProtocolError={(e) => log(e.detail)} />
 * ```
 */
export const ReturnOverdue = createComponent({
  react: React,
  tagName: 'return-overdue',
  elementClass: ReturnOverdueElement,
  displayName: 'ReturnOverdue',
  events: {
    onProtocolError: 'protocol-error' as EventName<ProtocolErrorEvent>,
  },
});

/**
 * `<returns-portal>` for React: `activity` (the `initialise_return` activity; a new one starts the
 * flow), `flowClient`, `flowEndpoint`, `timeout`, `ephemeral`, `locale`. Keep it mounted until
 * `onReturnsClose`.
 *
 * @example
 * ```tsx
 * <ReturnsPortal
 *   activity={activity}
 *   flowClient={client}
 *   onReturnsStep={(e) => analytics.step(e.detail.stepType)}
 *   onReturnsClose={() => setActivity(null)}
 * />
 * ```
 */
export const ReturnsPortal = createComponent({
  react: React,
  tagName: 'returns-portal',
  elementClass: ReturnsPortalElement,
  displayName: 'ReturnsPortal',
  events: {
    onReturnsStep: 'returns-step' as EventName<ReturnsStepEvent>,
    onReturnsSubmitted: 'returns-submitted' as EventName<ReturnsSubmittedEvent>,
    onReturnsError: 'returns-error' as EventName<ReturnsErrorEvent>,
    onReturnsClose: 'returns-close' as EventName<ReturnsCloseEvent>,
    onReturnsFlowExecute: 'returns-flow-execute' as EventName<ReturnsFlowExecuteEvent>,
    onProtocolError: 'protocol-error' as EventName<ProtocolErrorEvent>,
  },
});

/**
 * `<return-error-popup>` for React: `message`, `open`, `locale`. `onReturnErrorPopupClose` may call
 * `preventDefault()` to keep it open; `onReturnErrorPopupClosed` fires once it has closed.
 *
 * @example
 * ```tsx
 * <ReturnErrorPopup open={open} message={text} onReturnErrorPopupClosed={() => setOpen(false)} />
 * ```
 */
export const ReturnErrorPopup = createComponent({
  react: React,
  tagName: 'return-error-popup',
  elementClass: ReturnErrorPopupElement,
  displayName: 'ReturnErrorPopup',
  events: {
    onReturnErrorPopupClose: 'return-error-popup-close' as EventName<ReturnErrorPopupCloseEvent>,
    onReturnErrorPopupClosed: 'return-error-popup-closed' as EventName<ReturnErrorPopupClosedEvent>,
  },
});
