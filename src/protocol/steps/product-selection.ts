/**
 * `product_selection` (PROTOCOL.md 4.3): the user picks products, quantities and reasons.
 */
import * as z from 'zod/mini';
import {
  dateSchema,
  idList,
  idSchema,
  imageUrlSchema,
  nonEmptyString,
  positiveInt,
  priceSchema,
  sizeSchema,
  statusSchema,
} from '../primitives.js';
import { nextTypeRequired, submitStepNeedsNextType } from './envelope.js';

/** A labelled text input a sub-reason asks for; its value is sent under `name`. */
export const customFieldSchema = z.object({
  name: nonEmptyString,
  label: z.string(),
  required: z.optional(z.boolean()),
  placeholder: z.optional(z.string()),
});

/** A sub-reason: may ask for photos, a comment and custom fields. */
export const subReasonSchema = z.object({
  id: idSchema,
  text: z.string(),
  requestImage: z.optional(z.boolean()),
  requestComments: z.optional(z.boolean()),
  commentsLabel: z.optional(z.string()),
  customFields: z.optional(z.array(customFieldSchema)),
});

/** A reason for return, with optional sub-reasons. */
export const reasonSchema = z.object({
  id: idSchema,
  text: z.string(),
  options: z.optional(idList(subReasonSchema)),
});

/** A product of the order; `quantity` (how many can be returned) defaults to 1. */
export const selectableProductSchema = z.object({
  id: idSchema,
  name: z.string(),
  image: imageUrlSchema,
  price: priceSchema,
  quantity: z._default(positiveInt, 1),
  colour: z.optional(z.string()),
  productType: z.optional(z.string()),
  size: z.optional(sizeSchema),
  reasonsForReturn: z.optional(idList(reasonSchema)),
  nonReturnableReason: z.optional(z.string()),
});

/** The `product_selection` payload. */
export const productSelectionPayloadSchema = z.object({
  status: statusSchema,
  orderDate: dateSchema,
  deliveryDate: dateSchema,
  confirmButtonText: z.string(),
  areReturnReasonsRequired: z._default(z.boolean(), true),
  /** D5 [extension]. */
  isSubmitReturnStep: z.optional(z.boolean()),
  products: idList(selectableProductSchema).check(z.minLength(1)),
});

/** The `product_selection` step. */
export const productSelectionStepSchema = z
  .object({
    type: z.literal('product_selection'),
    nextType: nextTypeRequired,
    payload: productSelectionPayloadSchema,
  })
  .check(submitStepNeedsNextType);

/** A custom field as read. */
export type CustomField = z.output<typeof customFieldSchema>;
/** A sub-reason as read. */
export type SubReason = z.output<typeof subReasonSchema>;
/** A reason for return as read. */
export type Reason = z.output<typeof reasonSchema>;
/** A product offered for return as read. */
export type SelectableProduct = z.output<typeof selectableProductSchema>;
/** The `product_selection` payload as read. */
export type ProductSelectionPayload = z.output<typeof productSelectionPayloadSchema>;
/** The `product_selection` step as read. */
export type ProductSelectionStep = z.output<typeof productSelectionStepSchema>;
