/**
 * `return_details` (PROTOCOL.md 4.7): an already-submitted return.
 */
import * as z from 'zod/mini';
import {
  dateSchema,
  idList,
  idSchema,
  idTextSchema,
  imageUrlSchema,
  linkUrlSchema,
  nonEmptyString,
  positiveInt,
  priceSchema,
  sizeSchema,
  statusSchema,
} from '../primitives.js';
import { nextTypeRequired } from './envelope.js';

/** `return_label` opens its `url`; `shipping_info` and `drop_off_locations` execute a step. */
export const returnDetailButtonSchema = z.object({
  type: nonEmptyString,
  url: z.optional(linkUrlSchema),
  text: z.optional(z.string()),
});

/** What a replacement will be. */
export const replacementDetailsSchema = z.object({
  size: z.optional(sizeSchema),
  image: z.optional(imageUrlSchema),
  colour: z.optional(z.string()),
});

/** A product in the return. */
export const returnedProductSchema = z.object({
  id: idSchema,
  name: z.string(),
  image: imageUrlSchema,
  price: priceSchema,
  quantity: z.optional(positiveInt),
  returnQuantity: positiveInt,
  colour: z.optional(z.string()),
  size: z.optional(sizeSchema),
  attachments: z.optional(z.array(imageUrlSchema)),
  returnOption: z.optional(idTextSchema),
  returnReason: z.optional(idTextSchema),
  replacementDetails: z.optional(replacementDetailsSchema),
});

/** A product of the order that is not in the return. */
export const orderProductSchema = z.object({
  id: idSchema,
  name: z.string(),
  image: imageUrlSchema,
  price: priceSchema,
  quantity: z.optional(positiveInt),
});

/** The `return_details` payload. */
export const returnDetailsPayloadSchema = z.object({
  status: statusSchema,
  orderNumber: z.string(),
  orderDate: dateSchema,
  deliveryDate: z.optional(dateSchema),
  returnSubmittedDate: z.optional(dateSchema),
  returnDeadlineDate: z.optional(dateSchema),
  returnLabel: z.optional(linkUrlSchema),
  /** D6 [extension]: `false` hides the Cancel return action. */
  isCancellable: z.optional(z.boolean()),
  returnDetailButtons: z.optional(z.array(returnDetailButtonSchema)),
  returnedProducts: idList(returnedProductSchema),
  products: z.optional(idList(orderProductSchema)),
});

/** The `return_details` step; `nextType` is the step after a cancellation (D6). */
export const returnDetailsStepSchema = z.object({
  type: z.literal('return_details'),
  nextType: nextTypeRequired,
  payload: returnDetailsPayloadSchema,
});

/** A return detail button as read. */
export type ReturnDetailButton = z.output<typeof returnDetailButtonSchema>;
/** Replacement details as read. */
export type ReplacementDetails = z.output<typeof replacementDetailsSchema>;
/** A returned product as read. */
export type ReturnedProduct = z.output<typeof returnedProductSchema>;
/** An order product (not returned) as read. */
export type OrderProduct = z.output<typeof orderProductSchema>;
/** The `return_details` payload as read. */
export type ReturnDetailsPayload = z.output<typeof returnDetailsPayloadSchema>;
/** The `return_details` step as read. */
export type ReturnDetailsStep = z.output<typeof returnDetailsStepSchema>;
