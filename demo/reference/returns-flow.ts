/**
 * The reference returns flow (PROTOCOL.md section 4): a pure function from one execution request
 * to one step object, over the demo data set. It keeps no state between executions: every
 * answer is built from the order's data and the accumulated `inputs` (PROTOCOL.md 4.1), and it
 * answers the step type the request asks for (`inputs.step_type`). A business rule that a
 * confirmation breaks is answered `{ type: 'error', message }` by the branch of the step that
 * confirmation asks for (PROTOCOL.md 4.10).
 *
 * {@link withFaults} wraps it in a flow client with latency and failure injection.
 * Written against the package's public contract only.
 */
import type * as z from 'zod/mini';
import type {
  cancelReturnStepSchema,
  dropOffLocationsStepSchema,
  ExecutionRequest,
  importantInformationStepSchema,
  productSelectionStepSchema,
  returnDetailsStepSchema,
  returnOptionsStepSchema,
  shippingInformationStepSchema,
} from '../../src/index.js';
import {
  CURRENCY,
  distanceKm,
  findOrder,
  resolveDate,
  type DemoData,
  type DemoOrder,
  type DemoProduct,
  type LatLng,
} from './data.js';
import { imageUrl } from './images.js';

type Wire<S extends z.core.$ZodType> = z.input<S>;
export type ProductSelectionAnswer = Wire<typeof productSelectionStepSchema>;
export type ReturnOptionsAnswer = Wire<typeof returnOptionsStepSchema>;
export type ImportantInformationAnswer = Wire<typeof importantInformationStepSchema>;
export type ShippingInformationAnswer = Wire<typeof shippingInformationStepSchema>;
export type ReturnDetailsAnswer = Wire<typeof returnDetailsStepSchema>;
export type DropOffLocationsAnswer = Wire<typeof dropOffLocationsStepSchema>;
export type CancelReturnAnswer = Wire<typeof cancelReturnStepSchema>;
/** The error object of PROTOCOL.md 4.2. */
export interface ErrorAnswer {
  type: 'error';
  message: string;
}

/** Everything the reference returns flow answers. */
export type StepAnswer =
  | ProductSelectionAnswer
  | ReturnOptionsAnswer
  | ImportantInformationAnswer
  | ShippingInformationAnswer
  | ReturnDetailsAnswer
  | DropOffLocationsAnswer
  | CancelReturnAnswer
  | ErrorAnswer;

/** The returns flow: one request in, one step object (or error object) out. */
export type ReturnsFlow = (request: ExecutionRequest) => StepAnswer;

/** Options of {@link createReturnsFlow}. */
export interface ReturnsFlowOptions {
  /** The clock dates are computed from (a seam for tests). */
  now?: () => Date;
}

const fail = (message: string): ErrorAnswer => ({ type: 'error', message });
const price = (amount: number) => ({ amount, currencyCode: CURRENCY });

/** Steps whose confirmation is on the way to submitting a return. */
const journeySteps: ReadonlySet<string> = new Set(['product_selection', 'return_options', 'important_information']);

/** The reference returns flow over `data`. */
export function createReturnsFlow(data: DemoData, options: ReturnsFlowOptions = {}): ReturnsFlow {
  return (request) => answerStep(data, request, options.now?.() ?? new Date());
}

/** Answers one execution `request` from `data` (pure: same data, request and `now`, same answer). */
export function answerStep(data: DemoData, request: ExecutionRequest, now: Date = new Date()): StepAnswer {
  if (request.returnFlowId !== data.returnFlowId || request.externalAccountKey !== data.externalAccountKey) {
    return fail('This returns flow is not set up for that account.');
  }
  const { inputs } = request;
  const order = findOrder(data, String(inputs.order_number ?? ''));
  if (!order) return fail(`We couldn't find order ${inputs.order_number}. Please check the number and try again.`);
  const ctx: Ctx = { data, order, request, date: (value) => resolveDate(value, now) };

  switch (order.returns) {
    case 'none':
      return fail(`Order ${order.orderNumber} hasn't been delivered yet, so it can't be returned.`);
    case 'overdue':
      return fail(`The ${data.returnWindowDays}-day return window for order ${order.orderNumber} has closed.`);
    case 'init_error':
      return fail(order.initErrorMessage ?? `Order ${order.orderNumber} can't be returned online.`);
    default:
      break;
  }

  switch (inputs.step_type) {
    case 'product_selection':
      return productSelection(ctx);
    case 'return_options':
      return checkSelection(ctx) ?? returnOptions(ctx);
    case 'important_information':
      return checkSelection(ctx) ?? checkOptions(ctx) ?? importantInformation(ctx);
    case 'shipping_information':
      return checkSubmission(ctx) ?? shippingInformation(ctx);
    case 'return_details':
      return returnDetails(ctx);
    case 'drop_off_locations':
      return dropOffLocations(ctx);
    case 'cancel_return':
      return cancelReturn(ctx);
    default:
      return fail(`This returns flow has no step "${String(inputs.step_type)}".`);
  }
}

