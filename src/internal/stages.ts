/**
 * The stage indicator of a status (PROTOCOL.md section 6), shared by the delivery status card and
 * the portal's return details: which stages to show, which is current, and their names.
 */
import { statusStage, type StatusStage } from '../protocol/status.js';
import type { NormalisedStatus } from '../protocol/index.js';
import type { StringKey } from '../i18n/strings.js';

/** The stage indicator for one status: the stages in order and the index of the current one. */
export type StageTrack = { stages: readonly StatusStage[]; current: number };

const deliveryTrack = ['ordered', 'on_its_way', 'delivered'] as const;
const pickupTrack = ['ordered', 'on_its_way', 'ready_for_pickup', 'delivered'] as const;
const problemTrack = ['ordered', 'on_its_way', 'problem'] as const;
const returningTrack = ['ordered', 'on_its_way', 'returning_to_sender'] as const;
const returnTrack = ['return_submitted', 'return_processing', 'return_received'] as const;

/** The track each stage is shown on (a stage appears in its own track). */
const trackOf: Record<StatusStage, readonly StatusStage[]> = {
  ordered: deliveryTrack,
  on_its_way: deliveryTrack,
  delivered: deliveryTrack,
  ready_for_pickup: pickupTrack,
  problem: problemTrack,
  returning_to_sender: returningTrack,
  return_submitted: returnTrack,
  return_processing: returnTrack,
  return_received: returnTrack,
};

/**
 * The stages to show for a status: ordered → on its way → delivered for a delivery (with
 * "ready for pickup" before delivered for a pickup; the problem or returning-to-sender stage in
 * place of delivered), the three return stages for return statuses, and `null` for an unknown
 * status, which highlights no stage (PROTOCOL.md section 6).
 */
export function stageTrack(status: NormalisedStatus): StageTrack | null {
  const stage = statusStage(status.canonical);
  if (stage === null) return null;
  const stages = trackOf[stage];
  return { stages, current: stages.indexOf(stage) };
}

/** The built-in string naming each stage (its own key type: render functions narrow theirs). */
export const stageLabelKey = {
  ordered: 'stageOrdered',
  on_its_way: 'stageOnItsWay',
  ready_for_pickup: 'stageReadyForPickup',
  delivered: 'stageDelivered',
  problem: 'stageProblem',
  returning_to_sender: 'stageReturningToSender',
  return_submitted: 'stageReturnSubmitted',
  return_processing: 'stageReturnProcessing',
  return_received: 'stageReturnReceived',
} as const satisfies Record<StatusStage, StringKey>;
