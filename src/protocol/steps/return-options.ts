/**
 * `return_options` (PROTOCOL.md 4.4): refund, replacement or store credit per product.
 */
import * as z from 'zod/mini';
import { idList, idSchema, imageUrlSchema, nonEmptyString, positiveInt, priceSchema } from '../primitives.js';
import { nextTypeRequired, submitStepNeedsNextType } from './envelope.js';

const knownOptionTypes = new Set(['refund', 'replacement', 'store_credit']);

/**
 * The known option types in their canonical spelling (`store-credit`, `Store_Credit` →
 * `store_credit`); any other type is kept as given.
 */
export function normaliseReturnOptionType(type: string): string {
  const canonical = type.trim().toLowerCase().replace(/-/g, '_');
  return knownOptionTypes.has(canonical) ? canonical : type;
}

/** One way to be compensated; `unavailableReason` shows it disabled. */
export const returnOptionSchema = z.object({
  type: z.pipe(nonEmptyString, z.transform(normaliseReturnOptionType)),
  text: z.string(),
  description: z.optional(z.string()),
  unavailableReason: z.optional(z.string()),
});

/** A size of a replacement colour. */
export const replacementSizeSchema = z.object({
  value: z.string(),
  disabled: z.optional(z.boolean()),
});

/** A replacement colour and its sizes. */
export const replacementColourSchema = z.object({
  name: z.string(),
  image: z.optional(imageUrlSchema),
  sizes: z.array(replacementSizeSchema),
});

/** Colour and size pickers shown when the user chooses `replacement`. */
export const replacementSelectorSchema = z.object({
  isEnabled: z.boolean(),
  colours: z.array(replacementColourSchema),
});

/** A postal address, every line optional. */
export const addressSchema = z.object({
  line1: z.optional(z.string()),
  line2: z.optional(z.string()),
  city: z.optional(z.string()),
  county: z.optional(z.string()),
  country: z.optional(z.string()),
  postcode: z.optional(z.string()),
});

/** The shopper's delivery details, shown read-only for replacements. */
export const userDetailsSchema = z.object({
  fullName: z.optional(z.string()),
  mobileNumber: z.optional(z.string()),
  countryCode: z.optional(z.string()),
  address: z.optional(addressSchema),
});

/** A product and its options; `name`, `image`, `quantity` are D10 extensions. */
export const returnOptionsProductSchema = z.object({
  id: idSchema,
  name: z.optional(z.string()),
  image: z.optional(imageUrlSchema),
  quantity: z.optional(positiveInt),
  returnOptions: z.array(returnOptionSchema).check(z.minLength(1)),
  replacementSelector: z.optional(replacementSelectorSchema),
});

/** The `return_options` payload. */
export const returnOptionsPayloadSchema = z.object({
  confirmButtonText: z.string(),
  /** D5 [extension]. */
  isSubmitReturnStep: z.optional(z.boolean()),
  additionalStoreCredit: z.optional(priceSchema),
  userDetails: z.optional(userDetailsSchema),
  products: idList(returnOptionsProductSchema),
});

/** The `return_options` step. */
export const returnOptionsStepSchema = z
  .object({
    type: z.literal('return_options'),
    nextType: nextTypeRequired,
    payload: returnOptionsPayloadSchema,
  })
  .check(submitStepNeedsNextType);

/** A return option as read (`type` canonical for known types). */
export type ReturnOption = z.output<typeof returnOptionSchema>;
/** A replacement size as read. */
export type ReplacementSize = z.output<typeof replacementSizeSchema>;
/** A replacement colour as read. */
export type ReplacementColour = z.output<typeof replacementColourSchema>;
/** A replacement selector as read. */
export type ReplacementSelector = z.output<typeof replacementSelectorSchema>;
/** An address as read. */
export type Address = z.output<typeof addressSchema>;
/** User details as read. */
export type UserDetails = z.output<typeof userDetailsSchema>;
/** A `return_options` product as read. */
export type ReturnOptionsProduct = z.output<typeof returnOptionsProductSchema>;
/** The `return_options` payload as read. */
export type ReturnOptionsPayload = z.output<typeof returnOptionsPayloadSchema>;
/** The `return_options` step as read. */
export type ReturnOptionsStep = z.output<typeof returnOptionsStepSchema>;
