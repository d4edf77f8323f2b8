import type { StringEntry } from '../strings.js';
import { returnErrorPopupEnglish } from './return-error-popup.js';
import { sharedStrings } from './shared.js';
import { trackingStrings } from './tracking.js';

/**
 * What `<returns-portal>` renders in English: the base of its localizer. The popup's strings too:
 * the portal shows the popup's generic error message. What only a lazy step view renders is not
 * here but in that view's chunk (`./portal-steps.ts`, the view's `english`), so the portal's first
 * paint does not download it (DECISIONS.md D36).
 */
export const returnsPortalEnglish = {
  ...sharedStrings,
  ...trackingStrings,
  ...returnErrorPopupEnglish,
  returnsPortalLabel: 'Return your items',
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
  // Rendered by two lazy step views (return_options, important_information), so here: a key
  // belongs to the portal's English or to one view's own (test/i18n/step-view-english.test.ts).
  returningCount: { one: 'Returning {count} item', other: 'Returning {count} items' },
} satisfies Record<string, StringEntry>;
