/**
 * returnkit — web components for returns and order tracking in customer-service chat.
 * Importing this module registers every element and exports the public API.
 * @packageDocumentation
 */
export { DeliveryStatusCard } from './delivery-status-card.js';
export { ReturnOverdue } from './return-overdue.js';
export { ReturnsPortal } from './returns-portal.js';
export { ReturnErrorPopup } from './return-error-popup.js';
export type { PortalState } from './components/returns-portal/returns-portal.js';

export * from './protocol/index.js';
export * from './events/index.js';
export * from './bridge/index.js';
export {
  configContext,
  flowClientContext,
  provideFlowClient,
  type FlowClient,
  type ReturnkitConfig,
} from './context.js';
export {
  en as defaultStrings,
  Localizer,
  type PartialStrings,
  type ReturnkitStrings,
  type StringKey,
  type PluralEntry,
} from './i18n/index.js';
