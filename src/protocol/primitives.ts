/**
 * Building blocks shared by every message schema (PROTOCOL.md section 1). Each is built once, at
 * module load: schemas are immutable and reused by every parse.
 */
import * as z from 'zod/mini';
import { readProtocolDate } from './date.js';
import { fallback } from './fallback.js';
import { describeValue, quote, type CustomIssueParams } from './issues.js';
import { checkUrl, type UrlKind } from './url.js';

/**
 * A check with our own message, built from the offending value (zod/mini's default message is
 * "Invalid input", which helps nobody).
 */
export function rule<T>(test: (value: T) => boolean, message: (value: T) => string) {
  // `z.check` hands over the parse payload directly: no per-call closure as with superRefine.
  return z.check<T>((payload) => {
    const { value } = payload;
    if (!test(value)) payload.issues.push({ code: 'custom', input: value, message: message(value) });
  });
}

/** A string with at least one non-space character (kept as given). */
export const nonEmptyString = z.string().check(
  rule<string>(
    (s) => /\S/.test(s),
    () => 'must not be empty',
  ),
);

/** An `id` inside a message: a non-empty string. */
export const idSchema = nonEmptyString;

/** A status string (PROTOCOL.md section 6): any non-empty text; unknown ones are shown as given. */
export const statusSchema = nonEmptyString;

/** A whole number ≥ `min`, with one message for fractions and small values alike. */
export function wholeNumber(min: number) {
  return z.number().check(
    rule<number>(
      (n) => Number.isInteger(n) && n >= min,
      (n) => `expected a whole number ≥ ${min}, got ${describeValue(n)}`,
    ),
  );
}

/** An integer ≥ 1 (quantities, shipment numbers). */
export const positiveInt = wholeNumber(1);

/** An integer ≥ 0 (quantities the user may set to nothing). */
export const nonNegativeInt = wholeNumber(0);

/**
 * A price: `amount` in major units, finite, possibly negative (D21); `currencyCode` any three
 * letters (ISO 4217), upper-cased on read.
 */
export const priceSchema = z.object({
  amount: z.number(),
  currencyCode: z.string().check(
    z.trim(),
    rule<string>(
      (s) => /^[A-Za-z]{3}$/.test(s),
      (s) => `expected a three-letter currency code like "GBP", got ${quote(s)}`,
    ),
    z.toUpperCase(),
  ),
});

/** A price as read (currency upper-cased). */
export type Price = z.output<typeof priceSchema>;

/**
 * A protocol date (PROTOCOL.md section 1, D23). The output is the original string, so a parsed
 * message still round-trips as JSON; formatters read it with `parseProtocolDate`.
 */
export const dateSchema = z.string().check(
  z.check<string>((ctx) => {
    const text = ctx.value;
    const result = readProtocolDate(text);
    if (typeof result !== 'string') return;
    const message =
      result === 'calendar'
        ? `not a real calendar date: ${quote(text)}`
        : result === 'time'
          ? `not a real time: ${quote(text)}`
          : `expected a date like 2025-03-10 or 2025-03-10T14:30:00, got ${quote(text)}`;
    ctx.issues.push({ code: 'custom', input: text, message });
  }),
);

const sizeText = z.union([z.string(), z.number()]);

/** A size as an object; every field optional (PROTOCOL.md 4.3). */
export const sizeObjectSchema = z.object({
  displayName: z.optional(z.string()),
  value: z.optional(sizeText),
  width: z.optional(sizeText),
  sizeSystem: z.optional(z.string()),
  band: z.optional(sizeText),
  cup: z.optional(z.string()),
});

/** A size: a string (`"UK 9"`) or an object (`{ displayName, value, band, cup, … }`). */
export const sizeSchema = z.union([z.string(), sizeObjectSchema]);

/** A size as read. */
export type Size = z.output<typeof sizeSchema>;

/**
 * The text to show for a size: `displayName`, else the string itself, else band and cup
 * (`34B`), else `value` (our fallback, so an object with only a value still shows something),
 * else `''`.
 */
export function sizeLabel(size: Size | null | undefined): string {
  if (size === null || size === undefined) return '';
  if (typeof size === 'string') return size;
  if (size.displayName) return size.displayName;
  if (size.band !== undefined || size.cup !== undefined) return `${size.band ?? ''}${size.cup ?? ''}`;
  return size.value === undefined ? '' : String(size.value);
}

/**
 * A URL field: the cleaned absolute URL, or `null` (plus a warning) for a refused one (D21). The
 * `null` is put in place by `resolveFallbacks` after the parse.
 */
function urlSchema(kind: UrlKind) {
  return z.pipe(
    z.string(),
    z.transform((raw: string): string | null => {
      const result = checkUrl(raw, kind);
      return result.ok ? result.url : fallback(null, `refused URL ${quote(raw)}: ${result.reason}`);
    }),
  );
}

/** An image source (http, https, `blob:`, raster `data:image`). */
export const imageUrlSchema = urlSchema('image');

/** A link or download (http, https). */
export const linkUrlSchema = urlSchema('link');

/**
 * D11: no two elements of one array share an `id`. The issue sits on the second occurrence's
 * `id`; its message names the first (see `convertIssues`).
 */
export const uniqueIds = z.check<ReadonlyArray<{ id: string }>>((ctx) => {
  const items = ctx.value;
  // Most lists are short (a product's reasons, a reason's options): comparing pairs there costs
  // less than a Map per list, and a step has hundreds of such lists.
  const firstIndex = items.length > 8 ? new Map<string, number>() : undefined;
  items.forEach(({ id }, i) => {
    let seen = i;
    if (firstIndex) {
      seen = firstIndex.get(id) ?? i;
      if (seen === i) firstIndex.set(id, i);
    } else {
      for (let j = 0; j < i; j++) {
        if (items[j]?.id === id) {
          seen = j;
          break;
        }
      }
    }
    if (seen !== i) {
      const params: CustomIssueParams = { duplicateOf: seen };
      ctx.issues.push({ code: 'custom', path: [i, 'id'], input: id, message: 'duplicate id', params });
    }
  });
});

/** An array of objects with unique `id`s (D11). */
export function idList<T extends z.core.SomeType & { _zod: { output: { id: string } } }>(item: T) {
  return z.array(item).check(uniqueIds);
}

/** A latitude/longitude pair in degrees. */
export const coordinatesSchema = z.object({
  lat: z.number().check(
    rule<number>(
      (n) => n >= -90 && n <= 90,
      (n) => `expected a latitude between -90 and 90, got ${n}`,
    ),
  ),
  lng: z.number().check(
    rule<number>(
      (n) => n >= -180 && n <= 180,
      (n) => `expected a longitude between -180 and 180, got ${n}`,
    ),
  ),
});

/** Coordinates as read. */
export type Coordinates = z.output<typeof coordinatesSchema>;

/** The seven step types (PROTOCOL.md 4.2). */
export const stepTypes = [
  'product_selection',
  'return_options',
  'important_information',
  'shipping_information',
  'return_details',
  'drop_off_locations',
  'cancel_return',
] as const;

/** One step type. */
export type StepType = (typeof stepTypes)[number];

/** A step type field. */
export const stepTypeSchema = z.enum(stepTypes);

/** `{ id, text }` pairs: reasons, return options chosen, cancellation reasons. */
export const idTextSchema = z.object({ id: idSchema, text: z.string() });
