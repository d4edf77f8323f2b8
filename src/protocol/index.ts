/**
 * The returns protocol (PROTOCOL.md, DECISIONS.md): schemas, parse functions with readable
 * issues, and the helpers elements share (URL policy, dates, statuses, execution inputs).
 */
export * from './activities.js';
export { checkUrl, type UrlCheck, type UrlKind } from './url.js';
export { parseProtocolDate, type ProtocolDate, type ProtocolDateKind } from './date.js';
export * from './execution.js';
export { formatPath, type ParseResult, type ProtocolIssue } from './issues.js';
export {
  parseActivity,
  parseChatEvent,
  parseDraft,
  parseExecutionRequest,
  parseOrderTrackerPayload,
  parsePayload,
  parseReturnOverduePayload,
  parseStep,
  parseWith,
  payloadSchemas,
  type PayloadKind,
  type PayloadOf,
} from './parse.js';
export {
  coordinatesSchema,
  dateSchema,
  imageUrlSchema,
  linkUrlSchema,
  priceSchema,
  sizeLabel,
  sizeSchema,
  stepTypeSchema,
  stepTypes,
  type Coordinates,
  type Price,
  type Size,
  type StepType,
} from './primitives.js';
export {
  normaliseStatus,
  statusCanonicals,
  statusLabels,
  statusStage,
  statusStages,
  type NormalisedStatus,
  type StatusCanonical,
  type StatusKey,
  type StatusStage,
} from './status.js';
export * from './steps/index.js';
