/**
 * The two card activities (PROTOCOL.md 2.1, 2.2), apart from the portal's so that a card's bundle
 * carries only its own schemas.
 */
import * as z from 'zod/mini';
import { dateSchema, imageUrlSchema, linkUrlSchema, positiveInt, priceSchema, statusSchema } from './primitives.js';

/** The two synonymous `type`s of the delivery status card (PROTOCOL.md 2.1). */
export const orderTrackerTypes = ['orderTracker', 'deliveryStatus'] as const;

/** One event of the tracking timeline. */
export const trackingHistoryItemSchema = z.object({
  date: dateSchema,
  status: statusSchema,
  description: z.string(),
});

/** `orderTracker` / `deliveryStatus` payload (PROTOCOL.md 2.1). */
export const orderTrackerPayloadSchema = z.object({
  status: statusSchema,
  carrier: z.string(),
  shippingMethod: z.string(),
  lastUpdatedDate: dateSchema,
  shippingMethodDaysRange: z.optional(z.string()),
  expectedDeliveryDate: z.optional(dateSchema),
  trackingNumber: z.optional(z.string()),
  trackingLink: z.optional(linkUrlSchema),
  proofOfDelivery: z.optional(z.object({ image: imageUrlSchema })),
  productImages: z.optional(z.array(imageUrlSchema)),
  productNames: z.optional(z.array(z.string())),
  totalShipments: z.optional(positiveInt),
  shipmentNumber: z.optional(positiveInt),
  trackingHistoryItems: z.optional(z.array(trackingHistoryItemSchema)),
  orderNumber: z.optional(z.string()),
  isReturnable: z._default(z.boolean(), false),
  returnButtonText: z.optional(z.string()),
  returnDeadlineDate: z.optional(dateSchema),
});

/** The delivery status card activity; `type` is kept as given. */
export const orderTrackerActivitySchema = z.object({
  type: z.enum(orderTrackerTypes),
  payload: orderTrackerPayloadSchema,
});

/** `returnOverdue` payload (PROTOCOL.md 2.2). */
export const returnOverduePayloadSchema = z.object({
  price: priceSchema,
  infoText: z.string(),
  orderDate: dateSchema,
  orderNumber: z.string(),
  productImages: z.optional(z.array(imageUrlSchema)),
});

/** The return overdue card activity. */
export const returnOverdueActivitySchema = z.object({
  type: z.literal('returnOverdue'),
  payload: returnOverduePayloadSchema,
});

/** One tracking timeline event. */
export type TrackingHistoryItem = z.output<typeof trackingHistoryItemSchema>;
/** The `orderTracker` / `deliveryStatus` payload as read. */
export type OrderTrackerPayload = z.output<typeof orderTrackerPayloadSchema>;
/** The delivery status card activity as read. */
export type OrderTrackerActivity = z.output<typeof orderTrackerActivitySchema>;
/** The `returnOverdue` payload as read. */
export type ReturnOverduePayload = z.output<typeof returnOverduePayloadSchema>;
/** The return overdue activity as read. */
export type ReturnOverdueActivity = z.output<typeof returnOverdueActivitySchema>;
