import type { StringEntry } from '../strings.js';

/*
 * The English that only the portal's lazy step views render, one object per view: in their chunk
 * rather than in the portal's eager English (DECISIONS.md D36).
 */

/**
 * What only the `return_options` step view renders in English (`returningCount`, which
 * `important_information` renders too, stays in the portal's English).
 */
export const returnOptionsEnglish = {
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
} satisfies Record<string, StringEntry>;

/** What only the `important_information` step view renders in English. */
export const importantInformationEnglish = {
  iiCategoryUnopened: 'Unopened items',
  iiCategoryPack: 'Pack these items',
  iiCategoryKeep: 'Keep these items',
  iiQuantityLabel: 'Unopened',
  iiQuantityRange: { one: 'From 0 to {count}', other: 'From 0 to {count}' },
  iiErrorAcknowledge: 'Tick this box to continue.',
  iiProblemAcknowledge: 'tick the confirmation box',
  iiProblemQuantity: 'change the unopened quantity of {name}',
} satisfies Record<string, StringEntry>;

/** What only the `shipping_information` step view renders in English. */
export const shippingInformationEnglish = {
  siStatus: 'Status',
  siInstructionsTitle: 'What to do next',
  siDownload: 'Download',
} satisfies Record<string, StringEntry>;

/** What only the `return_details` step view renders in English. */
export const returnDetailsEnglish = {
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
} satisfies Record<string, StringEntry>;

/** What only the `drop_off_locations` step view renders in English. */
export const dropOffLocationsEnglish = {
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
} satisfies Record<string, StringEntry>;

/** What only the `cancel_return` step view renders in English. */
export const cancelReturnEnglish = {
  crReasonsLegend: 'Why are you cancelling?',
  crReasonRequired: 'choose why you are cancelling',
  crReasonError: 'Choose a reason.',
  crKeepReturn: 'Keep my return',
} satisfies Record<string, StringEntry>;

/** The English of all six lazy views: what they add to the portal's, in one object. */
export const portalStepsEnglish = {
  ...returnOptionsEnglish,
  ...importantInformationEnglish,
  ...shippingInformationEnglish,
  ...returnDetailsEnglish,
  ...dropOffLocationsEnglish,
  ...cancelReturnEnglish,
};
