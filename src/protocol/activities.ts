/**
 * Chat flow → widget messages (PROTOCOL.md section 2) and the widget → chat flow chat event
 * (section 3).
 */
import * as z from 'zod/mini';
import { maxForwardedDepth, sanitiseJson, tooDeepPath } from './json.js';
import {
  orderTrackerActivitySchema,
  returnOverdueActivitySchema,
  type OrderTrackerActivity,
  type ReturnOverdueActivity,
} from './cards.js';
import { nonEmptyString, rule, stepTypeSchema, type StepType } from './primitives.js';

export * from './cards.js';

/** `initialise_return.inputs` as a flow sends them. */
export type WireInitialInputs = { order_number: string; step_type?: StepType; [key: string]: unknown };

/**
 * The inputs of `initialise_return`: `order_number` required, `step_type` optional, every other
 * key kept verbatim. `__proto__`, `constructor` and `prototype` are dropped at any depth before
 * validation (D21); the parse reports them as warnings.
 */
export const initialInputsSchema = z.pipe(
  // Typed for `z.input` (what a flow sends); at run time any value is copied or passed through.
  z.transform((value: WireInitialInputs, ctx) => {
    // Nesting is checked before anything walks the value recursively (a stack overflow otherwise).
    const deep = tooDeepPath(value);
    if (deep) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        path: deep,
        message: `nested more than ${maxForwardedDepth} levels deep`,
      });
      return z.NEVER;
    }
    return sanitiseJson(value);
  }),
  z.looseObject({
    order_number: nonEmptyString,
    step_type: z.optional(stepTypeSchema),
  }),
);

/** `initialise_return` (PROTOCOL.md 2.3): opens the returns portal. */
export const initialiseReturnActivitySchema = z.object({
  type: z.literal('initialise_return'),
  returnFlowId: nonEmptyString,
  externalAccountKey: nonEmptyString.check(
    rule<string>(
      (s) => !/\s/.test(s),
      () => 'must not contain white space',
    ),
  ),
  inputs: initialInputsSchema,
});

/** `initialise_return_error` (PROTOCOL.md 2.4): the popup shown when initialisation failed. */
export const initialiseReturnErrorActivitySchema = z.object({
  type: z.literal('initialise_return_error'),
  message: nonEmptyString,
});

/** Every activity schema by its `type`. */
export const activitySchemas = {
  orderTracker: orderTrackerActivitySchema,
  deliveryStatus: orderTrackerActivitySchema,
  returnOverdue: returnOverdueActivitySchema,
  initialise_return: initialiseReturnActivitySchema,
  initialise_return_error: initialiseReturnErrorActivitySchema,
} as const;

/** The `type`s of activities, in the order error messages list them. */
export const activityTypes = Object.keys(activitySchemas) as (keyof typeof activitySchemas)[];

/** A chat event (PROTOCOL.md section 3): `name` required, any other payload key kept. */
export const chatEventSchema = z.object({
  type: z.literal('chat_event'),
  payload: z.looseObject({ name: nonEmptyString }),
});

/** `initialise_return.inputs` as read. */
export type InitialInputs = z.output<typeof initialInputsSchema>;
/** The `initialise_return` activity as read. */
export type InitialiseReturnActivity = z.output<typeof initialiseReturnActivitySchema>;
/** The `initialise_return_error` activity as read. */
export type InitialiseReturnErrorActivity = z.output<typeof initialiseReturnErrorActivitySchema>;
/** Any activity as read. */
export type Activity =
  OrderTrackerActivity | ReturnOverdueActivity | InitialiseReturnActivity | InitialiseReturnErrorActivity;
/** The `type` of an activity. */
export type ActivityType = keyof typeof activitySchemas;
/** A chat event as read (and as sent). */
export type ChatEvent = z.output<typeof chatEventSchema>;
