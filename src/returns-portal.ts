import { ReturnsPortal } from './components/returns-portal/returns-portal.js';
import { defineElement } from './internal/define.js';

export { ReturnsPortal };

defineElement('returns-portal', ReturnsPortal);

declare global {
  interface HTMLElementTagNameMap {
    'returns-portal': ReturnsPortal;
  }
}
