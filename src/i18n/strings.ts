import { statusLabels } from '../protocol/status.js';

/** A string that depends on a count: chosen with `Intl.PluralRules` (`zero` wins for 0 when given). */
export interface PluralEntry {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** One UI string: plain text with `{name}` placeholders, or a plural entry. */
export type StringEntry = string | PluralEntry;

/**
 * The built-in English UI strings. Values use `{name}` placeholders (DECISIONS.md D27).
 * Hosts override any subset through the `strings` property or the config context.
 */
export const en = {
  ...statusLabels,

  // Stages of the delivery / return journey (PROTOCOL.md section 6).
  stageOrdered: 'Ordered',
  stageOnItsWay: 'On its way',
  stageReadyForPickup: 'Ready for pickup',
  stageDelivered: 'Delivered',
  stageProblem: 'Problem',
  stageReturningToSender: 'Returning to sender',
  stageReturnSubmitted: 'Return submitted',
  stageReturnProcessing: 'Return processing',
  stageReturnReceived: 'Return received',
  stageProgressLabel: 'Progress',

  // Shared by the cards.
  orderNumber: 'Order {orderNumber}',
  imageUnavailable: 'Image unavailable',
  productImage: 'Product image',
  moreProducts: { one: '+{count}', other: '+{count}' },
  moreProductsLabel: { one: '{count} more product', other: '{count} more products' },
  cardError: 'This card could not be shown.',
  cardErrorDetail: 'The order information we received was incomplete.',
  opensInNewTab: '(opens in a new tab)',
  close: 'Close',

  // <delivery-status-card>
  deliveryStatusLabel: 'Delivery status',
  shipmentOf: 'Shipment {number} of {total}',
  carrier: 'Carrier',
  shippingMethod: 'Shipping',
  shippingDaysRange: '{range} business days',
  lastUpdated: 'Last updated',
  expectedDelivery: 'Expected delivery',
  trackingNumber: 'Tracking number',
  trackParcel: 'Track parcel',
  copy: 'Copy',
  copyTrackingNumber: 'Copy tracking number',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the number to copy it.',
  trackingHistory: 'Tracking history',
  showMoreHistory: { one: 'Show {count} earlier update', other: 'Show {count} earlier updates' },
  showLessHistory: 'Show less',
  proofOfDelivery: 'Proof of delivery',
  viewProofOfDelivery: 'View proof of delivery',
  returnButton: 'Return',
  returnBy: 'Return by {date}',
  returnRequested: 'Return requested',

  // <delivery-status-card> (more)
  stageCompleted: '(completed)',
  shippingMethodWithRange: '{method} · {range}',
  productsSummary: 'Items: {names}',

  // <return-overdue>
  returnOverdueLabel: 'Return window closed',
  orderDate: 'Order date',
  orderTotal: 'Order total',

  // <returns-portal>
  returnsPortalLabel: 'Return your items',
  returnsGenericError: 'Something went wrong. Please try again.',
  returnsNoRoute: 'The returns service is not available.',
  retry: 'Try again',
  back: 'Back',
  loading: 'Loading…',
  returnToChat: 'Return to chat',
  stepProgress: 'Step {current} of {total}',
  stepNumber: 'Step {current}',
  closePortal: 'Close returns',
  stepAnnouncement: '{title}. {progress}',
  stepTitleProductSelection: 'Choose items to return',
  stepTitleReturnOptions: 'Choose how to return',
  stepTitleImportantInformation: 'Before you send your items',
  stepTitleShippingInformation: 'How to send your return',
  stepTitleReturnDetails: 'Your return',
  stepTitleDropOffLocations: 'Drop-off points',
  stepTitleCancelReturn: 'Cancel your return',
  confirmNotReady: 'To continue: {reason}',
  photosStillUploading: 'wait until your photos have uploaded',
  working: 'Please wait…',
  returnSubmittedNotice: 'Your return has been submitted.',
  returnCancelledNotice: 'Your return has been cancelled.',

  // <returns-portal> steps
  // step: product_selection
  selectionOrderStatus: 'Order status',
  selectionOrderDate: 'Ordered',
  selectionDeliveryDate: 'Delivered',
  selectionItems: 'Items in your order',
  selectionSize: 'Size {size}',
  selectionColour: 'Colour {colour}',
  selectionQuantityOrdered: { one: '{count} ordered', other: '{count} ordered' },
  selectionNotReturnable: 'Not returnable.',
  selectionQuantity: 'How many to return',
  selectionReason: 'Reason for return',
  selectionReasonPlaceholder: 'Choose a reason',
  selectionSubReason: 'Specific reason',
  selectionSubReasonPlaceholder: 'Choose a specific reason',
  selectionComments: 'Comments',
  selectionOptional: '(optional)',
  selectionPhotos: 'Photos',
  selectionPhotosHint: {
    one: 'Add a photo that shows the problem.',
    other: 'Add at least one photo that shows the problem, up to {count}.',
  },
  selectionPhotosFull: {
    one: 'You have added the maximum of {count} photo.',
    other: 'You have added the maximum of {count} photos.',
  },
  selectionPhotosEarlier: { one: '{count} photo attached earlier.', other: '{count} photos attached earlier.' },
  selectionAddPhotos: 'Add photos',
  selectionPhoto: 'Photo {index} of {count}',
  selectionPhotoUploading: 'Uploading…',
  selectionPhotoFailed: 'Upload failed',
  selectionPhotoDone: 'Uploaded',
  selectionPhotoRetry: 'Retry',
  selectionPhotoRetryLabel: 'Retry photo {index} of {count}',
  selectionPhotoRemoveLabel: 'Remove photo {index} of {count}',
  selectionErrorProduct: 'Choose at least one item.',
  selectionErrorReason: 'Choose a reason.',
  selectionErrorSubReason: 'Choose a specific reason.',
  selectionErrorPhoto: 'Add at least one photo.',
  selectionErrorField: 'Fill in this field.',
  selectionErrorNotReturnable: 'This item cannot be returned. Untick it to continue.',
  selectionProblemProduct: 'choose at least one item to return',
  selectionProblemReason: 'choose a reason for {name}',
  selectionProblemSubReason: 'choose a specific reason for {name}',
  selectionProblemPhoto: 'add a photo of {name}',
  selectionProblemField: 'fill in “{field}” for {name}',
  selectionProblemNotReturnable: 'untick {name}, which cannot be returned',
  // step: return_options
  returningCount: { one: 'Returning {count} item', other: 'Returning {count} items' },
  roBonusCredit: '+ {amount} bonus credit',
  roColour: 'Colour',
  roSize: 'Size',
  roSizeUnavailable: 'Unavailable',
  roNoSizes: 'No sizes are available in this colour.',
  roErrorOption: 'Choose how you want to return this item.',
  roErrorColour: 'Choose a colour.',
  roErrorSize: 'Choose an available size.',
  roProblemOption: 'choose how to return {name}',
  roProblemColour: 'choose a replacement colour for {name}',
  roProblemSize: 'choose a replacement size for {name}',
  roDeliveryTitle: 'Delivery details for replacements',
  roDeliveryName: 'Name',
  roDeliveryPhone: 'Phone',
  roDeliveryAddress: 'Address',
  roPhoneWithDialCode: '{code} {number}',
  roPhoneWithCountry: '{number} ({country})',
  // step: important_information
  iiCategoryUnopened: 'Unopened items',
  iiCategoryPack: 'Pack these items',
  iiCategoryKeep: 'Keep these items',
  iiQuantityLabel: 'Unopened',
  iiQuantityRange: { one: 'From 0 to {count}', other: 'From 0 to {count}' },
  iiErrorAcknowledge: 'Tick this box to continue.',
  iiProblemAcknowledge: 'tick the confirmation box',
  iiProblemQuantity: 'change the unopened quantity of {name}',
  // step: shipping_information
  siStatus: 'Status',
  siInstructionsTitle: 'What to do next',
  siDownload: 'Download',
  // step: return_details
  rdStatus: 'Status',
  rdOrderNumber: 'Order number',
  rdOrdered: 'Ordered',
  rdDelivered: 'Delivered',
  rdSubmitted: 'Return submitted',
  rdDeadline: 'Return by',
  rdReturnedHeading: 'Items in your return',
  rdReturnQuantity: { one: 'Returning {count} of {total}', other: 'Returning {count} of {total}' },
  rdReturnCount: { one: 'Returning {count} item', other: 'Returning {count} items' },
  rdQuantity: { one: 'Quantity: {count}', other: 'Quantity: {count}' },
  rdSize: 'Size: {size}',
  rdColour: 'Colour: {colour}',
  rdReason: 'Reason',
  rdOption: 'You chose',
  rdReplacement: 'Replacement',
  rdReplacementImage: 'Replacement: {name}',
  rdPhotos: 'Your photos',
  rdPhotoOpen: 'View photo {number} of {total} larger',
  rdPhotoTitle: 'Photo {number} of {total}',
  rdPhotoAlt: 'Photo {number} of {total} of {name}',
  rdOtherProducts: { one: 'Other item in your order ({count})', other: 'Other items in your order ({count})' },
  rdDownloadLabel: 'Download return label',
  rdShippingInfo: 'How to send your return',
  rdDropOff: 'Find a drop-off point',
  rdMoreInfo: 'More information',
  rdLinkUnavailable: '{text} (link unavailable)',
  rdCancelReturn: 'Cancel return',
  // step: drop_off_locations
  mapsUrl: 'https://www.google.com/maps/search/?api=1&query={lat},{lng}',
  dolNear: 'Showing drop-off points near {address}',
  dolSearchLabel: 'Search near another address or postcode',
  dolSearchRegion: 'Change location',
  dolSearch: 'Search',
  dolUseLocation: 'Use my location',
  dolLocating: 'Finding your location…',
  dolGeoDenied: 'We could not get your location. Search by address instead.',
  dolCount: { one: '{count} drop-off point', other: '{count} drop-off points' },
  dolNone: 'No drop-off points found near this location.',
  dolDistance: '{distance} away',
  dolOpenNow: 'Open now',
  dolClosedNow: 'Closed now',
  dolClosedToday: 'Closed today',
  dolToday: 'Today: {hours}',
  dolHoursRange: '{start}–{end}',
  dolClosed: 'Closed',
  dolAllDay: 'Open 24 hours',
  dolNoHours: 'Hours not given',
  dolShowWeek: 'Show opening hours for the week',
  dolHideWeek: 'Hide opening hours for the week',
  dolWeekCaption: 'Opening hours of {name}',
  dolTodayMarker: '(today)',
  dolOpenInMaps: 'Open in maps',
  dolOfLocation: '({name})',
  dolCopyAddress: 'Copy address',
  dolCopied: 'Copied',
  dolAddressCopied: 'Address of {name} copied',
  dolCopyFailed: 'Could not copy. Select the address to copy it.',
  // step: cancel_return
  crReasonsLegend: 'Why are you cancelling?',
  crReasonRequired: 'choose why you are cancelling',
  crReasonError: 'Choose a reason.',
  crKeepReturn: 'Keep my return',

  // <return-error-popup>
  errorPopupTitle: 'We could not start your return',
  errorPopupDismiss: 'OK',
} satisfies Record<string, StringEntry>;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : PluralEntry };

/** Every UI string key with its kind (plain or plural). */
export type ReturnkitStrings = Widen<typeof en>;

/** A partial override of {@link ReturnkitStrings}, as hosts pass it. */
export type PartialStrings = Partial<ReturnkitStrings>;

/** A key of {@link ReturnkitStrings}. */
export type StringKey = keyof ReturnkitStrings;
