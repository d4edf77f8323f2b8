/**
 * `shipping_information` (PROTOCOL.md 4.6): how to send the parcel back.
 */
import * as z from 'zod/mini';
import { imageUrlSchema, linkUrlSchema, statusSchema } from '../primitives.js';
import { nextTypeOptional } from './envelope.js';

/** A download link (a return label, a form). */
export const downloadButtonSchema = z.object({
  url: linkUrlSchema,
  text: z.string(),
});

/** One instruction of the ordered list. */
export const returnInstructionSchema = z.object({
  text: z.string(),
  subText: z.optional(z.string()),
  imageUrls: z.optional(z.array(imageUrlSchema)),
  downloadButton: z.optional(downloadButtonSchema),
});

/** The `shipping_information` payload. */
export const shippingInformationPayloadSchema = z.object({
  status: statusSchema,
  confirmButtonText: z.string(),
  returnInstructions: z.array(returnInstructionSchema),
});

/** The `shipping_information` step; `nextType` may be absent (D9). */
export const shippingInformationStepSchema = z.object({
  type: z.literal('shipping_information'),
  nextType: nextTypeOptional,
  payload: shippingInformationPayloadSchema,
});

/** A download button as read. */
export type DownloadButton = z.output<typeof downloadButtonSchema>;
/** A return instruction as read. */
export type ReturnInstruction = z.output<typeof returnInstructionSchema>;
/** The `shipping_information` payload as read. */
export type ShippingInformationPayload = z.output<typeof shippingInformationPayloadSchema>;
/** The `shipping_information` step as read. */
export type ShippingInformationStep = z.output<typeof shippingInformationStepSchema>;
