import type { Step, StepType } from '../../../protocol/index.js';
import type { JourneyState } from '../journey/journey.js';
// The portal's own localizer: titles and progress are shown whatever view is loaded.
import type { PortalEagerLocalizer, PortalEagerStringKey } from './step-view.js';

const titleKeys: Record<StepType, PortalEagerStringKey> = {
  product_selection: 'stepTitleProductSelection',
  return_options: 'stepTitleReturnOptions',
  important_information: 'stepTitleImportantInformation',
  shipping_information: 'stepTitleShippingInformation',
  return_details: 'stepTitleReturnDetails',
  drop_off_locations: 'stepTitleDropOffLocations',
  cancel_return: 'stepTitleCancelReturn',
};

/** The heading of a step: the flow's own title where it has one, else the built-in one. */
export function stepTitle(step: Step, l: PortalEagerLocalizer): string {
  if (step.type === 'cancel_return' && step.payload.title) return step.payload.title;
  return l.t(titleKeys[step.type]);
}

/** The usual journey before submission (PROTOCOL.md 4.2). */
const usualJourney: readonly StepType[] = [
  'product_selection',
  'return_options',
  'important_information',
  'shipping_information',
];

/** How many steps at least remain after a step whose confirm asks for `nextType`. */
function remainingAfter(nextType: StepType | null): number | undefined {
  if (nextType === null) return 0;
  if (nextType === 'shipping_information') return 1;
  if (nextType === 'important_information') return 2;
  return undefined; // return_options may or may not be followed by important_information
}

/**
 * "Step 2 of 4" on the usual journey where the total can be known (the step's `nextType` tells how
 * many remain), "Step 2" where it cannot, nothing off the usual journey.
 */
export function stepProgress(state: JourneyState, l: PortalEagerLocalizer): string | undefined {
  const step = state.current;
  // After submission the history is gone (D5) and the count would restart: show none.
  if (!step || state.submitted || !usualJourney.includes(step.type)) return undefined;
  const current = state.history.filter((s) => usualJourney.includes(s.type)).length + 1;
  const remaining = remainingAfter(step.nextType ?? null);
  return remaining === undefined
    ? l.t('stepNumber', { current })
    : l.t('stepProgress', { current, total: current + remaining });
}
