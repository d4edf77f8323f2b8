export { ChatEventEvent } from './chat-event.js';
export { ProtocolErrorEvent, type ProtocolErrorDetail } from './protocol-error.js';
export { ReturnsFlowExecuteEvent, type ReturnsFlowExecuteDetail } from './returns-flow-execute.js';
export { ReturnsStepEvent, type ReturnsStepDetail } from './returns-step.js';
export { ReturnsSubmittedEvent, type ReturnsSubmittedDetail } from './returns-submitted.js';
export { ReturnsErrorEvent, type ReturnsErrorDetail, type ReturnsErrorKind } from './returns-error.js';
export { ReturnsCloseEvent, type ReturnsCloseDetail, type ReturnsCloseReason } from './returns-close.js';
export {
  ReturnErrorPopupCloseEvent,
  ReturnErrorPopupClosedEvent,
  type PopupCloseDetail,
  type PopupCloseSource,
} from './return-error-popup-close.js';
