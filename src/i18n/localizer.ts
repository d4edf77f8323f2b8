import { en, type PartialStrings, type PluralEntry, type ReturnkitStrings, type StringKey } from './strings.js';
import { formatDate, formatDistance, formatNumber, formatPrice, pluralCategory, type DateStyle } from './format.js';
import { localeDirection } from './locale.js';
import type { Price } from '../protocol/index.js';

/** Values for a string's `{name}` placeholders; `count` also picks a plural form. */
export type StringParams = Record<string, string | number>;

/**
 * Everything a render function needs to speak the shopper's language: one locale, its direction,
 * the merged strings and the formatters. Immutable: elements make a new one when an input changes.
 */
export class Localizer {
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  readonly strings: ReturnkitStrings;

  /**
   * @param locale a canonical BCP 47 tag
   * @param overrides partial string overrides, lowest precedence first
   */
  constructor(locale: string, ...overrides: (PartialStrings | undefined)[]) {
    this.locale = locale;
    this.dir = localeDirection(locale);
    this.strings = Object.assign({}, en, ...overrides.filter(Boolean)) as ReturnkitStrings;
  }

  /** The string `key` with its placeholders filled; plural entries choose a form by `params.count`. */
  t(key: StringKey, params: StringParams = {}): string {
    const entry: string | PluralEntry | undefined = this.strings[key];
    const template = typeof entry === 'object' && entry !== null ? this.#pluralForm(entry, params.count) : entry;
    return fill(String(template ?? key), params, this.locale);
  }

  price(price: Price): string {
    return formatPrice(price, this.locale);
  }

  date(text: string, style?: DateStyle): string {
    return formatDate(text, this.locale, style);
  }

  number(value: number): string {
    return formatNumber(value, this.locale);
  }

  distance(value: number, unit: 'km' | 'mi'): string {
    return formatDistance(value, unit, this.locale);
  }

  #pluralForm(entry: PluralEntry, count: string | number | undefined): string {
    const n = Number(count ?? 0);
    if (n === 0 && entry.zero !== undefined) return entry.zero;
    return entry[pluralCategory(this.locale, n)] ?? entry.other;
  }
}

/** Replaces `{name}` with `params.name`; numbers are formatted in the locale; unknown names stay. */
function fill(template: string, params: StringParams, locale: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}
