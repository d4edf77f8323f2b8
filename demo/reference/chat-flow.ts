/**
 * The reference chat flow: what the platform's protocol guide asks the host's conversational
 * automation to do (PROTOCOL.md sections 2 and 3). It shows the delivery status card of an order;
 * when the shopper asks for a return (`returnRequested`) it takes the order number from the event,
 * or asks for it with a small form, and answers with `initialise_return`, `initialise_return_error`
 * or `returnOverdue` depending on the order.
 *
 * It speaks to the widget through `send` only: activities (protocol messages), bot text, the
 * order-number form and quick replies. Written against the package's public contract only.
 */
import type * as z from 'zod/mini';
import type {
  ChatEvent,
  initialiseReturnActivitySchema,
  initialiseReturnErrorActivitySchema,
  orderTrackerActivitySchema,
  returnOverdueActivitySchema,
} from '../../src/index.js';
import { CURRENCY, findOrder, resolveDate, type DemoData, type DemoOrder, type DemoShipment } from './data.js';
import { imageUrl } from './images.js';

type Wire<S extends z.core.$ZodType> = z.input<S>;
export type OrderTrackerActivityWire = Wire<typeof orderTrackerActivitySchema>;
export type ReturnOverdueActivityWire = Wire<typeof returnOverdueActivitySchema>;
export type InitialiseReturnActivityWire = Wire<typeof initialiseReturnActivitySchema>;
export type InitialiseReturnErrorActivityWire = Wire<typeof initialiseReturnErrorActivitySchema>;

/** A chat-flow activity (PROTOCOL.md section 2). */
export type ActivityWire =
  | OrderTrackerActivityWire
  | ReturnOverdueActivityWire
  | InitialiseReturnActivityWire
  | InitialiseReturnErrorActivityWire;

/** A quick reply: a chip the shopper can press, which sends `event` to the chat flow. */
export interface QuickReply {
  label: string;
  event: ChatEvent;
}

/** What the chat flow sends to the widget. */
export type ChatOutput =
  | { kind: 'text'; text: string }
  | { kind: 'activity'; activity: ActivityWire }
  | { kind: 'order-number-form'; label: string; hint: string; submitText: string }
  | { kind: 'quick-replies'; replies: QuickReply[] };

/** How a portal closed (the `returns-close` reason), reported by the widget. */
export type PortalCloseReason = 'completed' | 'dismissed' | 'failed';

/** Options of {@link ReferenceChatFlow}. */
export interface ChatFlowOptions {
  /** The custom input forwarded to every execution of the returns flow. */
  channel?: string;
  /** The clock dates are computed from (a seam for tests). */
  now?: () => Date;
}

const returnRequested: ChatEvent = { type: 'chat_event', payload: { name: 'returnRequested' } };

/** The reference chat flow of one conversation. */
export class ReferenceChatFlow {
  /** The flow is waiting for the shopper to type an order number. */
  awaitingOrderNumber = false;
  #conversation = 0;

  constructor(
    readonly data: DemoData,
    private readonly send: (output: ChatOutput) => void,
    private readonly options: ChatFlowOptions = {},
  ) {}

