/**
 * Complete, valid examples of every protocol message (every optional field filled in), shared by
 * the protocol tests and the element tests. They are deep-frozen: take a `clone()` before
 * changing one.
 */
import type * as z from 'zod/mini';
import type {
  cancelReturnStepSchema,
  chatEventSchema,
  dropOffLocationsStepSchema,
  importantInformationStepSchema,
  initialiseReturnActivitySchema,
  initialiseReturnErrorActivitySchema,
  orderTrackerActivitySchema,
  productSelectionStepSchema,
  returnDetailsStepSchema,
  returnOptionsStepSchema,
  returnOverdueActivitySchema,
  shippingInformationStepSchema,
  stepErrorSchema,
} from '../../src/protocol/index.js';

type Wire<S extends z.core.$ZodType> = z.input<S>;

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}

/** The writable version of a (deep-readonly) fixture type. */
export type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

/** A mutable deep copy of a fixture (or of anything JSON-like). */
export function clone<T>(value: T): DeepMutable<T> {
  return structuredClone(value) as DeepMutable<T>;
}

/** Where the test pages live: relative URLs resolve against it. */
export const IMAGE_HOST = 'https://cdn.northwind-shoes.example';

/** The delivery status card, with every field (`orderTracker` spelling). */
export const orderTrackerActivity = deepFreeze<Wire<typeof orderTrackerActivitySchema>>({
  type: 'orderTracker',
  payload: {
    status: 'in_transit',
    carrier: 'Royal Mail',
    shippingMethod: 'Standard',
    lastUpdatedDate: '2025-03-10T01:20:00',
    shippingMethodDaysRange: '3-5',
    expectedDeliveryDate: '2025-03-12',
    trackingNumber: 'RM123456785GB',
    trackingLink: 'https://www.royalmail.com/track-your-item#/tracking-results/RM123456785GB',
    proofOfDelivery: { image: `${IMAGE_HOST}/pod/RM123456785GB.jpg` },
    productImages: [
      `${IMAGE_HOST}/products/trail-runner-navy.jpg`,
      `${IMAGE_HOST}/products/merino-socks-grey.jpg`,
      `${IMAGE_HOST}/products/rain-jacket-olive.jpg`,
    ],
    productNames: ['Trail Runner 2 — Navy', 'Merino Hiking Socks (3 pack)', 'Packable Rain Jacket'],
    totalShipments: 2,
    shipmentNumber: 1,
    trackingHistoryItems: [
      {
        date: '2025-03-10T01:20:00',
        status: 'In Transit',
        description: 'Your parcel is at the Heathrow Worldwide Distribution Centre.',
      },
      {
        date: '2025-03-09T17:45:00',
        status: 'processing',
        description: 'We have your parcel and it is being prepared for dispatch.',
      },
    ],
    orderNumber: 'NW-100245',
    isReturnable: true,
    returnButtonText: 'Start a return',
    returnDeadlineDate: '2025-04-09',
  },
});

/** The same card under its later name (`deliveryStatus`), with the other vocabulary. */
export const deliveryStatusActivity = deepFreeze<Wire<typeof orderTrackerActivitySchema>>({
  ...clone(orderTrackerActivity),
  type: 'deliveryStatus',
  payload: { ...clone(orderTrackerActivity.payload), status: 'Out for Delivery' },
});

/** The return overdue card, with every field. */
export const returnOverdueActivity = deepFreeze<Wire<typeof returnOverdueActivitySchema>>({
  type: 'returnOverdue',
  payload: {
    price: { amount: 129.97, currencyCode: 'GBP' },
    infoText:
      'The **30-day** return window for this order closed on 9 April 2025.\nNeed help? [Contact us](https://help.northwind-shoes.example/returns).',
    orderDate: '2025-03-08T10:15:00',
    orderNumber: 'NW-100245',
    productImages: [
      `${IMAGE_HOST}/products/trail-runner-navy.jpg`,
      `${IMAGE_HOST}/products/merino-socks-grey.jpg`,
      `${IMAGE_HOST}/products/rain-jacket-olive.jpg`,
      `${IMAGE_HOST}/products/leather-belt-brown.jpg`,
      `${IMAGE_HOST}/products/canvas-tote-natural.jpg`,
    ],
  },
});

