/**
 * Demo data for the `<returns-portal>` gallery: an `initialise_return` activity and one complete
 * step object of every type (copied from the protocol fixtures), with every image drawn on a
 * canvas as a PNG data URL so that the page works offline.
 */
import type * as z from 'zod/mini';
import type {
  cancelReturnStepSchema,
  dropOffLocationsStepSchema,
  importantInformationStepSchema,
  initialiseReturnActivitySchema,
  productSelectionStepSchema,
  returnDetailsStepSchema,
  returnOptionsStepSchema,
  shippingInformationStepSchema,
  StepType,
  stepErrorSchema,
} from '../src/index.js';
import { imageUrl, picture } from './reference/images.js';

/** A message as a flow sends it (before validation). */
type Wire<S extends z.core.$ZodType> = z.input<S>;

export type ActivityWire = Wire<typeof initialiseReturnActivitySchema>;
export type ProductSelectionWire = Wire<typeof productSelectionStepSchema>;
export type ReturnOptionsWire = Wire<typeof returnOptionsStepSchema>;
export type ImportantInformationWire = Wire<typeof importantInformationStepSchema>;
export type ShippingInformationWire = Wire<typeof shippingInformationStepSchema>;
export type ReturnDetailsWire = Wire<typeof returnDetailsStepSchema>;
export type DropOffLocationsWire = Wire<typeof dropOffLocationsStepSchema>;
export type CancelReturnWire = Wire<typeof cancelReturnStepSchema>;
export type StepErrorWire = Wire<typeof stepErrorSchema>;

/** The images of the demo, by what they show. */
export const images = {
  trailRunnerNavy: picture('#1f4e8c', 'Shoe'),
  trailRunnerForest: picture('#2f6b45', 'Shoe'),
  supportBra: picture('#2b2b30', 'Bra'),
  leatherBelt: picture('#7a4a2a', 'Belt'),
  soleFault: picture('#8a7a62', 'Sole', 240, 180),
  postOffice: picture('#b3261e', 'Post'),
  label: imageUrl('label'),
  /** A parcel, for `loadingImage`. */
  parcel: picture('#c8955a', 'Parcel', 120),
};

export const ORDER_NUMBER = 'NW-100245';

/** The `initialise_return` activity that opens the portal on `stepType`. */
export function activity(stepType: StepType = 'product_selection', orderNumber = ORDER_NUMBER): ActivityWire {
  return {
    type: 'initialise_return',
    returnFlowId: '6f1c2a9e-1b7d-4c55-9a0e-3f2b8d7c4e11',
    externalAccountKey: 'returns-master-uk',
    inputs: {
      order_number: orderNumber,
      step_type: stepType,
      customer_email: 'amelia.hughes@example.co.uk',
      channel: { name: 'web-chat', locale: 'en-GB', tags: ['vip', 'returns'] },
    },
  };
}

/** `product_selection`: three products, reasons with every kind of sub-reason, one not returnable. */
export const productSelectionStep: ProductSelectionWire = {
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
        image: images.trailRunnerNavy,
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
        image: images.supportBra,
        price: { amount: 32, currencyCode: 'GBP' },
        colour: 'Black',
        productType: 'bra',
        size: { band: '34', cup: 'B', sizeSystem: 'UK' },
        reasonsForReturn: [{ id: 'r-fit', text: 'Size or fit' }],
      },
      {
        id: 'p3',
        name: 'Personalised Leather Belt',
        image: images.leatherBelt,
        price: { amount: 45, currencyCode: 'GBP' },
        quantity: 1,
        size: 'M',
        nonReturnableReason: 'Personalised items cannot be returned.',
      },
    ],
  },
};

/** `return_options`: refund, replacement (with a colour and size selector), store credit unavailable. */
export const returnOptionsStep: ReturnOptionsWire = {
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
        image: images.trailRunnerNavy,
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
              image: images.trailRunnerNavy,
              sizes: [{ value: 'UK 8' }, { value: 'UK 9', disabled: true }, { value: 'UK 10' }],
            },
            {
              name: 'Forest',
              image: images.trailRunnerForest,
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
};

/** `important_information`: the submitting step, with an acknowledgement and a quantity selector. */
export const importantInformationStep: ImportantInformationWire = {
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
        products: [{ id: 'p1', name: 'Trail Runner 2 — Navy', image: images.trailRunnerNavy, quantity: 2 }],
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
        products: [{ id: 'p1' }, { id: 'p2', name: 'Everyday Support Bra', image: images.supportBra }],
      },
      { type: 'keep_items', title: 'Keep these', description: 'The free socks are yours to keep.' },
    ],
  },
};