interface Ctx {
  data: DemoData;
  order: DemoOrder;
  request: ExecutionRequest;
  date(value: string): string;
}

// Reading the order ------------------------------------------------------------------------------

const inTransit = (status: string) => /transit|out for delivery|processing|ready for shipment/i.test(status);

/** The product's shipment has not arrived yet. */
function notDelivered(order: DemoOrder, productId: string): boolean {
  const shipment = order.shipments.find((s) => s.products.includes(productId));
  return shipment !== undefined && inTransit(shipment.status);
}

/** Why a product cannot be returned, or undefined. */
function nonReturnableReason(order: DemoOrder, product: DemoProduct): string | undefined {
  if (product.nonReturnableReason) return product.nonReturnableReason;
  if (notDelivered(order, product.id)) return 'Not delivered yet — you can return it once it arrives.';
  if (!product.reasons) return 'This item cannot be returned.';
  return undefined;
}

/** When the order (its latest delivered shipment) arrived. */
function deliveryDate(ctx: Ctx): string {
  const delivered = ctx.order.shipments.filter((s) => !inTransit(s.status));
  return ctx.date((delivered.at(-1) ?? ctx.order.shipments[0]).lastUpdatedDate);
}

function productById(order: DemoOrder, id: string): DemoProduct | undefined {
  return order.products.find((p) => p.id === id);
}

function selected(ctx: Ctx) {
  return ctx.request.inputs.selected_products ?? [];
}

/** The selected products with their data (after checkSelection, every id is known). */
function chosenProducts(ctx: Ctx) {
  return selected(ctx).flatMap((entry) => {
    const product = productById(ctx.order, entry.id);
    return product ? [{ entry, product }] : [];
  });
}

// Business rules (answered by the branch the confirmation asks for) -----------------------------

function checkSelection(ctx: Ctx): ErrorAnswer | undefined {
  const chosen = selected(ctx);
  if (chosen.length === 0) return fail('Choose at least one item to return.');
  for (const entry of chosen) {
    const product = productById(ctx.order, entry.id);
    if (!product) return fail(`Item ${entry.id} is not part of order ${ctx.order.orderNumber}.`);
    const blocked = nonReturnableReason(ctx.order, product);
    if (blocked) return fail(`${product.name} can't be returned: ${blocked}`);
    if (entry.quantity > product.quantity) {
      return fail(`You bought ${product.quantity} of ${product.name}, so you can return at most ${product.quantity}.`);
    }
    if (product.maxReturnQuantity !== undefined && entry.quantity > product.maxReturnQuantity) {
      return fail(
        product.maxReturnMessage ?? `You can return at most ${product.maxReturnQuantity} of ${product.name} online.`,
      );
    }
    if (!entry.reason_id) return fail(`Tell us why you are returning ${product.name}.`);
  }
  return undefined;
}

function checkOptions(ctx: Ctx): ErrorAnswer | undefined {
  for (const { entry, product } of chosenProducts(ctx)) {
    if (!entry.return_option) return fail(`Choose a refund or a replacement for ${product.name}.`);
    if (entry.return_option === 'store_credit' && product.storeCreditUnavailable) {
      return fail(product.storeCreditUnavailable);
    }
    if (entry.return_option === 'replacement') {
      const colour = product.replacement?.colours.find((c) => c.name === entry.replacement?.colour);
      const size = colour?.sizes.find((s) => s.value === entry.replacement?.size);
      if (!product.replacement) return fail(`${product.name} can't be replaced, only refunded.`);
      if (!size || size.disabled) return fail(`Choose a colour and a size in stock for your new ${product.name}.`);
    }
  }
  return undefined;
}

