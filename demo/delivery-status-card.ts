/**
 * The `<delivery-status-card>` gallery: every state of the card in a 320-px chat panel, each with
 * the HTML that reproduces it. States a demo order covers are built from the shared data set
 * (`reference/orders.json`) by the reference chat flow, as the playground builds them; the others
 * keep their own data. Images are drawn on a canvas (PNG data URLs), so the page works offline.
 */
import { html, render, type TemplateResult } from 'lit';
import { galleryItem, writeLog, type CardState } from './gallery.js';
import '../src/delivery-status-card.js';
import type { DeliveryStatusCard } from '../src/delivery-status-card.js';
import { ReferenceChatFlow } from './reference/chat-flow.js';
import { findOrder, loadDemoData } from './reference/data.js';
import { imageUrl, picture } from './reference/images.js';

type Payload = Record<string, unknown>;

// The shared demo data: the card of one shipment, as the chat flow sends it ---------------------

const data = await loadDemoData();
const chatFlow = new ReferenceChatFlow(data, () => {});

/** The payload of shipment `index` of demo order `orderNumber` (PROTOCOL.md 2.1). */
function shipmentPayload(orderNumber: string, index = 0): Payload {
  const order = findOrder(data, orderNumber);
  const shipment = order?.shipments[index];
  if (!order || !shipment) throw new Error(`orders.json: no shipment ${index + 1} of ${orderNumber}`);
  return chatFlow.trackerActivity(order, shipment, index).payload;
}

/** The note of a state built from the data set. */
const fromData = (orderNumber: string, note?: string) =>
  `${note ? `${note}; ` : ''}demo order ${orderNumber} (orders.json)`;

// Inline data, for the states no demo order covers -----------------------------------------------

const images = [
  picture('#1f4e8c', 'Shoe'),
  picture('#6b7280', 'Socks'),
  picture('#55722f', 'Jacket'),
  picture('#8c3b1f', 'Belt'),
  picture('#a1883d', 'Tote'),
  picture('#5b2f8c', 'Hat'),
  picture('#2f7f8c', 'Cap'),
  picture('#8c1f55', 'Scarf'),
];
const names = [
  'Trail Runner 2 — Navy',
  'Merino Hiking Socks',
  'Packable Rain Jacket',
  'Leather Belt',
  'Canvas Tote',
  'Sun Hat',
  'Running Cap',
  'Wool Scarf',
];

const required: Payload = {
  status: 'in_transit',
  carrier: 'Royal Mail',
  shippingMethod: 'Standard',
  lastUpdatedDate: '2025-03-10T01:20:00',
};

const history = [
  { date: '2025-03-11T07:05:00', status: 'Out for Delivery', description: 'Your parcel is with the driver.' },
  { date: '2025-03-10T01:20:00', status: 'in_transit', description: 'At the Heathrow Worldwide Distribution Centre.' },
  { date: '2025-03-09T17:45:00', status: 'Ready for Shipment', description: 'Packed and labelled.' },
  { date: '2025-03-09T12:00:00', status: 'Label Printed', description: 'The carrier has the parcel details.' },
  { date: '2025-03-08T10:15:00', status: 'processing', description: 'We received your order.' },
];

const full: Payload = {
  ...required,
  shippingMethodDaysRange: '3-5',
  expectedDeliveryDate: '2025-03-12',
  trackingNumber: 'RM123456785GB',
  trackingLink: 'https://www.royalmail.com/track-your-item#/tracking-results/RM123456785GB',
  proofOfDelivery: { image: imageUrl('doorstep') },
  productImages: images.slice(0, 3),
  productNames: names.slice(0, 3),
  totalShipments: 2,
  shipmentNumber: 1,
  trackingHistoryItems: history,
  orderNumber: 'NW-100245',
  isReturnable: true,
  returnButtonText: 'Start a return',
  returnDeadlineDate: '2025-04-09',
};

type State = CardState;

const statusStates: State[] = [
  {
    title: 'processing',
    note: 'also "Ready for Shipment"',
    payload: { ...required, status: 'processing', expectedDeliveryDate: '2025-03-14' },
  },
  {
    title: 'in_transit',
    note: fromData('NW-1001', '"In Transit", "Out for Delivery"'),
    payload: shipmentPayload('NW-1001'),
  },
  {
    title: 'ready_for_pickup',
    payload: { ...required, status: 'Ready for Pickup', carrier: 'InPost', shippingMethod: 'Locker' },
  },
  { title: 'delivered', note: fromData('NW-1002', 'returns possible'), payload: shipmentPayload('NW-1002') },
  { title: 'problem', note: '"lost"', payload: { ...required, status: 'lost', trackingNumber: 'RM123456785GB' } },
  { title: 'problem', note: '"damaged"', payload: { ...required, status: 'damaged' } },
  { title: 'problem', note: '"Problem with Delivery"', payload: { ...required, status: 'Problem with Delivery' } },
  { title: 'returning_to_sender', payload: { ...required, status: 'Returning to Sender' } },
  { title: 'return_submitted', note: fromData('NW-1006', '"Label Created"'), payload: shipmentPayload('NW-1006') },
  { title: 'return_processing', payload: { ...required, status: 'return_processing' } },
  { title: 'return_received', payload: { ...required, status: 'Return Received' } },
  { title: 'Unknown status', note: 'shown as given, no stage', payload: { ...required, status: 'Held at customs' } },
];

