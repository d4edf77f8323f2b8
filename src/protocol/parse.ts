/**
 * The boundary: every message from outside is read here, once, into a typed value with readable
 * issues (DECISIONS.md D21). Nothing here throws for bad input.
 */
import * as z from 'zod/mini';
import {
  activitySchemas,
  activityTypes,
  chatEventSchema,
  orderTrackerPayloadSchema,
  returnOverduePayloadSchema,
  type Activity,
  type ChatEvent,
} from './activities.js';
import {
  collidingInputKeys,
  draftSchema,
  executionRequestSchema,
  type Draft,
  type ExecutionRequest,
} from './execution.js';
import { formatPath, type ParseResult } from './issues.js';
import { findUnsafeKeys } from './json.js';
import { hasOwn, isRecord, notAnObject, parseWith, unknownType } from './parse-core.js';
import { stepTypes, type StepType } from './primitives.js';
import {
  cancelReturnPayloadSchema,
  dropOffLocationsPayloadSchema,
  importantInformationPayloadSchema,
  initialiseReturnErrorAsStepErrorSchema,
  productSelectionPayloadSchema,
  returnDetailsPayloadSchema,
  returnOptionsPayloadSchema,
  shippingInformationPayloadSchema,
  stepErrorSchema,
  stepSchemas,
  type Step,
  type StepError,
} from './steps/index.js';

/**
 * Reads an activity from the chat flow (PROTOCOL.md section 2). For `initialise_return`, keys
 * dropped from `inputs` (`__proto__`, …) and custom inputs the portal overwrites are warnings.
 */
export function parseActivity(json: unknown): ParseResult<Activity> {
  if (!isRecord(json)) return notAnObject(json);
  const { type } = json;
  if (typeof type !== 'string' || !hasOwn(activitySchemas, type)) {
    return unknownType('activity', type, activityTypes);
  }
  const result: ParseResult<Activity> = parseWith(activitySchemas[type], json);
  if (result.ok && result.value.type === 'initialise_return') {
    for (const path of findUnsafeKeys(json.inputs, ['inputs'])) {
      result.warnings.push({
        path: formatPath(path),
        message: `dropped key ${JSON.stringify(path[path.length - 1])}: it could change object prototypes`,
      });
    }
    for (const key of collidingInputKeys(result.value.inputs)) {
      result.warnings.push({
        path: formatPath(['inputs', key]),
        message: `custom input ${JSON.stringify(key)} is overwritten by the portal`,
      });
    }
  }
  return result;
}

/** The `type`s `parseStep` accepts, in the order error messages list them. */
const stepAnswerTypes: readonly string[] = [...stepTypes, 'error', 'initialise_return_error'];

/**
 * Reads the answer of an execution (PROTOCOL.md 4.2): a step, or the error object. D4:
 * `{ type: 'initialise_return_error', message }` reads as `{ type: 'error', message }`.
 */
export function parseStep(json: unknown): ParseResult<Step | StepError> {
  if (!isRecord(json)) return notAnObject(json);
  const { type } = json;
  if (type === 'error') return parseWith(stepErrorSchema, json);
  if (type === 'initialise_return_error') return parseWith(initialiseReturnErrorAsStepErrorSchema, json);
  if (typeof type !== 'string' || !hasOwn(stepSchemas, type)) {
    return unknownType('step', type, stepAnswerTypes);
  }
  return parseWith(stepSchemas[type], json);
}

/** Reads a chat event (PROTOCOL.md section 3), e.g. before forwarding it to the chat flow. */
export function parseChatEvent(json: unknown): ParseResult<ChatEvent> {
  return parseWith(chatEventSchema, json);
}

/** Reads an execution request (PROTOCOL.md 4.1), e.g. in a host's flow client. */
export function parseExecutionRequest(json: unknown): ParseResult<ExecutionRequest> {
  return parseWith(executionRequestSchema, json);
}

/** Reads a stored draft (D20: storage is a boundary too). */
export function parseDraft(json: unknown): ParseResult<Draft> {
  return parseWith(draftSchema, json);
}

/** Payload schemas by the message `type` that carries them. */
export const payloadSchemas = {
  orderTracker: orderTrackerPayloadSchema,
  deliveryStatus: orderTrackerPayloadSchema,
  returnOverdue: returnOverduePayloadSchema,
  product_selection: productSelectionPayloadSchema,
  return_options: returnOptionsPayloadSchema,
  important_information: importantInformationPayloadSchema,
  shipping_information: shippingInformationPayloadSchema,
  return_details: returnDetailsPayloadSchema,
  drop_off_locations: dropOffLocationsPayloadSchema,
  cancel_return: cancelReturnPayloadSchema,
} as const satisfies Record<StepType | 'orderTracker' | 'deliveryStatus' | 'returnOverdue', z.core.$ZodType>;

/** A message `type` whose payload can be read alone. */
export type PayloadKind = keyof typeof payloadSchemas;

/** The payload of a message `type`, as read. */
export type PayloadOf<K extends PayloadKind> = z.output<(typeof payloadSchemas)[K]>;

/**
 * Reads only the `payload` of a message (an element given `.payload`). Issue and warning paths
 * still start at the message root: `payload.status` (D21).
 */
export function parsePayload<K extends PayloadKind>(kind: K, payload: unknown): ParseResult<PayloadOf<K>> {
  return parseWith(payloadSchemas[kind], payload, ['payload']) as ParseResult<PayloadOf<K>>;
}

export { parseOrderTrackerPayload, parseReturnOverduePayload } from './parse-cards.js';
export { parseWith } from './parse-core.js';
