import { ReturnErrorPopup } from './components/return-error-popup/return-error-popup.js';
import { defineElement } from './internal/define.js';

export { ReturnErrorPopup };

defineElement('return-error-popup', ReturnErrorPopup);

declare global {
  interface HTMLElementTagNameMap {
    'return-error-popup': ReturnErrorPopup;
  }
}
