import type { StringEntry } from '../strings.js';
import { statusLabels } from '../../protocol/status.js';

/**
 * English strings of an order's journey, shown by `<delivery-status-card>` and the portal's
 * steps: the status labels (the protocol layer's English), the stage indicator (PROTOCOL.md
 * section 6) and the close button of their dialogs.
 */
export const trackingStrings = {
  ...statusLabels,
  stageOrdered: 'Ordered',
  stageOnItsWay: 'On its way',
  stageReadyForPickup: 'Ready for pickup',
  stageDelivered: 'Delivered',
  stageProblem: 'Problem',
  stageReturningToSender: 'Returning to sender',
  stageReturnSubmitted: 'Return submitted',
  stageReturnProcessing: 'Return processing',
  stageReturnReceived: 'Return received',
  stageProgressLabel: 'Progress',
  stageCompleted: '(completed)',
  close: 'Close',
} satisfies Record<string, StringEntry>;
