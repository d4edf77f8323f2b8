/**
 * Create / attach / detach cycles of every element, for the leak check of the harness: it
 * forces garbage collection and reads the heap (CDP) before and after `runCycles(name, count)`.
 */
import type { LitElement } from 'lit';
import { DeliveryStatusCard } from '../src/delivery-status-card.js';
import { ReturnOverdue } from '../src/return-overdue.js';
import { ReturnsPortal } from '../src/returns-portal.js';
import { ReturnErrorPopup } from '../src/return-error-popup.js';
import {
  initialiseReturnErrorActivity,
  orderTrackerActivity,
  returnOverdueActivity,
} from '../test/protocol/fixtures.js';
import { PIXEL, check, registerMemory } from './shared.js';

const payloads: Record<string, string> = {
  'delivery-status-card': JSON.stringify({
    ...orderTrackerActivity.payload,
    productImages: [PIXEL],
    proofOfDelivery: { image: PIXEL },
  }),
  'return-overdue': JSON.stringify({ ...returnOverdueActivity.payload, productImages: [PIXEL] }),
};

// The classes are referenced so the bundle keeps their modules (and their definitions).
const classes: Record<string, CustomElementConstructor> = {
  'delivery-status-card': DeliveryStatusCard,
  'return-overdue': ReturnOverdue,
  'returns-portal': ReturnsPortal,
  'return-error-popup': ReturnErrorPopup,
};

for (const tag of Object.keys(classes)) {
  check(customElements.get(tag) === classes[tag], `<${tag}> is defined`);
  registerMemory(tag, async (count) => {
    for (let i = 0; i < count; i++) {
      const el = document.createElement(tag) as LitElement & { payload?: unknown; locale?: string; message?: string };
      el.locale = 'en-GB';
      const text = payloads[tag];
      if (text) el.payload = JSON.parse(text);
      if (tag === 'return-error-popup') el.message = initialiseReturnErrorActivity.message;
      document.body.append(el);
      await el.updateComplete;
      el.remove();
    }
  });
}