/** `shipping_information` reached by confirming the journey: the return must be submitted. */
function checkSubmission(ctx: Ctx): ErrorAnswer | undefined {
  const { inputs } = ctx.request;
  if (!journeySteps.has(inputs.previous_step_type ?? '')) return undefined; // from return_details
  const problem = checkSelection(ctx) ?? checkOptions(ctx);
  if (problem) return problem;
  if (inputs.submit_return !== true) return fail('Your return was not submitted. Please confirm it again.');
  const info = ctx.order.importantInformation;
  if (info && inputs.acknowledged !== true) return fail('Please tick the box to confirm the items are complete.');
  for (const [id, unopened] of Object.entries(inputs.unopened_quantities ?? {})) {
    const entry = selected(ctx).find((p) => p.id === id);
    if (entry && unopened > entry.quantity) {
      return fail(`You are returning ${entry.quantity}, so at most ${entry.quantity} can be unopened.`);
    }
  }
  return undefined;
}

// Steps -----------------------------------------------------------------------------------------

function productSelection(ctx: Ctx): ProductSelectionAnswer {
  const { order, data } = ctx;
  return {
    type: 'product_selection',
    nextType: 'return_options',
    payload: {
      status: 'delivered',
      orderDate: ctx.date(order.orderDate),
      deliveryDate: deliveryDate(ctx),
      confirmButtonText: 'Continue',
      areReturnReasonsRequired: true,
      products: order.products.map((product) => {
        const blocked = nonReturnableReason(order, product);
        return {
          id: product.id,
          name: product.name,
          image: imageUrl(product.image),
          price: price(product.price),
          quantity: product.quantity,
          ...(product.colour ? { colour: product.colour } : {}),
          ...(product.productType ? { productType: product.productType } : {}),
          ...(product.size ? { size: product.size } : {}),
          ...(blocked
            ? { nonReturnableReason: blocked }
            : { reasonsForReturn: structuredClone(data.reasons[product.reasons ?? ''] ?? []) }),
        };
      }),
    },
  };
}

function returnOptions(ctx: Ctx): ReturnOptionsAnswer {
  const { order, data } = ctx;
  const info = order.importantInformation;
  return {
    type: 'return_options',
    nextType: info ? 'important_information' : 'shipping_information',
    payload: {
      confirmButtonText: info ? 'Continue' : 'Submit return',
      isSubmitReturnStep: !info,
      additionalStoreCredit: price(5),
      userDetails: structuredClone(data.customer),
      // Only the products the shopper chose (PROTOCOL.md 4.1: the flow reads selected_products).
      products: chosenProducts(ctx).map(({ entry, product }) => {
        return {
          id: product.id,
          name: product.name,
          image: imageUrl(product.image),
          quantity: entry.quantity,
          returnOptions: [
            { type: 'refund', text: 'Refund', description: 'To your original payment method within 5 working days.' },
            ...(product.replacement
              ? [{ type: 'replacement', text: 'Replacement', description: 'Another size or colour, free of charge.' }]
              : []),
            {
              type: 'store_credit',
              text: 'Store credit',
              description: 'Spend it straight away, with £5 extra.',
              ...(product.storeCreditUnavailable ? { unavailableReason: product.storeCreditUnavailable } : {}),
            },
          ],
          ...(product.replacement
            ? {
                replacementSelector: {
                  isEnabled: true,
                  colours: product.replacement.colours.map((colour) => ({
                    name: colour.name,
                    ...(colour.image ? { image: imageUrl(colour.image) } : {}),
                    sizes: structuredClone(colour.sizes),
                  })),
                },
              }
            : {}),
        };
      }),
    },
  };
}

function importantInformation(ctx: Ctx): ImportantInformationAnswer {
  const { order } = ctx;
  const info = order.importantInformation;
  if (!info) {
    // Asked for a step this order does not have: answer it anyway, as a plain submitting step.
    return {
      type: 'important_information',
      nextType: 'shipping_information',
      payload: {
        confirmButtonText: 'Submit return',
        isSubmitReturnStep: true,
        categories: [{ type: 'pack_items', title: 'Pack your items', description: 'Use the original packaging.' }],
      },
    };
  }
  const chosen = chosenProducts(ctx);
  const listed = (items: typeof chosen) =>
    items.map(({ entry, product }) => ({
      id: product.id,
      name: product.name,
      image: imageUrl(product.image),
      quantity: entry.quantity,
    }));
  const sealed = chosen.filter(({ product }) => info.unopenedTypes.includes(product.productType ?? ''));
  return {
    type: 'important_information',
    nextType: 'shipping_information',
    payload: {
      confirmButtonText: 'Submit return',
      isSubmitReturnStep: true,
      acknowledgementText: info.acknowledgementText,
      categories: [
        ...(sealed.length
          ? [
              {
                type: 'unopened_items',
                title: 'Unopened items',
                description: 'Sealed electronics are refunded straight away.',
                products: listed(sealed),
                quantitySelector: {
                  isEnabled: true,
                  title: 'How many are still sealed?',
                  label: 'Unopened',
                  ...(info.quantityNote ? { quantityNote: info.quantityNote } : {}),
                },
              },
            ]
          : []),
        {
          type: 'pack_items',
          title: 'Pack your items',
          description: 'Put every accessory, cable and manual back in the box.',
          products: chosen.map(({ product }) => ({ id: product.id })),
        },
        {
          type: 'keep_items',
          title: 'Keep your receipt',
          description: 'Keep it until your refund arrives.',
        },
      ],
    },
  };
}

