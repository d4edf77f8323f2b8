/**
 * returnkit — web components for returns and order tracking in customer-service chat.
 * Importing this module registers every element and exports the public API.
 * @packageDocumentation
 */
export * from './protocol/index.js';
export * from './events/index.js';
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
