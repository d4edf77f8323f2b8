/**
 * The step envelope (PROTOCOL.md 4.2): `{ type, nextType, payload }`.
 */
import * as z from 'zod/mini';
import { stepTypeSchema, type StepType } from '../primitives.js';

/** `nextType` where it is required: a step type or `null` (the last step). */
export const nextTypeRequired = z.nullable(stepTypeSchema);

/**
 * `nextType` where it may be absent (D9: `shipping_information`, `drop_off_locations`,
 * `cancel_return`); absent reads as `null`, so readers see one shape.
 */
export const nextTypeOptional = z._default(z.nullable(stepTypeSchema), null);

/**
 * D5: confirming a step with `isSubmitReturnStep: true` submits the return *and* asks for the
 * next step, so such a step cannot be the last one.
 */
export const submitStepNeedsNextType = z.check<{
  nextType: StepType | null;
  payload: { isSubmitReturnStep?: boolean | undefined };
}>((ctx) => {
  const step = ctx.value;
  if (step.payload.isSubmitReturnStep === true && step.nextType === null) {
    ctx.issues.push({
      code: 'custom',
      path: ['nextType'],
      input: step.nextType,
      message: 'a step with isSubmitReturnStep: true needs a nextType, got null',
    });
  }
});
