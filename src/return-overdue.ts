/**
 * Registers `<return-overdue>` (safe to import twice) and exports its class.
 * @packageDocumentation
 */
import { ReturnOverdue } from './components/return-overdue/return-overdue.js';
import { defineElement } from './internal/define.js';

export { ReturnOverdue };

defineElement('return-overdue', ReturnOverdue);

declare global {
  interface HTMLElementTagNameMap {
    'return-overdue': ReturnOverdue;
  }
}
