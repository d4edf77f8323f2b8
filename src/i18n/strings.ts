import { statusLabels } from '../protocol/status.js';

/** A string that depends on a count: chosen with `Intl.PluralRules` (`zero` wins for 0 when given). */
export interface PluralEntry {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** One UI string: plain text with `{name}` placeholders, or a plural entry. */
export type StringEntry = string | PluralEntry;

/**
 * The built-in English UI strings. Values use `{name}` placeholders (DECISIONS.md D27).
 * Hosts override any subset through the `strings` property or the config context.
 */
export const en = {
  ...statusLabels,

  // Stages of the delivery / return journey (PROTOCOL.md section 6).
  stageOrdered: 'Ordered',
  stageOnItsWay: 'On its way',
  stageReadyForPickup: 'Ready for pickup',
  stageDelivered: 'Delivered',
  stageProblem: 'Problem',
  stageReturningToSender: 'Returning to sender',
  stageReturnSubmitted: 'Return submitted',
  stageReturnProcessing: 'Return processing',
  stageReturnReceived: 'Return received',
  stageProgressLabel: 'Progress',

  // Shared by the cards.
  orderNumber: 'Order {orderNumber}',
  imageUnavailable: 'Image unavailable',
  productImage: 'Product image',
  moreProducts: { one: '+{count}', other: '+{count}' },
  moreProductsLabel: { one: '{count} more product', other: '{count} more products' },
  cardError: 'This card could not be shown.',
  cardErrorDetail: 'The order information we received was incomplete.',
  opensInNewTab: '(opens in a new tab)',
  close: 'Close',

  // <delivery-status-card>
  deliveryStatusLabel: 'Delivery status',
  shipmentOf: 'Shipment {number} of {total}',
  carrier: 'Carrier',
  shippingMethod: 'Shipping',
  shippingDaysRange: '{range} business days',
  lastUpdated: 'Last updated',
  expectedDelivery: 'Expected delivery',
  trackingNumber: 'Tracking number',
  trackParcel: 'Track parcel',
  copy: 'Copy',
  copyTrackingNumber: 'Copy tracking number',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the number to copy it.',
  trackingHistory: 'Tracking history',
  showMoreHistory: { one: 'Show {count} earlier update', other: 'Show {count} earlier updates' },
  showLessHistory: 'Show less',
  proofOfDelivery: 'Proof of delivery',
  viewProofOfDelivery: 'View proof of delivery',
  returnButton: 'Return',
  returnBy: 'Return by {date}',
  returnRequested: 'Return requested',

  // <return-overdue>
  returnOverdueLabel: 'Return window closed',
  orderDate: 'Order date',
  orderTotal: 'Order total',

  // <returns-portal>
  returnsPortalLabel: 'Return your items',
  returnsGenericError: 'Something went wrong. Please try again.',
  returnsNoRoute: 'The returns service is not available.',
  retry: 'Try again',
  back: 'Back',
  loading: 'Loading…',
  returnToChat: 'Return to chat',
  stepProgress: 'Step {current} of {total}',

  // <return-error-popup>
  errorPopupTitle: 'We could not start your return',
  errorPopupDismiss: 'OK',
} satisfies Record<string, StringEntry>;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : PluralEntry };

/** Every UI string key with its kind (plain or plural). */
export type ReturnkitStrings = Widen<typeof en>;

/** A partial override of {@link ReturnkitStrings}, as hosts pass it. */
export type PartialStrings = Partial<ReturnkitStrings>;

/** A key of {@link ReturnkitStrings}. */
export type StringKey = keyof ReturnkitStrings;
