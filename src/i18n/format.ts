import { parseProtocolDate } from '../protocol/date.js';
import type { Price } from '../protocol/index.js';

/*
 * Intl formatters are costly to build and cheap to use: one per (locale, options) for the life
 * of the page, shared by every element.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<F>(cache: Map<string, F>, locale: string, options: object, create: () => F): F {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = create();
    cache.set(key, format);
  }
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** The plural category of `count` in `locale` (`one`, `other`, …). */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  return cached(pluralRules, locale, {}, () => new Intl.PluralRules(locale)).select(count);
}

/** A number in the locale's digits and separators. */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale, {}).format(value);
}

/** A price in its currency, in the locale's format (`£12.50`, `12,50 €`). */
export function formatPrice(price: Price, locale: string): string {
  return numberFormat(locale, { style: 'currency', currency: price.currencyCode }).format(price.amount);
}

/** How much of a date to show: the day only, or the day and the time when it has one. */
export type DateStyle = 'date' | 'dateTime';

/**
 * A protocol date (PROTOCOL.md section 1, DECISIONS.md D23) in the locale's words. Calendar dates
 * (date-only or local midnight) show no time; calendar and wall-clock times are formatted in UTC
 * from their own fields so they never shift a day; instants show in the viewer's zone.
 * Returns the text unchanged if it is not a protocol date (validation happens at the boundary).
 */
export function formatDate(text: string, locale: string, style: DateStyle = 'date'): string {
  const date = parseProtocolDate(text);
  if (!date) return text;
  const withTime = style === 'dateTime' && date.kind !== 'calendar';
  const options: Intl.DateTimeFormatOptions = withTime
    ? { dateStyle: 'medium', timeStyle: 'short' }
    : { dateStyle: 'medium' };
  if (date.kind !== 'instant') options.timeZone = 'UTC';
  return dateFormat(locale, options).format(date.epochMs);
}

/** A distance with its unit in the locale's words (`1.2 km`, `0,8 mi`). */
export function formatDistance(value: number, unit: 'km' | 'mi', locale: string): string {
  const unitName = unit === 'mi' ? 'mile' : 'kilometer';
  return numberFormat(locale, {
    style: 'unit',
    unit: unitName,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
