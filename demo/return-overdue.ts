/**
 * The `<return-overdue>` gallery: every state of the card in a 320-px chat panel, each with the
 * HTML that reproduces it. The state a demo order covers is built from the shared data set
 * (`reference/orders.json`) by the reference chat flow, as the playground builds it; the others
 * keep their own data. Images are drawn on a canvas (PNG data URLs), so the page works offline.
 */
import { html, render, type TemplateResult } from 'lit';
import { galleryItem, writeLog, type CardState } from './gallery.js';
import '../src/return-overdue.js';
import { ReferenceChatFlow } from './reference/chat-flow.js';
import { findOrder, loadDemoData } from './reference/data.js';
import { picture } from './reference/images.js';

type Payload = Record<string, unknown>;

// The shared demo data: the card of an order past its return window -----------------------------

const data = await loadDemoData();
const chatFlow = new ReferenceChatFlow(data, () => {});

/** The `returnOverdue` payload of demo order `orderNumber` (PROTOCOL.md 2.2). */
function overduePayload(orderNumber: string): Payload {
  const order = findOrder(data, orderNumber);
  if (!order) throw new Error(`orders.json: no order ${orderNumber}`);
  return chatFlow.overdueActivity(order).payload;
}

const closedOrder = overduePayload('NW-1003');
const closedImages = Array.isArray(closedOrder.productImages) ? closedOrder.productImages.length : 0;

// Inline data, for the states no demo order covers -----------------------------------------------

const images = [
  picture('#1f4e8c', 'Shoe'),
  picture('#6b7280', 'Socks'),
  picture('#4d6b3a', 'Jacket'),
  picture('#7a4a2a', 'Belt'),
  picture('#b59a6a', 'Tote'),
  picture('#8c1f4e', 'Scarf'),
  picture('#2a6b7a', 'Cap'),
];

const minimal: Payload = {
  price: { amount: 59.99, currencyCode: 'GBP' },
  infoText: 'The return window for this order closed on 7 April 2025.',
  orderDate: '2025-03-08',
  orderNumber: 'NW-100245',
};

const full: Payload = {
  price: { amount: 129.97, currencyCode: 'GBP' },
  infoText:
    'The **30-day** return window for this order closed on *9 April 2025*.\nNeed help? [Contact us](https://help.northwind-shoes.example/returns).',
  orderDate: '2025-03-08T10:15:00',
  orderNumber: 'NW-100245',
  productImages: images.slice(0, 5),
};

const longMarkdown = [
  '# Why can’t I return this?',
  'Orders can be returned for **30 days** after delivery. This one arrived on 8 March, so the window closed on *7 April*.',
  'You can still:',
  '- ask for a **repair** under the two-year guarantee',
  '- exchange a faulty item:',
  '  1. write to us with your order number',
  '  2. send a photo of the fault',
  '- read the [returns policy](https://help.northwind-shoes.example/policy) or the [FAQ](/faq)',
  '',
  'Questions? Call 0800 123 456\nMonday to Friday, 9:00–17:00.',
].join('\n');

type State = CardState;

const fieldStates: State[] = [
  { title: 'Minimal', note: 'required fields only, date-only order date', payload: minimal },
  {
    title: 'Full',
    note: `${closedImages} images: two and a +${closedImages - 2} badge; demo order NW-1003 (orders.json)`,
    payload: closedOrder,
  },
  { title: 'One image', payload: { ...minimal, productImages: images.slice(0, 1) } },
  { title: 'Many images', note: 'seven images: +5', payload: { ...full, productImages: images } },
  {
    title: 'Long markdown',
    note: 'heading, lists, nested list, links, line breaks',
    payload: { ...full, infoText: longMarkdown },
  },
  {
    title: 'Long order number, big total',
    payload: {
      ...full,
      orderNumber: 'NW-2025-03-08-00000000100245-EU-WEST',
      price: { amount: 12345678.9, currencyCode: 'EUR' },
    },
  },
  { title: 'JSON attribute', note: "payload='{…}' as a CMS page writes it", json: JSON.stringify(minimal) },
  { title: '280 px wide', payload: { ...full, infoText: longMarkdown }, className: 'narrow' },
];

const hostileStates: State[] = [
  {
    title: 'javascript: link',
    note: 'shown as text; protocol-error (fatal=false) at payload.infoText',
    payload: {
      ...minimal,
      infoText: 'Click [here to win](javascript:alert(document.cookie)) or [JaVaScRiPt](JaVaScRiPt:alert(1)).',
    },
  },
  {
    title: 'Raw HTML in the text',
    note: '<img onerror> and <script> are literal text',
    payload: {
      ...minimal,
      infoText:
        'Hello <img src=x onerror=alert(1)> **friend**\n\n<script>alert("xss")</script>\n\n![a picture](https://example.com/x.png) shows as its alt text.',
    },
  },
  {
    title: 'Refused image URL',
    note: 'placeholder; protocol-error (fatal=false)',
    payload: { ...full, productImages: [images[0], 'javascript:alert(1)', images[2]] },
  },
  {
    title: 'Invalid payload',
    note: 'price.amount is a string: error state, protocol-error',
    payload: { ...minimal, price: { amount: '59.99', currencyCode: 'GBP' } },
  },
  { title: 'Invalid JSON attribute', note: 'error state, protocol-error at the root', json: '{"price": ' },
];

const contextStates: State[] = [
  {
    title: 'Dark',
    note: 'color-scheme: dark wrapper',
    payload: { ...full, infoText: longMarkdown },
    className: 'dark',
  },
  {
    title: 'Right to left',
    note: 'locale="ar"',
    payload: {
      ...full,
      infoText: 'انتهت **مهلة الإرجاع** لهذا الطلب.\n[اتصل بنا](https://help.northwind-shoes.example/ar)',
    },
    locale: 'ar',
  },
  { title: 'German (de-DE)', payload: { ...full, price: { amount: 1234.5, currencyCode: 'EUR' } }, locale: 'de-DE' },
  { title: 'US English (en-US)', payload: { ...full, price: { amount: 89, currencyCode: 'USD' } }, locale: 'en-US' },
];

function renderState(state: State): TemplateResult {
  const locale = state.locale ?? 'en-GB';
  const card =
    state.json !== undefined
      ? html`<return-overdue payload=${state.json} locale=${locale}></return-overdue>`
      : html`<return-overdue .payload=${state.payload} locale=${locale}></return-overdue>`;
  return galleryItem('return-overdue', state, card);
}

// The log listens before the cards render: their first protocol-error fires on connect.
document.addEventListener('protocol-error', (event) => {
  const { source, fatal, issues } = event.detail;
  writeLog(
    `protocol-error <${source}> fatal=${String(fatal)} ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
  );
});

const targets: [string, State[]][] = [
  ['#states', fieldStates],
  ['#hostile', hostileStates],
  ['#contexts', contextStates],
];
for (const [selector, states] of targets) {
  const target = document.querySelector<HTMLElement>(selector);
  if (target) render(states.map(renderState), target);
}