/** `shipping_information`: the last step of a submitted return. */
export const shippingInformationStep: ShippingInformationWire = {
  type: 'shipping_information',
  nextType: null,
  payload: {
    status: 'return_submitted',
    confirmButtonText: 'Done',
    returnInstructions: [
      {
        text: 'Print your return label',
        subText: 'No printer? Show the QR code at the Post Office instead.',
        imageUrls: [images.label],
        downloadButton: { url: 'https://returns.northwind-shoes.example/labels/NW-100245.pdf', text: 'Download label' },
      },
      { text: 'Pack the items securely', subText: 'Stick the label on the outside of the parcel.' },
      { text: 'Drop it off at any Post Office within 14 days' },
    ],
  },
};

/** `return_details`: a submitted return, its detail buttons and the order's other product. */
export const returnDetailsStep: ReturnDetailsWire = {
  type: 'return_details',
  nextType: 'product_selection',
  payload: {
    status: 'Label Created',
    orderNumber: ORDER_NUMBER,
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
        image: images.trailRunnerNavy,
        price: { amount: 89.99, currencyCode: 'GBP' },
        quantity: 2,
        returnQuantity: 1,
        colour: 'Navy',
        size: { displayName: 'UK 9' },
        attachments: [images.soleFault],
        returnOption: { id: 'replacement', text: 'Replacement' },
        returnReason: { id: 'r-faulty-sole', text: 'Sole coming apart' },
        replacementDetails: { size: 'UK 10', image: images.trailRunnerForest, colour: 'Forest' },
      },
    ],
    products: [
      {
        id: 'p2',
        name: 'Everyday Support Bra',
        image: images.supportBra,
        price: { amount: 32, currencyCode: 'GBP' },
        quantity: 1,
      },
    ],
  },
};

/** `drop_off_locations` around Trafalgar Square, in miles, London time. */
export const dropOffLocationsStep: DropOffLocationsWire = {
  type: 'drop_off_locations',
  nextType: null,
  payload: {
    userLocation: { coordinates: { lat: 51.5074, lng: -0.1278 }, addressString: 'Trafalgar Square, London WC2N 5DN' },
    dropOffLocations: [
      {
        id: 'po-charing-cross',
        name: 'Post Office — Charing Cross',
        image: images.postOffice,
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
};

/** `cancel_return`: two reasons to choose from, and "Keep my return". */
export const cancelReturnStep: CancelReturnWire = {
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
};

/** Every step by type. */
export const steps = {
  product_selection: productSelectionStep,
  return_options: returnOptionsStep,
  important_information: importantInformationStep,
  shipping_information: shippingInformationStep,
  return_details: returnDetailsStep,
  drop_off_locations: dropOffLocationsStep,
  cancel_return: cancelReturnStep,
} as const satisfies Record<StepType, unknown>;

/** A fresh copy of the step of `type` (the portal must never share objects between answers). */
export function stepFor(type: StepType): (typeof steps)[StepType] {
  return structuredClone(steps[type]);
}

/** `product_selection` in Arabic, for the right-to-left panel. */
export const productSelectionStepArabic: ProductSelectionWire = {
  ...productSelectionStep,
  payload: {
    ...productSelectionStep.payload,
    confirmButtonText: 'متابعة',
    products: [
      {
        id: 'p1',
        name: 'حذاء الجري ترايل ٢ — كحلي',
        image: images.trailRunnerNavy,
        price: { amount: 89.99, currencyCode: 'GBP' },
        quantity: 2,
        colour: 'كحلي',
        size: { displayName: 'UK 9' },
        reasonsForReturn: [
          {
            id: 'r-fit',
            text: 'المقاس',
            options: [
              { id: 'r-fit-small', text: 'صغير جدًا' },
              { id: 'r-fit-large', text: 'كبير جدًا' },
            ],
          },
          { id: 'r-changed-mind', text: 'غيّرت رأيي' },
        ],
      },
      {
        id: 'p3',
        name: 'حزام جلدي مخصص',
        image: images.leatherBelt,
        price: { amount: 45, currencyCode: 'GBP' },
        size: 'M',
        nonReturnableReason: 'لا يمكن إرجاع المنتجات المخصصة.',
      },
    ],
  },
};
