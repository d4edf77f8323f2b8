import type { StringEntry } from '../strings.js';

/** Everything `<return-error-popup>` renders in English: the base of its localizer. */
export const returnErrorPopupEnglish = {
  errorPopupTitle: 'We could not start your return',
  errorPopupDismiss: 'OK',
  returnsGenericError: 'Something went wrong. Please try again.',
} satisfies Record<string, StringEntry>;
