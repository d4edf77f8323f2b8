/**
 * `cancel_return` (PROTOCOL.md 4.9, DECISIONS.md D6): the confirmation screen of a cancellation.
 */
import * as z from 'zod/mini';
import { idList, idTextSchema } from '../primitives.js';
import { nextTypeOptional } from './envelope.js';

/** The `cancel_return` payload. */
export const cancelReturnPayloadSchema = z.object({
  title: z.optional(z.string()),
  description: z.optional(z.string()),
  confirmButtonText: z.string(),
  cancelButtonText: z.optional(z.string()),
  reasons: z.optional(idList(idTextSchema)),
});

/** The `cancel_return` step; `nextType` may be absent (D9). */
export const cancelReturnStepSchema = z.object({
  type: z.literal('cancel_return'),
  nextType: nextTypeOptional,
  payload: cancelReturnPayloadSchema,
});

/** A cancellation reason as read. */
export type CancelReason = z.output<typeof idTextSchema>;
/** The `cancel_return` payload as read. */
export type CancelReturnPayload = z.output<typeof cancelReturnPayloadSchema>;
/** The `cancel_return` step as read. */
export type CancelReturnStep = z.output<typeof cancelReturnStepSchema>;