function shippingInformation(ctx: Ctx): ShippingInformationAnswer {
  const { order } = ctx;
  const labelUrl =
    order.submittedReturn?.label ?? `https://returns.northwind-shoes.example/labels/${order.orderNumber}.pdf`;
  return {
    type: 'shipping_information',
    nextType: null,
    payload: {
      status: 'return_submitted',
      confirmButtonText: 'Done',
      returnInstructions: [
        {
          text: 'Print your return label',
          subText: 'No printer? Show the QR code at the Post Office instead.',
          imageUrls: [imageUrl('label')],
          downloadButton: { url: labelUrl, text: 'Download label' },
        },
        { text: 'Pack the items securely', subText: 'Stick the label on the outside of the parcel.' },
        { text: 'Drop the parcel off within 14 days', subText: 'At any Post Office or InPost locker.' },
      ],
    },
  };
}

function returnDetails(ctx: Ctx): ReturnDetailsAnswer | ErrorAnswer {
  const { order } = ctx;
  const submitted = order.submittedReturn;
  if (!submitted) return fail(`There is no return for order ${order.orderNumber} yet.`);
  const returnedIds = new Set(submitted.items.map((item) => item.id));
  return {
    type: 'return_details',
    nextType: 'product_selection',
    payload: {
      status: 'Label Created',
      orderNumber: order.orderNumber,
      orderDate: ctx.date(order.orderDate),
      deliveryDate: deliveryDate(ctx),
      returnSubmittedDate: ctx.date(submitted.submittedDate),
      ...(submitted.deadlineDate ? { returnDeadlineDate: ctx.date(submitted.deadlineDate) } : {}),
      returnLabel: submitted.label,
      isCancellable: true,
      returnDetailButtons: [
        { type: 'return_label', url: submitted.label, text: 'Return label' },
        { type: 'shipping_info', text: 'How to send it back' },
        { type: 'drop_off_locations', text: 'Find a drop-off point' },
      ],
      returnedProducts: submitted.items.flatMap((item) => {
        const product = productById(order, item.id);
        if (!product) return [];
        const returned = {
          id: product.id,
          name: product.name,
          image: imageUrl(product.image),
          price: price(product.price),
          quantity: product.quantity,
          returnQuantity: item.returnQuantity,
          ...(product.colour ? { colour: product.colour } : {}),
          ...(product.size ? { size: product.size } : {}),
          ...(item.attachments ? { attachments: item.attachments.map(imageUrl) } : {}),
          returnOption: item.option,
          returnReason: item.reason,
          ...(item.replacement
            ? {
                replacementDetails: {
                  ...(item.replacement.size ? { size: item.replacement.size } : {}),
                  ...(item.replacement.colour ? { colour: item.replacement.colour } : {}),
                  ...(item.replacement.image ? { image: imageUrl(item.replacement.image) } : {}),
                },
              }
            : {}),
        };
        return [returned];
      }),
      products: order.products
        .filter((product) => !returnedIds.has(product.id))
        .map((product) => ({
          id: product.id,
          name: product.name,
          image: imageUrl(product.image),
          price: price(product.price),
          quantity: product.quantity,
        })),
    },
  };
}

/** Where the shopper is: a new location from the request, else the customer's address. */
function userLocation(ctx: Ctx): { coordinates: LatLng; addressString: string } | ErrorAnswer {
  const { data } = ctx;
  const moved = ctx.request.inputs.updated_user_location;
  if (moved?.coordinates) return { coordinates: { ...moved.coordinates }, addressString: 'Your current location' };
  const address = moved?.address?.trim();
  if (address) {
    const typed = ` ${address.toLowerCase().replace(/[^\p{L}\p{N}'’]+/gu, ' ')} `;
    // Whole words only: "SE1" must not find "SE10".
    const place = data.places.find((p) => p.match.some((word) => typed.includes(` ${word} `)));
    if (!place) {
      return fail(`We couldn't find “${address}”. Try a London area or postcode, such as King's Cross or SE10.`);
    }
    return { coordinates: { ...place.coordinates }, addressString: place.name };
  }
  return structuredClone(data.userLocation);
}