/** Opens the returns portal, with a custom input (nested) and an explicit first step. */
export const initialiseReturnActivity = deepFreeze<Wire<typeof initialiseReturnActivitySchema>>({
  type: 'initialise_return',
  returnFlowId: '6f1c2a9e-1b7d-4c55-9a0e-3f2b8d7c4e11',
  externalAccountKey: 'returns-master-uk',
  inputs: {
    order_number: 'NW-100245',
    step_type: 'product_selection',
    customer_email: 'amelia.hughes@example.co.uk',
    channel: { name: 'web-chat', locale: 'en-GB', tags: ['vip', 'returns'] },
  },
});

/** The initialisation failure popup. */
export const initialiseReturnErrorActivity = deepFreeze<Wire<typeof initialiseReturnErrorActivitySchema>>({
  type: 'initialise_return_error',
  message: 'We could not find order NW-999999. Please check the number and try again.',
});

/** The chat event sent by the Return button, with the order number extension. */
export const returnRequestedEvent = deepFreeze<Wire<typeof chatEventSchema>>({
  type: 'chat_event',
  payload: { name: 'returnRequested', orderNumber: 'NW-100245' },
});

/** `product_selection` with every field: three products, reasons with every sub-reason option. */
export const productSelectionStep = deepFreeze<Wire<typeof productSelectionStepSchema>>({
  type: 'product_selection',
  nextType: 'return_options',
  payload: {
    status: 'delivered',
    orderDate: '2025-03-08T10:15:00',
    deliveryDate: '2025-03-11',
    confirmButtonText: 'Continue',
    areReturnReasonsRequired: true,
    isSubmitReturnStep: false,
    products: [
      {
        id: 'p1',
        name: 'Trail Runner 2 — Navy',
        image: `${IMAGE_HOST}/products/trail-runner-navy.jpg`,
        price: { amount: 89.99, currencyCode: 'GBP' },
        quantity: 2,
        colour: 'Navy',
        productType: 'shoe',
        size: { displayName: 'UK 9', value: '9', width: 'Wide', sizeSystem: 'UK' },
        reasonsForReturn: [
          {
            id: 'r-fit',
            text: 'Size or fit',
            options: [
              { id: 'r-fit-small', text: 'Too small' },
              { id: 'r-fit-large', text: 'Too large' },
            ],
          },
          {
            id: 'r-faulty',
            text: 'Faulty or damaged',
            options: [
              {
                id: 'r-faulty-sole',
                text: 'Sole coming apart',
                requestImage: true,
                requestComments: true,
                commentsLabel: 'Tell us what happened',
                customFields: [
                  {
                    name: 'batch_code',
                    label: 'Batch code (inside the tongue)',
                    required: true,
                    placeholder: 'e.g. B2025-031',
                  },
                  { name: 'times_worn', label: 'How many times worn?', required: false },
                ],
              },
            ],
          },
          { id: 'r-changed-mind', text: 'Changed my mind' },
        ],
      },
      {
        id: 'p2',
        name: 'Everyday Support Bra',
        image: `${IMAGE_HOST}/products/support-bra-black.jpg`,
        price: { amount: 32, currencyCode: 'gbp' },
        colour: 'Black',
        productType: 'bra',
        size: { band: '34', cup: 'B', sizeSystem: 'UK' },
        reasonsForReturn: [{ id: 'r-fit', text: 'Size or fit' }],
      },
      {
        id: 'p3',
        name: 'Personalised Leather Belt',
        image: 'cdn.northwind-shoes.example/products/leather-belt-brown.jpg',
        price: { amount: 45, currencyCode: 'GBP' },
        quantity: 1,
        size: 'M',
        nonReturnableReason: 'Personalised items cannot be returned.',
      },
    ],
  },
});

