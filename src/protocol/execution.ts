/**
 * Widget → returns flow: the execution request (PROTOCOL.md 4.1, DECISIONS.md D1–D3, D21).
 */
import * as z from 'zod/mini';
import { sanitiseJson, unsafeKeys } from './json.js';
import {
  coordinatesSchema,
  idList,
  idSchema,
  nonEmptyString,
  nonNegativeInt,
  positiveInt,
  stepTypeSchema,
  type StepType,
} from './primitives.js';

/**
 * Input keys the portal owns. A custom input of the same name is overwritten (never forwarded)
 * and reported as a warning (D21).
 */
export const portalInputKeys = [
  'step_type',
  'previous_step_type',
  'selected_products',
  'acknowledged',
  'unopened_quantities',
  'submit_return',
  'submission_id',
  'updated_user_location',
  'cancel_reason',
] as const;

/** One portal-owned input key. */
export type PortalInputKey = (typeof portalInputKeys)[number];

const portalKeySet: ReadonlySet<string> = new Set(portalInputKeys);

/** D2: the replacement chosen for a product: a colour name and one of its size values. */
export const replacementChoiceSchema = z.object({
  colour: z.optional(z.string()),
  size: z.optional(z.string()),
});

/**
 * One entry of `selected_products` (PROTOCOL.md 4.1). Only `id` and `quantity` are required:
 * a draft holds entries still being filled in (D1).
 */
export const selectedProductSchema = z.object({
  id: idSchema,
  quantity: positiveInt,
  reason_id: z.optional(z.string()),
  reason_option_id: z.optional(z.string()),
  comments: z.optional(z.string()),
  attachments: z.optional(z.array(z.string())),
  custom_fields: z.optional(z.record(z.string(), z.string())),
  return_option: z.optional(z.string()),
  replacement: z.optional(replacementChoiceSchema),
});

/** The accumulated answers (D1): what the next confirm would send. */
export const draftSchema = z.object({
  selected_products: z.optional(idList(selectedProductSchema)),
  acknowledged: z.optional(z.boolean()),
  unopened_quantities: z.optional(z.record(z.string(), nonNegativeInt)),
});

/** Where the shopper moved to, when re-running `drop_off_locations` (D3). */
export const updatedUserLocationSchema = z.object({
  coordinates: z.optional(coordinatesSchema),
  address: z.optional(z.string()),
});

/** Per-request inputs that never accumulate (D1). */
export const executionExtrasSchema = z.object({
  submit_return: z.optional(z.literal(true)),
  submission_id: z.optional(z.string()),
  cancel_reason: z.optional(z.string()),
  updated_user_location: z.optional(updatedUserLocationSchema),
});

/** The `inputs` of one execution: custom keys kept, portal keys typed. */
export const executionInputsSchema = z.looseObject({
  order_number: nonEmptyString,
  step_type: stepTypeSchema,
  previous_step_type: z.optional(stepTypeSchema),
  selected_products: z.optional(idList(selectedProductSchema)),
  acknowledged: z.optional(z.boolean()),
  unopened_quantities: z.optional(z.record(z.string(), nonNegativeInt)),
  submit_return: z.optional(z.literal(true)),
  submission_id: z.optional(z.string()),
  cancel_reason: z.optional(z.string()),
  updated_user_location: z.optional(updatedUserLocationSchema),
});

/** One execution of the returns flow. */
export const executionRequestSchema = z.object({
  returnFlowId: nonEmptyString,
  externalAccountKey: nonEmptyString,
  inputs: executionInputsSchema,
});

/** One `selected_products` entry. */
export type SelectedProduct = z.output<typeof selectedProductSchema>;
/** A replacement choice. */
export type ReplacementChoice = z.output<typeof replacementChoiceSchema>;
/** The accumulated answers. */
export type Draft = z.output<typeof draftSchema>;
/** `updated_user_location`. */
export type UpdatedUserLocation = z.output<typeof updatedUserLocationSchema>;
/** Per-request extras. */
export type ExecutionExtras = z.output<typeof executionExtrasSchema>;
/** The `inputs` of an execution. */
export type ExecutionInputs = z.output<typeof executionInputsSchema>;
/** An execution request. */
export type ExecutionRequest = z.output<typeof executionRequestSchema>;

/** What `buildExecutionInputs` needs from `initialise_return.inputs`. */
export type InitialInputsLike = { readonly order_number: string; readonly [key: string]: unknown };

/**
 * Custom keys of `initialise_return.inputs` that the portal will overwrite (D21), to report as
 * warnings. `step_type` is not one: it is the documented way to choose the first step.
 */
export function collidingInputKeys(initialInputs: Readonly<Record<string, unknown>>): PortalInputKey[] {
  return portalInputKeys.filter(
    (key) => key !== 'step_type' && Object.prototype.hasOwnProperty.call(initialInputs, key),
  );
}

/**
 * Builds the `inputs` of one execution (PROTOCOL.md 4.1) as a new plain object, in this order:
 * every custom key of `initialInputs` (deep-copied, unsafe keys dropped, portal keys skipped),
 * `order_number`, the answers present in `draft` (`selected_products`, `acknowledged`,
 * `unopened_quantities` — the caller passes only those it wants sent, D1), `step_type`,
 * `previous_step_type` when given (absent on the first execution), then the per-request
 * `extras` that are set.
 */
export function buildExecutionInputs(
  initialInputs: InitialInputsLike,
  draft: Draft,
  stepType: StepType,
  previousStepType?: StepType | null,
  extras: ExecutionExtras = {},
): ExecutionInputs {
  const inputs: Record<string, unknown> = {};
  for (const key of Object.keys(initialInputs)) {
    if (unsafeKeys.has(key) || portalKeySet.has(key) || key === 'order_number') continue;
    inputs[key] = sanitiseJson(initialInputs[key]);
  }
  inputs.order_number = initialInputs.order_number;
  if (draft.selected_products !== undefined) inputs.selected_products = sanitiseJson(draft.selected_products);
  if (draft.acknowledged !== undefined) inputs.acknowledged = draft.acknowledged;
  if (draft.unopened_quantities !== undefined) {
    inputs.unopened_quantities = sanitiseJson(draft.unopened_quantities);
  }
  inputs.step_type = stepType;
  if (previousStepType) inputs.previous_step_type = previousStepType;
  if (extras.submit_return) inputs.submit_return = true;
  if (extras.submission_id !== undefined) inputs.submission_id = extras.submission_id;
  if (extras.cancel_reason !== undefined) inputs.cancel_reason = extras.cancel_reason;
  if (extras.updated_user_location !== undefined) {
    inputs.updated_user_location = sanitiseJson(extras.updated_user_location);
  }
  return inputs as ExecutionInputs;
}
