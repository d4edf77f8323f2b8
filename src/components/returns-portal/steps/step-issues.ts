/**
 * What a step view leaves out or cannot read of a valid step, reported once as a non-fatal
 * `protocol-error` when the answer arrives (DECISIONS.md D22, D23). Kept apart from the views so
 * the flow controller can check an answer whose view is still loading (the after-submission views
 * are lazy chunks, D36): this module is in the portal's eager bundle, so keep it small.
 */
import type { DropOffLocationsStep, ProtocolIssue, ReturnDetailsStep, Step } from '../../../protocol/index.js';
import { unparsedDays } from './day-hours.js';

/** Detail button types the portal knows how to act on (`return_details`). */
export const knownButtonTypes: ReadonlySet<string> = new Set(['return_label', 'shipping_info', 'drop_off_locations']);

/**
 * Detail buttons the `return_details` view leaves out: an unknown `type` without a usable `url`
 * (a link is the only thing an unknown button can be).
 */
export function unknownDetailButtons(step: ReturnDetailsStep): ProtocolIssue[] {
  return (step.payload.returnDetailButtons ?? []).flatMap((button, index) =>
    knownButtonTypes.has(button.type) || button.url
      ? []
      : [
          {
            path: `payload.returnDetailButtons[${index}]`,
            message: `unknown button type ${JSON.stringify(button.type)} without a url: left out`,
          },
        ],
  );
}

/** Opening hours in a format the `drop_off_locations` view cannot read: shown as given (D23). */
export function dropOffLocationsIssues(step: DropOffLocationsStep): ProtocolIssue[] {
  return step.payload.dropOffLocations.flatMap((location, index) =>
    unparsedDays(location.operatingHours).map(({ day, text }) => ({
      path: `payload.dropOffLocations[${index}].operatingHours.${day}`,
      message: `opening hours ${JSON.stringify(text.slice(0, 40))} are not "HH:MM-HH:MM", "closed" or ranges joined by commas: shown as given`,
    })),
  );
}

/** The issues of any step: empty for the types whose views render everything they accept. */
export function stepIssues(step: Step): ProtocolIssue[] {
  switch (step.type) {
    case 'return_details':
      return unknownDetailButtons(step);
    case 'drop_off_locations':
      return dropOffLocationsIssues(step);
    default:
      return [];
  }
}