/** `return_options` with every field, D10 extensions included. */
export const returnOptionsStep = deepFreeze<Wire<typeof returnOptionsStepSchema>>({
  type: 'return_options',
  nextType: 'important_information',
  payload: {
    confirmButtonText: 'Continue',
    isSubmitReturnStep: false,
    additionalStoreCredit: { amount: 5, currencyCode: 'GBP' },
    userDetails: {
      fullName: 'Amelia Hughes',
      mobileNumber: '07700 900123',
      countryCode: 'GB',
      address: {
        line1: 'Flat 4',
        line2: '221 Baker Street',
        city: 'London',
        county: 'Greater London',
        country: 'United Kingdom',
        postcode: 'NW1 6XE',
      },
    },
    products: [
      {
        id: 'p1',
        name: 'Trail Runner 2 — Navy',
        image: `${IMAGE_HOST}/products/trail-runner-navy.jpg`,
        quantity: 2,
        returnOptions: [
          { type: 'refund', text: 'Refund', description: 'To your original payment method within 5 days.' },
          { type: 'replacement', text: 'Replacement', description: 'Another size or colour, free of charge.' },
          {
            type: 'store-credit',
            text: 'Store credit',
            description: 'Spend it on anything, instantly.',
            unavailableReason: 'Store credit is not available for sale items.',
          },
        ],
        replacementSelector: {
          isEnabled: true,
          colours: [
            {
              name: 'Navy',
              image: `${IMAGE_HOST}/products/trail-runner-navy.jpg`,
              sizes: [{ value: 'UK 8' }, { value: 'UK 9', disabled: true }, { value: 'UK 10' }],
            },
            {
              name: 'Forest',
              image: `${IMAGE_HOST}/products/trail-runner-forest.jpg`,
              sizes: [{ value: 'UK 9' }, { value: 'UK 10', disabled: false }],
            },
          ],
        },
      },
      {
        id: 'p2',
        returnOptions: [{ type: 'refund', text: 'Refund' }],
      },
    ],
  },
});

/** `important_information` with every field, D10 extensions and a quantity selector. */
export const importantInformationStep = deepFreeze<Wire<typeof importantInformationStepSchema>>({
  type: 'important_information',
  nextType: 'shipping_information',
  payload: {
    confirmButtonText: 'Submit return',
    isSubmitReturnStep: true,
    acknowledgementText: 'I confirm the items are unworn and in their original packaging.',
    categories: [
      {
        type: 'unopened_items',
        title: 'Unopened items',
        description: 'Tell us how many are still sealed.',
        products: [
          {
            id: 'p1',
            name: 'Trail Runner 2 — Navy',
            image: `${IMAGE_HOST}/products/trail-runner-navy.jpg`,
            quantity: 2,
          },
        ],
        quantitySelector: {
          isEnabled: true,
          title: 'How many are unopened?',
          label: 'Unopened',
          quantityNote: 'Opened items may be refunded at a reduced value.',
          invalidQuantities: { '0': 'Opened shoes cannot be returned for a full refund.' },
        },
      },
      {
        type: 'pack_items',
        title: 'Pack your items',
        description: 'Use the original box if you still have it.',
        products: [{ id: 'p1' }, { id: 'p2' }],
      },
      { type: 'keep_items', title: 'Keep these', description: 'The free socks are yours to keep.' },
    ],
  },
});

/** `shipping_information` with every field. */
export const shippingInformationStep = deepFreeze<Wire<typeof shippingInformationStepSchema>>({
  type: 'shipping_information',
  nextType: null,
  payload: {
    status: 'return_submitted',
    confirmButtonText: 'Done',
    returnInstructions: [
      {
        text: 'Print your return label',
        subText: 'No printer? Show the QR code at the Post Office instead.',
        imageUrls: [`${IMAGE_HOST}/help/label-example.png`],
        downloadButton: { url: 'https://returns.northwind-shoes.example/labels/NW-100245.pdf', text: 'Download label' },
      },
      { text: 'Pack the items securely', subText: 'Stick the label on the outside of the parcel.' },
      { text: 'Drop it off at any Post Office within 14 days' },
    ],
  },
});

/** `return_details` with every field, D6 extension included. */
export const returnDetailsStep = deepFreeze<Wire<typeof returnDetailsStepSchema>>({
  type: 'return_details',
  nextType: 'product_selection',
  payload: {
    status: 'Label Created',
    orderNumber: 'NW-100245',
    orderDate: '2025-03-08T10:15:00',
    deliveryDate: '2025-03-11',
    returnSubmittedDate: '2025-03-14T09:05:00Z',
    returnDeadlineDate: '2025-04-09',
    returnLabel: 'https://returns.northwind-shoes.example/labels/NW-100245.pdf',
    isCancellable: true,
    returnDetailButtons: [
      {
        type: 'return_label',
        url: 'https://returns.northwind-shoes.example/labels/NW-100245.pdf',
        text: 'Return label',
      },
      { type: 'shipping_info', text: 'How to send it back' },
      { type: 'drop_off_locations', text: 'Find a drop-off point' },
    ],
    returnedProducts: [
      {
        id: 'p1',
        name: 'Trail Runner 2 — Navy',
        image: `${IMAGE_HOST}/products/trail-runner-navy.jpg`,
        price: { amount: 89.99, currencyCode: 'GBP' },
        quantity: 2,
        returnQuantity: 1,
        colour: 'Navy',
        size: { displayName: 'UK 9' },
        attachments: [`${IMAGE_HOST}/uploads/returns/NW-100245/sole-1.jpg`],
        returnOption: { id: 'replacement', text: 'Replacement' },
        returnReason: { id: 'r-faulty-sole', text: 'Sole coming apart' },
        replacementDetails: {
          size: 'UK 10',
          image: `${IMAGE_HOST}/products/trail-runner-forest.jpg`,
          colour: 'Forest',
        },
      },
    ],
    products: [
      {
        id: 'p2',
        name: 'Everyday Support Bra',
        image: `${IMAGE_HOST}/products/support-bra-black.jpg`,
        price: { amount: 32, currencyCode: 'GBP' },
        quantity: 1,
      },
    ],
  },
});

