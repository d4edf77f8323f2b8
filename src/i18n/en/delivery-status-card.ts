import type { StringEntry } from '../strings.js';
import { cardStrings, sharedStrings } from './shared.js';
import { trackingStrings } from './tracking.js';

/** Everything `<delivery-status-card>` renders in English: the base of its localizer. */
export const deliveryStatusCardEnglish = {
  ...sharedStrings,
  ...cardStrings,
  ...trackingStrings,
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
  shippingMethodWithRange: '{method} · {range}',
  productsSummary: 'Items: {names}',
} satisfies Record<string, StringEntry>;
