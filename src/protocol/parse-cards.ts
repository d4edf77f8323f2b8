/**
 * Payload readers for the cards (`<delivery-status-card>`, `<return-overdue>`): they import only
 * the card schemas, so a card's bundle carries no step schema.
 */
import type * as z from 'zod/mini';
import { orderTrackerPayloadSchema, returnOverduePayloadSchema } from './cards.js';
import type { ParseResult } from './issues.js';
import { parseWith } from './parse-core.js';

/** Reads the payload of `<delivery-status-card>` (an `orderTracker` payload); paths start at `payload`. */
export function parseOrderTrackerPayload(payload: unknown): ParseResult<z.output<typeof orderTrackerPayloadSchema>> {
  return parseWith(orderTrackerPayloadSchema, payload, ['payload']);
}

/** Reads the payload of `<return-overdue>`; paths start at `payload`. */
export function parseReturnOverduePayload(payload: unknown): ParseResult<z.output<typeof returnOverduePayloadSchema>> {
  return parseWith(returnOverduePayloadSchema, payload, ['payload']);
}
