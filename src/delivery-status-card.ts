/**
 * Registers `<delivery-status-card>` (safe to import twice) and exports its class.
 * @packageDocumentation
 */
import { DeliveryStatusCard } from './components/delivery-status-card/delivery-status-card.js';
import { defineElement } from './internal/define.js';

export { DeliveryStatusCard };

defineElement('delivery-status-card', DeliveryStatusCard);

declare global {
  interface HTMLElementTagNameMap {
    'delivery-status-card': DeliveryStatusCard;
  }
}
