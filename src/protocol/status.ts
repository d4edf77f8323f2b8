/**
 * The status vocabulary (PROTOCOL.md section 6, DECISIONS.md D24). Two revisions of the
 * platform's documentation spell statuses differently (`in_transit`, `In Transit`); both map to
 * one canonical value, while `key` keeps the spelling's own wording (`lost` is not `damaged`).
 */

/** The canonical statuses, in journey order. */
export const statusCanonicals = [
  'processing',
  'in_transit',
  'ready_for_pickup',
  'delivered',
  'problem',
  'returning_to_sender',
  'return_submitted',
  'return_processing',
  'return_received',
] as const;

/** One canonical status. */
export type StatusCanonical = (typeof statusCanonicals)[number];

/** The stages a status timeline can highlight. */
export const statusStages = [
  'ordered',
  'on_its_way',
  'ready_for_pickup',
  'delivered',
  'problem',
  'returning_to_sender',
  'return_submitted',
  'return_processing',
  'return_received',
] as const;

/** One stage of the timeline. */
export type StatusStage = (typeof statusStages)[number];

/**
 * English labels of the known spellings, keyed by the built-in UI string names (the i18n layer
 * reuses this map as its English strings).
 */
export const statusLabels = {
  statusProcessing: 'Processing',
  statusReadyForShipment: 'Ready for shipment',
  statusInTransit: 'In transit',
  statusOutForDelivery: 'Out for delivery',
  statusReadyForPickup: 'Ready for pickup',
  statusDelivered: 'Delivered',
  statusDamaged: 'Damaged',
  statusLost: 'Lost',
  statusProblemWithDelivery: 'Problem with delivery',
  statusReturningToSender: 'Returning to sender',
  statusReturnSubmitted: 'Return submitted',
  statusLabelCreated: 'Label created',
  statusReturnProcessing: 'Return processing',
  statusReturnReceived: 'Return received',
} as const satisfies Record<string, string>;

/** The name of a built-in UI string for one status spelling. */
export type StatusKey = keyof typeof statusLabels;

/** A status as the UI needs it. */
export type NormalisedStatus = {
  /** The canonical status, or `null` when the text is not a known spelling. */
  canonical: StatusCanonical | null;
  /** The UI string to show, or `null` when unknown. */
  key: StatusKey | null;
  /** English text for a known key, else the given text trimmed (shown as given). */
  label: string;
};

/** Known spellings after {@link matchText}, each with its canonical value and UI string. */
const spellings = new Map<string, [StatusCanonical, StatusKey]>([
  ['processing', ['processing', 'statusProcessing']],
  ['ready for shipment', ['processing', 'statusReadyForShipment']],
  ['in transit', ['in_transit', 'statusInTransit']],
  ['out for delivery', ['in_transit', 'statusOutForDelivery']],
  ['ready for pickup', ['ready_for_pickup', 'statusReadyForPickup']],
  ['delivered', ['delivered', 'statusDelivered']],
  ['damaged', ['problem', 'statusDamaged']],
  ['lost', ['problem', 'statusLost']],
  ['problem with delivery', ['problem', 'statusProblemWithDelivery']],
  // The canonical value itself is a fair spelling too; every other canonical already is one.
  ['problem', ['problem', 'statusProblemWithDelivery']],
  ['returning to sender', ['returning_to_sender', 'statusReturningToSender']],
  ['return submitted', ['return_submitted', 'statusReturnSubmitted']],
  ['label created', ['return_submitted', 'statusLabelCreated']],
  ['return processing', ['return_processing', 'statusReturnProcessing']],
  ['return received', ['return_received', 'statusReturnReceived']],
]);

/** Case-insensitive, `_` and `-` as spaces, white space collapsed and trimmed. */
function matchText(text: string): string {
  return text.toLowerCase().replace(/[_-]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Reads a status string from either vocabulary. Unknown text is kept (trimmed) as its label. */
export function normaliseStatus(text: string): NormalisedStatus {
  const given = typeof text === 'string' ? text : '';
  const known = spellings.get(matchText(given));
  if (!known) return { canonical: null, key: null, label: given.trim() };
  const [canonical, key] = known;
  return { canonical, key, label: statusLabels[key] };
}

const stageOf: Record<StatusCanonical, StatusStage> = {
  processing: 'ordered',
  in_transit: 'on_its_way',
  ready_for_pickup: 'ready_for_pickup',
  delivered: 'delivered',
  problem: 'problem',
  returning_to_sender: 'returning_to_sender',
  return_submitted: 'return_submitted',
  return_processing: 'return_processing',
  return_received: 'return_received',
};

/** The timeline stage of a canonical status; `null` (an unknown status) highlights none. */
export function statusStage(canonical: StatusCanonical): StatusStage;
export function statusStage(canonical: StatusCanonical | null): StatusStage | null;
export function statusStage(canonical: StatusCanonical | null): StatusStage | null {
  return canonical === null ? null : stageOf[canonical];
}