/** `drop_off_locations` around central London, with every field. */
export const dropOffLocationsStep = deepFreeze<Wire<typeof dropOffLocationsStepSchema>>({
  type: 'drop_off_locations',
  nextType: null,
  payload: {
    userLocation: { coordinates: { lat: 51.5074, lng: -0.1278 }, addressString: 'Trafalgar Square, London WC2N 5DN' },
    dropOffLocations: [
      {
        id: 'po-charing-cross',
        name: 'Post Office — Charing Cross',
        image: `${IMAGE_HOST}/places/po-charing-cross.jpg`,
        coordinates: { lat: 51.5081, lng: -0.1248 },
        addressString: '24-28 William IV St, London WC2N 4DL',
        operatingHours: {
          mon: '09:00-17:30',
          tue: '09:00-17:30',
          wed: '09:00-17:30',
          thu: '09:00-17:30',
          fri: '09:00-17:30',
          sat: '09:00-12:30',
          sun: 'closed',
        },
      },
      {
        id: 'inpost-waterloo',
        name: 'InPost Locker — Waterloo Station',
        coordinates: { lat: 51.5031, lng: -0.1132 },
        addressString: 'Waterloo Station, London SE1 8SW',
        operatingHours: { mon: '00:00-24:00', sun: '06:00-23:00' },
      },
    ],
    distanceUnit: 'mi',
    countryCode: 'GB',
    locationsMode: 'static',
    timeZone: 'Europe/London',
  },
});

/** `cancel_return` with every field. */
export const cancelReturnStep = deepFreeze<Wire<typeof cancelReturnStepSchema>>({
  type: 'cancel_return',
  nextType: 'product_selection',
  payload: {
    title: 'Cancel this return?',
    description: 'Your return label will stop working. You can start a new return while the window is open.',
    confirmButtonText: 'Cancel return',
    cancelButtonText: 'Keep my return',
    reasons: [
      { id: 'keep', text: 'I have decided to keep the items' },
      { id: 'wrong-items', text: 'I chose the wrong items' },
    ],
  },
});

/** The error answer of an execution. */
export const stepErrorAnswer = deepFreeze<Wire<typeof stepErrorSchema>>({
  type: 'error',
  message: 'This order has already been returned.',
});

/** Every step fixture by type. */
export const stepFixtures = {
  product_selection: productSelectionStep,
  return_options: returnOptionsStep,
  important_information: importantInformationStep,
  shipping_information: shippingInformationStep,
  return_details: returnDetailsStep,
  drop_off_locations: dropOffLocationsStep,
  cancel_return: cancelReturnStep,
} as const;

/** Every activity fixture by type. */
export const activityFixtures = {
  orderTracker: orderTrackerActivity,
  deliveryStatus: deliveryStatusActivity,
  returnOverdue: returnOverdueActivity,
  initialise_return: initialiseReturnActivity,
  initialise_return_error: initialiseReturnErrorActivity,
} as const;

/** A `product_selection` step with `count` products (for benchmarks and long lists). */
export function productSelectionStepWith(count: number): Wire<typeof productSelectionStepSchema> {
  const step = clone(productSelectionStep);
  const template = step.payload.products[0]!;
  step.payload.products = Array.from({ length: count }, (_, i) => ({
    ...clone(template),
    id: `p${i + 1}`,
    name: `${template.name} #${i + 1}`,
  }));
  return step;
}
