import { deliveryStatusCardEnglish } from './en/delivery-status-card.js';
import { returnErrorPopupEnglish } from './en/return-error-popup.js';
import { returnOverdueEnglish } from './en/return-overdue.js';
import { returnsPortalEnglish } from './en/returns-portal.js';
import { portalStepsEnglish } from './en/portal-steps.js';

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
 * The built-in English UI strings, all of them. Values use `{name}` placeholders (DECISIONS.md
 * D27). Hosts override any subset through the `strings` property or the config context.
 *
 * Each element hands its localizer only the English it renders (`src/i18n/en/`), so a page that
 * loads one card does not download the portal's strings, and the portal's lazy step views carry
 * their own (D36): import this object only where every string is wanted (the package index, tests).
 */
export const en = {
  ...deliveryStatusCardEnglish,
  ...returnOverdueEnglish,
  ...returnsPortalEnglish,
  // The portal's lazy step views carry these in their chunk.
  ...portalStepsEnglish,
  ...returnErrorPopupEnglish,
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : PluralEntry };

/** Every UI string key with its kind (plain or plural). */
export type ReturnkitStrings = Widen<typeof en>;

/** A partial override of {@link ReturnkitStrings}, as hosts pass it. */
export type PartialStrings = Partial<ReturnkitStrings>;

/** A key of {@link ReturnkitStrings}. */
export type StringKey = keyof ReturnkitStrings;

/**
 * English strings for the keys `K`, complete: what an element hands its localizer as the base
 * under the built-in locale and the overrides.
 */
export type EnglishStrings<K extends StringKey> = Pick<ReturnkitStrings, K>;
