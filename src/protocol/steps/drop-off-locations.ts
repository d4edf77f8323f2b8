/**
 * `drop_off_locations` (PROTOCOL.md 4.8, DECISIONS.md D23, D34): where to drop the parcel.
 */
import * as z from 'zod/mini';
import { fallback } from '../fallback.js';
import { quote } from '../issues.js';
import { coordinatesSchema, idList, idSchema, imageUrlSchema } from '../primitives.js';
import { nextTypeOptional } from './envelope.js';

/**
 * Opening hours per weekday, kept as strings (`"09:00-17:30"`, `"closed"`, comma-separated
 * ranges): the element interprets them and shows anything else as given (D23).
 */
export const operatingHoursSchema = z.object({
  mon: z.optional(z.string()),
  tue: z.optional(z.string()),
  wed: z.optional(z.string()),
  thu: z.optional(z.string()),
  fri: z.optional(z.string()),
  sat: z.optional(z.string()),
  sun: z.optional(z.string()),
});

/** A drop-off location. */
export const dropOffLocationSchema = z.object({
  id: idSchema,
  name: z.string(),
  image: z.optional(imageUrlSchema),
  coordinates: coordinatesSchema,
  addressString: z.string(),
  operatingHours: z.optional(operatingHoursSchema),
});

/** Where the shopper is. */
export const userLocationSchema = z.object({
  coordinates: coordinatesSchema,
  addressString: z.optional(z.string()),
});

/** The units a distance can be shown in. */
export type DistanceUnit = 'mi' | 'km';

/** D34: `mi` or `km` (any case); anything else falls back to `km` with a warning. */
export const distanceUnitSchema = z.pipe(
  z.string(),
  z.transform((unit: string): DistanceUnit => {
    const lower = unit.trim().toLowerCase();
    if (lower === 'mi' || lower === 'km') return lower;
    return fallback<DistanceUnit>('km', `unknown distance unit ${quote(unit)}: using "km"`);
  }),
);

const timeZoneValidity = new Map<string, boolean>();

/** Whether `Intl` knows the IANA zone (cached: building a formatter is not free). */
function isTimeZone(zone: string): boolean {
  let valid = timeZoneValidity.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = zone !== '';
    } catch {
      valid = false;
    }
    timeZoneValidity.set(zone, valid);
  }
  return valid;
}

/**
 * D23 [extension]: the IANA zone the opening hours are written in. An unknown zone is dropped
 * with a warning (hours are then read in the shopper's zone).
 */
export const timeZoneSchema = z.pipe(
  z.string(),
  z.transform((zone: string): string | undefined =>
    isTimeZone(zone)
      ? zone
      : fallback<string | undefined>(undefined, `unknown time zone ${quote(zone)}: using the shopper's time zone`),
  ),
);

/** The `drop_off_locations` payload; `distanceUnit` defaults to `km`. */
export const dropOffLocationsPayloadSchema = z.object({
  userLocation: userLocationSchema,
  dropOffLocations: idList(dropOffLocationSchema),
  distanceUnit: z._default(distanceUnitSchema, 'km'),
  /** Accepted, not used (D34). */
  countryCode: z.optional(z.string()),
  /** Accepted, not used (D34). */
  locationsMode: z.optional(z.string()),
  timeZone: z.optional(timeZoneSchema),
});

/** The `drop_off_locations` step; `nextType` may be absent (D9). */
export const dropOffLocationsStepSchema = z.object({
  type: z.literal('drop_off_locations'),
  nextType: nextTypeOptional,
  payload: dropOffLocationsPayloadSchema,
});

/** Opening hours as read. */
export type OperatingHours = z.output<typeof operatingHoursSchema>;
/** A drop-off location as read. */
export type DropOffLocation = z.output<typeof dropOffLocationSchema>;
/** The user location as read. */
export type UserLocation = z.output<typeof userLocationSchema>;
/** The `drop_off_locations` payload as read. */
export type DropOffLocationsPayload = z.output<typeof dropOffLocationsPayloadSchema>;
/** The `drop_off_locations` step as read. */
export type DropOffLocationsStep = z.output<typeof dropOffLocationsStepSchema>;
