/**
 * The demo data set (`orders.json`): its types, a loader, and the helpers both reference flows use
 * to read it (relative dates, order look-up by what a shopper types).
 */

/** `{ lat, lng }`. */
export interface LatLng {
  lat: number;
  lng: number;
}

export interface DemoReason {
  id: string;
  text: string;
  options?: {
    id: string;
    text: string;
    requestImage?: boolean;
    requestComments?: boolean;
    commentsLabel?: string;
    customFields?: { name: string; label: string; required?: boolean; placeholder?: string }[];
  }[];
}

export interface DemoProduct {
  id: string;
  name: string;
  /** Image key (images.ts). */
  image: string;
  /** Unit price in the data set's currency (GBP). */
  price: number;
  quantity: number;
  colour?: string;
  productType?: string;
  size?: string | { displayName?: string; value?: string; sizeSystem?: string; band?: string; cup?: string };
  /** Key of `reasons` in the data set; absent for items that cannot be returned. */
  reasons?: string;
  nonReturnableReason?: string;
  /** Business rule: at most this many units may be returned online. */
  maxReturnQuantity?: number;
  maxReturnMessage?: string;
  storeCreditUnavailable?: string;
  replacement?: { colours: { name: string; image?: string; sizes: { value: string; disabled?: boolean }[] }[] };
}

export interface DemoShipment {
  status: string;
  carrier: string;
  shippingMethod: string;
  shippingMethodDaysRange?: string;
  lastUpdatedDate: string;
  expectedDeliveryDate?: string;
  trackingNumber?: string;
  trackingLink?: string;
  /** Image key of the proof-of-delivery photo. */
  proofOfDelivery?: string;
  returnDeadlineDate?: string;
  returnButtonText?: string;
  /** Ids of the products in this shipment. */
  products: string[];
  trackingHistoryItems?: { date: string; status: string; description: string }[];
}

export interface DemoSubmittedReturn {
  submittedDate: string;
  deadlineDate?: string;
  label: string;
  items: {
    id: string;
    returnQuantity: number;
    reason: { id: string; text: string };
    option: { id: string; text: string };
    attachments?: string[];
    replacement?: { size?: string; colour?: string; image?: string };
  }[];
}

/** What the chat flow does when the shopper asks to return the order. */
export type ReturnsMode = 'none' | 'open' | 'overdue' | 'init_error' | 'submitted';

export interface DemoOrder {
  orderNumber: string;
  /** Short name in the playground's order picker. */
  title: string;
  /** What this order exercises (shown in the picker). */
  exercises: string;
  orderDate: string;
  returns: ReturnsMode;
  initErrorMessage?: string;
  importantInformation?: {
    acknowledgementText: string;
    /** Product types that get the "how many are unopened?" selector. */
    unopenedTypes: string[];
    quantityNote?: string;
  };
  shipments: DemoShipment[];
  products: DemoProduct[];
  submittedReturn?: DemoSubmittedReturn;
}

export interface DropOffLocation {
  id: string;
  name: string;
  image?: string;
  coordinates: LatLng;
  addressString: string;
  operatingHours?: Record<string, string>;
}

export interface DemoData {
  returnFlowId: string;
  externalAccountKey: string;
  returnWindowDays: number;
  customer: {
    fullName: string;
    mobileNumber: string;
    countryCode: string;
    address: Record<string, string>;
  };
  userLocation: { coordinates: LatLng; addressString: string };
  places: { name: string; match: string[]; coordinates: LatLng }[];
  dropOffRadiusKm: number;
  dropOffLocations: DropOffLocation[];
  orders: DemoOrder[];
  reasons: Record<string, DemoReason[]>;
}

/** The currency of every price in the data set. */
export const CURRENCY = 'GBP';

let loading: Promise<DemoData> | undefined;

/** Loads `orders.json` (once; it sits beside this module). */
export function loadDemoData(): Promise<DemoData> {
  loading ??= fetch(new URL('./orders.json', import.meta.url)).then((response) => {
    if (!response.ok) throw new Error(`orders.json: HTTP ${response.status}`);
    return response.json() as Promise<DemoData>;
  });
  return loading;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A protocol date from the data set's relative form: `"today-12 10:15"` → a local wall-clock
 * time 12 days ago (`2025-03-10T10:15:00`), `"today+3"` → a calendar date (`2025-03-25`).
 * Anything else is returned as given. `now` is a seam for tests.
 */
export function resolveDate(value: string, now: Date = new Date()): string {
  const match = /^today([+-]\d+)?(?: (\d{2}):(\d{2}))?$/.exec(value);
  if (!match) return value;
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + Number(match[1] ?? 0));
  const date = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  return match[2] ? `${date}T${match[2]}:${match[3]}:00` : date;
}

/** How an order number typed by a shopper is compared: letters and digits only, upper-cased. */
export function normaliseOrderNumber(typed: string): string {
  return typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The order a shopper means by `typed` (`"nw-1002"`, `" NW 1002 "` and `"1002"` all find NW-1002). */
export function findOrder(data: DemoData, typed: string): DemoOrder | undefined {
  const wanted = normaliseOrderNumber(typed);
  if (!wanted) return undefined;
  return data.orders.find((order) => {
    const number = normaliseOrderNumber(order.orderNumber);
    return number === wanted || number.replace(/^[A-Z]+/, '') === wanted;
  });
}

/** Great-circle distance in km. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
