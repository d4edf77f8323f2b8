/**
 * `important_information` (PROTOCOL.md 4.5): what to pack, what to keep, an acknowledgement and
 * quantity selectors for unopened items.
 */
import * as z from 'zod/mini';
import { idList, idSchema, imageUrlSchema, positiveInt } from '../primitives.js';
import { nextTypeRequired, submitStepNeedsNextType } from './envelope.js';

/**
 * A number input per listed product; `invalidQuantities` maps a quantity (`"2"`) to the message
 * that blocks it. Keys that are not numbers simply never match.
 */
export const quantitySelectorSchema = z.object({
  isEnabled: z.boolean(),
  title: z.optional(z.string()),
  label: z.optional(z.string()),
  quantityNote: z.optional(z.string()),
  invalidQuantities: z.optional(z.record(z.string(), z.string())),
});

/** A product listed in a category; `name`, `image`, `quantity` are D10 extensions. */
export const categoryProductSchema = z.object({
  id: idSchema,
  name: z.optional(z.string()),
  image: z.optional(imageUrlSchema),
  quantity: z.optional(positiveInt),
});

/** A category (`unopened_items`, `pack_items`, `keep_items` or any other type). */
export const informationCategorySchema = z.object({
  type: z.string(),
  title: z.optional(z.string()),
  description: z.optional(z.string()),
  products: z.optional(idList(categoryProductSchema)),
  quantitySelector: z.optional(quantitySelectorSchema),
});

/** The `important_information` payload. */
export const importantInformationPayloadSchema = z.object({
  confirmButtonText: z.string(),
  isSubmitReturnStep: z.optional(z.boolean()),
  acknowledgementText: z.optional(z.string()),
  categories: z.array(informationCategorySchema),
});

/** The `important_information` step. */
export const importantInformationStepSchema = z
  .object({
    type: z.literal('important_information'),
    nextType: nextTypeRequired,
    payload: importantInformationPayloadSchema,
  })
  .check(submitStepNeedsNextType);

/** A quantity selector as read. */
export type QuantitySelector = z.output<typeof quantitySelectorSchema>;
/** A category product as read. */
export type CategoryProduct = z.output<typeof categoryProductSchema>;
/** A category as read. */
export type InformationCategory = z.output<typeof informationCategorySchema>;
/** The `important_information` payload as read. */
export type ImportantInformationPayload = z.output<typeof importantInformationPayloadSchema>;
/** The `important_information` step as read. */
export type ImportantInformationStep = z.output<typeof importantInformationStepSchema>;
