/**
 * Every step schema (PROTOCOL.md 4.2–4.9) and the error answer.
 */
import type { StepType } from '../primitives.js';
import { cancelReturnStepSchema, type CancelReturnStep } from './cancel-return.js';
import { dropOffLocationsStepSchema, type DropOffLocationsStep } from './drop-off-locations.js';
import { importantInformationStepSchema, type ImportantInformationStep } from './important-information.js';
import { productSelectionStepSchema, type ProductSelectionStep } from './product-selection.js';
import { returnDetailsStepSchema, type ReturnDetailsStep } from './return-details.js';
import { returnOptionsStepSchema, type ReturnOptionsStep } from './return-options.js';
import { shippingInformationStepSchema, type ShippingInformationStep } from './shipping-information.js';

export * from './cancel-return.js';
export * from './drop-off-locations.js';
export * from './envelope.js';
export * from './error.js';
export * from './important-information.js';
export * from './product-selection.js';
export * from './return-details.js';
export * from './return-options.js';
export * from './shipping-information.js';

/** Each step schema by its `type`. */
export const stepSchemas = {
  product_selection: productSelectionStepSchema,
  return_options: returnOptionsStepSchema,
  important_information: importantInformationStepSchema,
  shipping_information: shippingInformationStepSchema,
  return_details: returnDetailsStepSchema,
  drop_off_locations: dropOffLocationsStepSchema,
  cancel_return: cancelReturnStepSchema,
} as const satisfies Record<StepType, unknown>;

/** Any step as read. */
export type Step =
  | ProductSelectionStep
  | ReturnOptionsStep
  | ImportantInformationStep
  | ShippingInformationStep
  | ReturnDetailsStep
  | DropOffLocationsStep
  | CancelReturnStep;

/** The step of a given type. */
export type StepOf<T extends StepType> = Extract<Step, { type: T }>;

/** The payload of a step of a given type. */
export type StepPayload<T extends StepType> = StepOf<T>['payload'];
