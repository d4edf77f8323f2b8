/**
 * Pure helpers of `<delivery-status-card>`: the tone of a status and the order of the tracking
 * history (the stage indicator is in internal/stages.ts, shared with the portal). No DOM, no Lit:
 * each is a function of the validated payload.
 */
import { parseProtocolDate } from '../../protocol/date.js';
import { statusStage } from '../../protocol/status.js';
import type { TrackingHistoryItem } from '../../protocol/index.js';
import type { NormalisedStatus } from '../../protocol/index.js';

/** How a status reads at a glance; drives colour and icon (never colour alone). */
export type StatusTone = 'neutral' | 'progress' | 'success' | 'warning' | 'danger';

/** The tone of a status: problems are danger, a parcel going back is a warning. */
export function statusTone(status: NormalisedStatus): StatusTone {
  switch (statusStage(status.canonical)) {
    case null:
      return 'neutral';
    case 'problem':
      return 'danger';
    case 'returning_to_sender':
      return 'warning';
    case 'delivered':
    case 'return_received':
      return 'success';
    default:
      return 'progress';
  }
}

/** The time value a date sorts by (dates were validated at the boundary). */
function sortValue(text: string): number {
  return parseProtocolDate(text)?.epochMs ?? Number.NEGATIVE_INFINITY;
}

/** Tracking events newest first; events at the same time keep the order they were sent in. */
export function newestFirst(items: readonly TrackingHistoryItem[]): TrackingHistoryItem[] {
  return items
    .map((item, index) => ({ item, index, at: sortValue(item.date) }))
    .sort((a, b) => b.at - a.at || a.index - b.index)
    .map(({ item }) => item);
}
