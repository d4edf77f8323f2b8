export {
  en,
  type ReturnkitStrings,
  type PartialStrings,
  type StringKey,
  type EnglishStrings,
  type StringEntry,
  type PluralEntry,
} from './strings.js';
export { Localizer, type StringParams } from './localizer.js';
export { formatDate, formatDistance, formatNumber, formatPrice, pluralCategory, type DateStyle } from './format.js';
export { canonicalLocale, closestLang, localeDirection, resolveLocale } from './locale.js';