function dropOffLocations(ctx: Ctx): DropOffLocationsAnswer | ErrorAnswer {
  const where = userLocation(ctx);
  if ('type' in where) return where;
  const { data } = ctx;
  const byDistance = data.dropOffLocations
    .map((location) => ({ location, km: distanceKm(where.coordinates, location.coordinates) }))
    .sort((a, b) => a.km - b.km);
  // Within the radius, but never fewer than three.
  const near = byDistance.filter(({ km }) => km <= data.dropOffRadiusKm);
  const shown = (near.length >= 3 ? near : byDistance.slice(0, 3)).map(({ location }) => location);
  return {
    type: 'drop_off_locations',
    nextType: null,
    payload: {
      userLocation: where,
      dropOffLocations: shown.map((location) => ({
        id: location.id,
        name: location.name,
        ...(location.image ? { image: imageUrl(location.image) } : {}),
        coordinates: { ...location.coordinates },
        addressString: location.addressString,
        ...(location.operatingHours ? { operatingHours: { ...location.operatingHours } } : {}),
      })),
      distanceUnit: 'mi',
      countryCode: 'GB',
      locationsMode: 'static',
      timeZone: 'Europe/London',
    },
  };
}

function cancelReturn(ctx: Ctx): CancelReturnAnswer | ErrorAnswer {
  if (!ctx.order.submittedReturn) return fail(`There is no return to cancel for order ${ctx.order.orderNumber}.`);
  return {
    type: 'cancel_return',
    nextType: 'product_selection',
    payload: {
      title: 'Cancel this return?',
      description: 'Your return label will stop working. You can start a new return while the return window is open.',
      confirmButtonText: 'Cancel return',
      cancelButtonText: 'Keep my return',
      reasons: [
        { id: 'keep', text: 'I have decided to keep the items' },
        { id: 'wrong-items', text: 'I chose the wrong items' },
        { id: 'other', text: 'Something else' },
      ],
    },
  };
}

// Fault injection ------------------------------------------------------------------------------

/** What the wrapped flow does instead of answering. */
export type Failure = 'none' | 'reject' | 'error' | 'invalid' | 'hang';

/** The latency and failure settings {@link withFaults} reads at each execution. */
export interface FaultSettings {
  /** Milliseconds before the answer. */
  latency: number;
  failure: Failure;
  /** Fail only the next execution, then answer normally again. */
  once: boolean;
}

/** How a host executes the returns flow (the `executeReturnsFlow` of `connectChat`). */
export type ExecuteReturnsFlow = (request: ExecutionRequest, options: { signal: AbortSignal }) => Promise<unknown>;

/** Settles after `ms`, or rejects with the signal's reason when it aborts first. */
export function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Executes `flow` the way a remote flow engine would: after `latency` ms, and failing as
 * `settings()` says — `reject` (a network failure), `error` (`{ type: 'error' }`), `invalid` (an
 * answer that fails validation), `hang` (never answers; settles only when aborted). With `once`,
 * `onFailureUsed` is called after the failure so the host can switch it off.
 */
export function withFaults(
  flow: ReturnsFlow,
  settings: () => FaultSettings,
  onFailureUsed?: (failure: Failure) => void,
): ExecuteReturnsFlow {
  return async (request, { signal }) => {
    const { latency, failure, once } = settings();
    if (failure !== 'none' && once) onFailureUsed?.(failure);
    if (latency > 0) await wait(latency, signal);
    switch (failure) {
      case 'reject':
        throw new TypeError('Injected failure: the returns flow could not be reached.');
      case 'error':
        return fail('Injected failure: the returns service is busy. Please try again in a minute.');
      case 'invalid': {
        // The real answer with a `nextType` that is no step type, and a required field missing.
        const answer = structuredClone(flow(request)) as Record<string, unknown>;
        if (answer.type === 'error') answer.type = 'failure';
        else answer.nextType = 'not_a_step';
        delete (answer.payload as Record<string, unknown> | undefined)?.confirmButtonText;
        return answer;
      }
      case 'hang':
        return new Promise((_resolve, reject) => {
          if (signal.aborted) reject(signal.reason);
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
      default:
        return flow(request);
    }
  };
}
