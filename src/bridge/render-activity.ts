import type { FlowClient } from '../context.js';
import type { PartialStrings } from '../i18n/strings.js';
import { DeliveryStatusCard } from '../components/delivery-status-card/delivery-status-card.js';
import { ReturnOverdue } from '../components/return-overdue/return-overdue.js';
import { ReturnsPortal } from '../components/returns-portal/returns-portal.js';
import { ReturnErrorPopup } from '../components/return-error-popup/return-error-popup.js';
import { activityTypes, parseActivity } from '../protocol/index.js';

/** Options of {@link renderActivity}. */
export interface RenderActivityOptions {
  /** The returns-flow client given to a portal. */
  flowClient?: FlowClient;
  /** Locale of the element (else it follows `lang`). */
  locale?: string;
  /** UI string overrides. */
  strings?: PartialStrings;
  /**
   * Re-drawing an old transcript: the portal and the error popup belong to the moment they were
   * sent, so `initialise_return` and `initialise_return_error` give `null`.
   */
  replay?: boolean;
}

/** Every element `renderActivity` can return. */
export type ActivityElement = DeliveryStatusCard | ReturnOverdue | ReturnsPortal | ReturnErrorPopup;

const knownTypes: ReadonlySet<string> = new Set(activityTypes);

/**
 * The configured element for a chat-flow activity (PROTOCOL.md section 2, DECISIONS.md D31): a
 * filled card, a started portal, an opened popup — or `null` for an activity it does not render
 * (missing or unknown `type`: no event). Invalid activities give the element in its error state,
 * which fires `protocol-error` once connected; this never throws.
 */
export function renderActivity(activity: unknown, options: RenderActivityOptions = {}): ActivityElement | null {
  const type = (activity as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !knownTypes.has(type)) return null;
  const { payload } = activity as { payload?: unknown };
  let element: ActivityElement;
  switch (type) {
    case 'orderTracker':
    case 'deliveryStatus':
      element = configure(new DeliveryStatusCard(), options);
      element.payload = payload ?? {};
      return element;
    case 'returnOverdue':
      element = configure(new ReturnOverdue(), options);
      element.payload = payload ?? {};
      return element;
    case 'initialise_return': {
      if (options.replay) return null;
      const portal = configure(new ReturnsPortal(), options);
      if (options.flowClient) portal.flowClient = options.flowClient;
      void portal.start(activity); // waits until connected (D13)
      return portal;
    }
    default: {
      if (options.replay) return null;
      const popup = configure(new ReturnErrorPopup(), options);
      const result = parseActivity(activity);
      if (result.ok && result.value.type === 'initialise_return_error') popup.message = result.value.message;
      else if (!result.ok) popup.reportInvalidActivity(result.issues); // generic message, protocol-error on connect
      popup.open = true;
      return popup;
    }
  }
}

function configure<E extends ActivityElement>(element: E, options: RenderActivityOptions): E {
  if (options.locale) element.locale = options.locale;
  if (options.strings) element.strings = options.strings;
  return element;
}
