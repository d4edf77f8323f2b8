/**
 * Pure geography helpers of the `drop_off_locations` step (PROTOCOL.md 4.8, DECISIONS.md D34):
 * great-circle distance, sorting by distance and the map link. No DOM, no Lit.
 */
import { checkUrl, type Coordinates, type DistanceUnit } from '../../../protocol/index.js';

/** The mean Earth radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Kilometres in one international mile. */
export const KM_PER_MILE = 1.609344;

/** The map link used when the host does not override `strings.mapsUrl` (D34: no API key). */
export const DEFAULT_MAPS_URL = 'https://www.google.com/maps/search/?api=1&query={lat},{lng}';

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance between two points in kilometres (haversine formula). */
export function distanceKm(from: Coordinates, to: Coordinates): number {
  const dLat = radians(to.lat - from.lat);
  const dLng = radians(to.lng - from.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLng / 2) ** 2;
  // min() guards against rounding pushing h a hair above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The great-circle distance between two points in `unit`. */
export function distanceIn(from: Coordinates, to: Coordinates, unit: DistanceUnit): number {
  const km = distanceKm(from, to);
  return unit === 'mi' ? km / KM_PER_MILE : km;
}

/** An item with its distance from the reference point, in the unit asked for. */
export interface WithDistance<T> {
  readonly item: T;
  readonly distance: number;
}

/**
 * `items` nearest first, each with its distance from `from` in `unit`. Items at the same distance
 * keep the order they were sent in.
 */
export function sortByDistance<T extends { readonly coordinates: Coordinates }>(
  items: readonly T[],
  from: Coordinates,
  unit: DistanceUnit,
): WithDistance<T>[] {
  return items
    .map((item, index) => ({ item, index, distance: distanceIn(from, item.coordinates, unit) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map(({ item, distance }) => ({ item, distance }));
}

/**
 * The map link of a point: `template` with `{lat}` and `{lng}` filled in (D34). A template that
 * does not give an `http:`/`https:` URL falls back to the built-in one, so a bad override never
 * becomes a `javascript:` link.
 */
export function mapsUrl(coordinates: Coordinates, template: string = DEFAULT_MAPS_URL): string {
  const fill = (t: string) =>
    t.replaceAll('{lat}', String(coordinates.lat)).replaceAll('{lng}', String(coordinates.lng));
  const checked = checkUrl(fill(template), 'link');
  return checked.ok ? checked.url : fill(DEFAULT_MAPS_URL);
}