const longText = 'Königlich-Bayerische Paketbeförderungsgesellschaft mbH & Co. KG Express International';

const fieldStates: State[] = [
  { title: 'Every optional field', payload: full },
  { title: 'Only the required fields', payload: required },
  {
    title: 'Returnable',
    note: fromData('NW-1005', 'built-in label, with a deadline'),
    payload: shipmentPayload('NW-1005'),
  },
  {
    title: 'Return pending',
    note: fromData('NW-1007', 'pressed once; reset() below'),
    payload: shipmentPayload('NW-1007'),
    className: 'pending',
    script: [
      `const card = document.querySelector('delivery-status-card');`,
      `await card.updateComplete;`,
      `card.shadowRoot.querySelector('[part~="return-button"]').click();`,
      `// card.reset() offers Return again`,
    ],
  },
  {
    title: 'Many images',
    note: '8 products: two, then +6',
    payload: { ...required, productImages: images, productNames: names },
  },
  {
    title: 'Refused URLs',
    note: 'javascript: link and image → text and placeholder',
    payload: {
      ...required,
      trackingNumber: 'AB123',
      trackingLink: 'javascript:alert(1)',
      productImages: ['javascript:alert(1)', images[0]],
      proofOfDelivery: { image: 'javascript:alert(1)' },
    },
  },
  {
    title: 'Long text',
    payload: {
      ...required,
      carrier: longText,
      shippingMethod: 'Next-day premium signature-on-delivery with insurance',
      shippingMethodDaysRange: '1-2',
      orderNumber: 'NW-2025-03-08-000000000100245-UK-WEB',
      trackingNumber: 'JJD000390007702469123456789012345',
      trackingLink: 'https://tracking.example/very/long/path',
      trackingHistoryItems: [
        { date: '2025-03-10T01:20:00', status: 'In Transit', description: `${longText}: ${longText}.` },
      ],
      isReturnable: true,
      returnButtonText: 'Start a return or exchange for this shipment',
    },
  },
  { title: 'Shipment 1 of 2', note: fromData('NW-1008', 'in transit'), payload: shipmentPayload('NW-1008', 0) },
  { title: 'Shipment 2 of 2', note: fromData('NW-1008', 'delivered'), payload: shipmentPayload('NW-1008', 1) },
  {
    title: 'Invalid payload',
    note: 'no status, carrier is a number',
    payload: { carrier: 42, shippingMethod: 'Standard', lastUpdatedDate: '2025-03-10' },
  },
  { title: 'Invalid JSON attribute', json: '{"status": "in_transit",' },
  { title: 'JSON attribute', note: "payload='{…}'", json: JSON.stringify({ ...required, status: 'delivered' }) },
];

const contextStates: State[] = [
  { title: 'Dark', note: 'color-scheme: dark wrapper', payload: full, className: 'dark' },
  { title: 'Right to left', note: 'locale="ar", dir="rtl"', payload: full, locale: 'ar', dir: 'rtl' },
  { title: 'German (de-DE)', payload: full, locale: 'de-DE' },
  { title: 'US English (en-US)', payload: { ...full, isReturnable: false }, locale: 'en-US' },
  { title: '280 px wide', payload: full, className: 'narrow' },
];

function renderState(state: State): TemplateResult {
  const card = state.json
    ? html`<delivery-status-card payload=${state.json} locale=${state.locale ?? 'en-GB'}></delivery-status-card>`
    : state.dir
      ? html`<delivery-status-card
          .payload=${state.payload}
          locale=${state.locale ?? 'en-GB'}
          dir=${state.dir}
        ></delivery-status-card>`
      : html`<delivery-status-card .payload=${state.payload} locale=${state.locale ?? 'en-GB'}></delivery-status-card>`;
  return galleryItem('delivery-status-card', state, card);
}

// The event log (listening before the cards render: an invalid payload reports on connect).
document.addEventListener('chat-event', (event) => writeLog(`chat-event ${JSON.stringify(event.detail)}`));
document.addEventListener('protocol-error', (event) => {
  const { source, fatal, issues } = event.detail;
  writeLog(
    `protocol-error <${source}> fatal=${String(fatal)} ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
  );
});

const targets: [string, State[]][] = [
  ['#statuses', statusStates],
  ['#states', fieldStates],
  ['#contexts', contextStates],
];
for (const [selector, states] of targets) {
  const target = document.querySelector<HTMLElement>(selector);
  if (target) render(states.map(renderState), target);
}

// Put the "Return pending" card in its pending state, and let the button below reset it.
const pending = document.querySelector<DeliveryStatusCard>('.pending delivery-status-card');
void pending?.updateComplete.then(() => {
  pending.shadowRoot?.querySelector<HTMLButtonElement>('[part~="return-button"]')?.click();
});
document.querySelector('#reset')?.addEventListener('click', () => pending?.reset());
