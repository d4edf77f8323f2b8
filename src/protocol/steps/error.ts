/**
 * The error answer of an execution (PROTOCOL.md 4.2, 4.10).
 */
import * as z from 'zod/mini';
import { nonEmptyString } from '../primitives.js';

/** `{ type: 'error', message }`: a business error shown in the step header. */
export const stepErrorSchema = z.object({
  type: z.literal('error'),
  message: nonEmptyString,
});

/** D4: `{ type: 'initialise_return_error', message }` as an answer reads as an error object. */
export const initialiseReturnErrorAsStepErrorSchema = z.pipe(
  z.object({ type: z.literal('initialise_return_error'), message: nonEmptyString }),
  z.transform(({ message }) => ({ type: 'error' as const, message })),
);

/** An error answer as read. */
export type StepError = z.output<typeof stepErrorSchema>;
