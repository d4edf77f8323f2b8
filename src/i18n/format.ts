import { parseProtocolDate } from '../protocol/date.js';
import type { Price } from '../protocol/index.js';

/*
 * Intl formatters are costly to build and cheap to use: one per (locale, options) for the life
 * of the page, shared by every element. Each cache is keyed by a short string made from what
 * varies (a product list formats thousands of numbers: no JSON.stringify per call).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<F>(cache: Map<string, F>, key: string, create: () => F): F {
  let format = cache.get(key);
  if (!format) {
    format = create();
    cache.set(key, format);
  }
  return format;
}

/** The plural category of `count` in `locale` (`one`, `other`, …). */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  return cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
}

/** A number in the locale's digits and separators. */
export function formatNumber(value: number, locale: string): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
}

/** A price in its currency, in the locale's format (`£12.50`, `12,50 €`). */
export function formatPrice(price: Price, locale: string): string {
  const { currencyCode: currency } = price;
  const format = cached(
    numberFormats,
    `${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
  );
  return format.format(price.amount);
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
  const inUtc = date.kind !== 'instant';
  const format = cached(dateFormats, `${locale}|${withTime ? 't' : ''}|${inUtc ? 'u' : ''}`, () => {
    const options: Intl.DateTimeFormatOptions = withTime
      ? { dateStyle: 'medium', timeStyle: 'short' }
      : { dateStyle: 'medium' };
    if (inUtc) options.timeZone = 'UTC';
    return new Intl.DateTimeFormat(locale, options);
  });
  return format.format(date.epochMs);
}

/** A distance with its unit in the locale's words (`1.2 km`, `0,8 mi`). */
export function formatDistance(value: number, unit: 'km' | 'mi', locale: string): string {
  const digits = value < 10 ? 1 : 0;
  const format = cached(numberFormats, `${locale}|${unit}|${digits}`, () => {
    const unitName = unit === 'mi' ? 'mile' : 'kilometer';
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: unitName,
      unitDisplay: 'short',
      maximumFractionDigits: digits,
    });
  });
  return format.format(value);
}