  #date(value: string): string {
    return resolveDate(value, this.options.now?.() ?? new Date());
  }

  /** Starts a conversation about `orderNumber`: a greeting, its delivery status card(s), a quick reply. */
  startConversation(orderNumber: string): void {
    this.#conversation += 1;
    this.awaitingOrderNumber = false;
    const order = findOrder(this.data, orderNumber);
    const name = this.data.customer.fullName.split(' ')[0];
    if (!order) {
      this.send({ kind: 'text', text: `Hi ${name}! How can I help you today?` });
      this.send({ kind: 'quick-replies', replies: [{ label: 'Start a return', event: returnRequested }] });
      return;
    }
    const count = order.shipments.length;
    this.send({
      kind: 'text',
      text:
        count > 1
          ? `Hi ${name}! Order ${order.orderNumber} comes in ${count} shipments. Here is where each one is.`
          : `Hi ${name}! Here is the latest on order ${order.orderNumber}.`,
    });
    order.shipments.forEach((shipment, index) =>
      this.send({ kind: 'activity', activity: this.trackerActivity(order, shipment, index) }),
    );
    this.send({ kind: 'quick-replies', replies: [{ label: 'Start a return', event: returnRequested }] });
  }

  /** The delivery status card of one shipment (PROTOCOL.md 2.1). */
  trackerActivity(order: DemoOrder, shipment: DemoShipment, index: number): OrderTrackerActivityWire {
    const products = order.products.filter((p) => shipment.products.includes(p.id));
    const count = order.shipments.length;
    const returnable = this.#cardIsReturnable(order, shipment);
    return {
      // Both spellings are the same card (PROTOCOL.md 2.1); later shipments use the newer one.
      type: index === 0 ? 'orderTracker' : 'deliveryStatus',
      payload: {
        status: shipment.status,
        carrier: shipment.carrier,
        shippingMethod: shipment.shippingMethod,
        lastUpdatedDate: this.#date(shipment.lastUpdatedDate),
        ...(shipment.shippingMethodDaysRange ? { shippingMethodDaysRange: shipment.shippingMethodDaysRange } : {}),
        ...(shipment.expectedDeliveryDate ? { expectedDeliveryDate: this.#date(shipment.expectedDeliveryDate) } : {}),
        ...(shipment.trackingNumber ? { trackingNumber: shipment.trackingNumber } : {}),
        ...(shipment.trackingLink ? { trackingLink: shipment.trackingLink } : {}),
        ...(shipment.proofOfDelivery ? { proofOfDelivery: { image: imageUrl(shipment.proofOfDelivery) } } : {}),
        productImages: products.map((p) => imageUrl(p.image)),
        productNames: products.map((p) => p.name),
        ...(count > 1 ? { totalShipments: count, shipmentNumber: index + 1 } : {}),
        ...(shipment.trackingHistoryItems
          ? {
              trackingHistoryItems: shipment.trackingHistoryItems.map((item) => ({
                ...item,
                date: this.#date(item.date),
              })),
            }
          : {}),
        orderNumber: order.orderNumber,
        isReturnable: returnable,
        ...(returnable && shipment.returnButtonText ? { returnButtonText: shipment.returnButtonText } : {}),
        ...(returnable && shipment.returnDeadlineDate
          ? { returnDeadlineDate: this.#date(shipment.returnDeadlineDate) }
          : {}),
      },
    };
  }

  /**
   * Whether the card offers Return: a delivered shipment of an order that can be returned (or has a
   * return to view). An order past its return window gets no Return button (PROTOCOL.md 2.1); asking
   * for a return on it in the chat answers `returnOverdue`.
   */
  #cardIsReturnable(order: DemoOrder, shipment: DemoShipment): boolean {
    if (order.returns === 'none' || order.returns === 'overdue') return false;
    return !/transit|out for delivery|processing|ready for shipment/i.test(shipment.status);
  }

  /** A chat event from the widget (PROTOCOL.md section 3). Unknown events are ignored. */
  handleChatEvent(event: ChatEvent): void {
    if (event.payload.name !== 'returnRequested') return;
    const { orderNumber } = event.payload;
    const order = typeof orderNumber === 'string' ? findOrder(this.data, orderNumber) : undefined;
    if (order) {
      this.#returnFor(order);
      return;
    }
    this.#askForOrderNumber('Sure! What is the order number? You will find it in your confirmation email.');
  }

  /** The shopper typed `text` into the order-number form. */
  receiveOrderNumber(text: string): void {
    if (!this.awaitingOrderNumber) {
      this.send({ kind: 'text', text: 'I can help with returns and deliveries: press Start a return to begin.' });
      return;
    }
    const typed = text.trim();
    if (!typed) {
      this.#askForOrderNumber('Please type your order number, for example NW-1002.');
      return;
    }
    const order = findOrder(this.data, typed);
    if (!order) {
      this.#askForOrderNumber(
        `I can't find an order “${typed}”. Order numbers look like NW-1002: please check your confirmation email and try again.`,
      );
      return;
    }
    this.awaitingOrderNumber = false;
    this.#returnFor(order);
  }

  /** The widget reports that the returns portal closed (outside the protocol: a widget notification). */
  portalClosed(reason: PortalCloseReason): void {
    const text = {
      completed: 'All done! We will email you when your return arrives. Anything else I can help with?',
      dismissed: 'No problem. Your answers are saved: press Return again to pick up where you left off.',
      failed: 'Sorry about that. Is there anything else I can help with?',
    }[reason];
    this.send({ kind: 'text', text });
  }

  #askForOrderNumber(question: string): void {
    this.awaitingOrderNumber = true;
    this.send({ kind: 'text', text: question });
    this.send({ kind: 'order-number-form', label: 'Order number', hint: 'e.g. NW-1002', submitText: 'Send' });
  }

  /** The answer to a return request for a known order. */
  #returnFor(order: DemoOrder): void {
    this.awaitingOrderNumber = false;
    switch (order.returns) {
      case 'none':
        this.send({
          kind: 'text',
          text: `Order ${order.orderNumber} is still on its way, so it can't be returned yet. Once it has arrived, press Return on its card.`,
        });
        return;
      case 'overdue':
        this.send({ kind: 'text', text: `I'm sorry, order ${order.orderNumber} can no longer be returned.` });
        this.send({ kind: 'activity', activity: this.overdueActivity(order) });
        return;
      case 'init_error':
        this.send({
          kind: 'activity',
          activity: {
            type: 'initialise_return_error',
            message: order.initErrorMessage ?? `Order ${order.orderNumber} can't be returned online.`,
          },
        });
        return;
      case 'submitted':
        this.send({ kind: 'text', text: `Here is the return you started for order ${order.orderNumber}.` });
        this.send({ kind: 'activity', activity: this.initialiseActivity(order, 'return_details') });
        return;
      default:
        this.send({ kind: 'text', text: `Let's return items from order ${order.orderNumber}.` });
        this.send({ kind: 'activity', activity: this.initialiseActivity(order) });
    }
  }

  /** `initialise_return` (PROTOCOL.md 2.3) with the order number and the custom `channel` input. */
  initialiseActivity(order: DemoOrder, stepType?: 'return_details'): InitialiseReturnActivityWire {
    return {
      type: 'initialise_return',
      returnFlowId: this.data.returnFlowId,
      externalAccountKey: this.data.externalAccountKey,
      inputs: {
        order_number: order.orderNumber,
        ...(stepType ? { step_type: stepType } : {}),
        channel: this.options.channel ?? 'playground',
        conversation_id: `conv-${this.#conversation}`,
      },
    };
  }

  /** `returnOverdue` (PROTOCOL.md 2.2): the order total, its date and why. */
  overdueActivity(order: DemoOrder): ReturnOverdueActivityWire {
    const total = order.products.reduce((sum, p) => sum + p.price * p.quantity, 0);
    const delivered = order.shipments.at(-1)?.lastUpdatedDate ?? order.orderDate;
    const closed = new Date(`${resolveDate(delivered, this.options.now?.() ?? new Date()).slice(0, 10)}T12:00:00`);
    closed.setDate(closed.getDate() + this.data.returnWindowDays);
    const closedText = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(closed);
    return {
      type: 'returnOverdue',
      payload: {
        price: { amount: Math.round(total * 100) / 100, currencyCode: CURRENCY },
        infoText:
          `The **${this.data.returnWindowDays}-day return window** for this order closed on ${closedText}.\n` +
          'Faulty item? You may still have rights under the Consumer Rights Act — ' +
          '[read our returns policy](https://northwind-shoes.example/help/returns).',
        orderDate: this.#date(order.orderDate),
        orderNumber: order.orderNumber,
        productImages: order.products.map((p) => imageUrl(p.image)),
      },
    };
  }
}
