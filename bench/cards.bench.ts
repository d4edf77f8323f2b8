/**
 * 100 `<delivery-status-card>`s and 100 `<return-overdue>`s rendered from their JSON, against
 * hand-written DOM code that builds comparable markup in a shadow root with the same CSS.
 */
import type { LitElement } from 'lit';
import { DeliveryStatusCard } from '../src/delivery-status-card.js';
import { ReturnOverdue } from '../src/return-overdue.js';
import { formatDate, formatPrice } from '../src/i18n/format.js';
import { orderTrackerActivity, returnOverdueActivity } from '../test/protocol/fixtures.js';
import { PIXEL, check, h, register, sample, sheetsOf, shadowHost } from './shared.js';

const LOCALE = 'en-GB';
const COUNT = 100;

const deliveryText = JSON.stringify({
  ...orderTrackerActivity.payload,
  productImages: [PIXEL, PIXEL, PIXEL],
  proofOfDelivery: { image: PIXEL },
});
const overdueText = JSON.stringify({
  ...returnOverdueActivity.payload,
  productImages: [PIXEL, PIXEL, PIXEL, PIXEL, PIXEL],
});

/** Waits until every element rendered and `done` holds for it (markdown arrives a task later). */
async function settled(elements: LitElement[], done: (root: ShadowRoot) => boolean): Promise<void> {
  for (let round = 0; round < 100; round++) {
    await Promise.all(elements.map((el) => el.updateComplete));
    if (elements.every((el) => el.shadowRoot && done(el.shadowRoot))) return;
    await new Promise((resolve) => setTimeout(resolve));
  }
  throw new Error('the elements did not finish rendering');
}

async function renderElements(tag: string, text: string, done: (root: ShadowRoot) => boolean): Promise<number> {
  const container = document.createElement('div');
  document.body.append(container);
  const elements: (LitElement & { payload?: unknown; locale?: string })[] = [];
  const time = await sample(
    async () => {
      for (let i = 0; i < COUNT; i++) {
        const el = document.createElement(tag) as LitElement & { payload?: unknown; locale?: string };
        el.locale = LOCALE;
        el.payload = JSON.parse(text);
        container.append(el);
        elements.push(el);
      }
      await settled(elements, done);
    },
    () => container.remove(),
  );
  return time;
}

// Baselines ---------------------------------------------------------------------------------

const images = (urls: string[]) => {
  const box = h('div', { class: 'product-images', part: 'product-images' });
  for (const url of urls.slice(0, 2)) {
    box.append(
      h(
        'span',
        { class: 'image-frame', part: 'image' },
        h('img', { src: url, alt: '', loading: 'lazy', decoding: 'async' }),
        h('span', { class: 'image-placeholder' }),
      ),
    );
  }
  if (urls.length > 2)
    box.append(h('span', { class: 'more-badge', role: 'img' }, h('bdi', null, `+${urls.length - 2}`)));
  return box;
};

const row = (term: string, value: string) => h('div', { class: 'row' }, h('dt', null, term), h('dd', null, value));

interface DeliveryWire {
  status: string;
  carrier: string;
  shippingMethod: string;
  shippingMethodDaysRange?: string;
  lastUpdatedDate: string;
  expectedDeliveryDate?: string;
  trackingNumber?: string;
  trackingLink?: string;
  productImages?: string[];
  productNames?: string[];
  orderNumber?: string;
  totalShipments?: number;
  shipmentNumber?: number;
  isReturnable?: boolean;
  returnButtonText?: string;
  trackingHistoryItems?: { date: string; status: string; description: string }[];
}

let deliverySheets: CSSStyleSheet[] | undefined;

function vanillaDelivery(text: string, parent: Node): void {
  deliverySheets ??= sheetsOf(DeliveryStatusCard.elementStyles);
  const p = JSON.parse(text) as DeliveryWire;
  const root = shadowHost(deliverySheets, parent);
  const stages = h('ol', { class: 'stages tone-info', part: 'stages' });
  ['Ordered', 'Shipped', 'Out for delivery', 'Delivered'].forEach((label, i) =>
    stages.append(
      h(
        'li',
        { class: `stage ${i < 1 ? 'done' : i === 1 ? 'current' : 'upcoming'}` },
        h('span', { class: 'marker' }),
        h('span', { class: 'stage-label' }, label),
      ),
    ),
  );
  const history = h('ol', { class: 'history' });
  for (const item of p.trackingHistoryItems ?? []) {
    history.append(
      h(
        'li',
        null,
        h('span', null, item.status),
        h('time', null, formatDate(item.date, LOCALE, 'dateTime')),
        h('p', null, item.description),
      ),
    );
  }
  root.append(
    h(
      'article',
      { class: 'card', part: 'base' },
      h(
        'header',
        { class: 'header' },
        h(
          'div',
          { class: 'header-top' },
          h('span', { class: 'eyebrow' }, 'Delivery status'),
          h('span', { class: 'shipment' }, `Shipment ${p.shipmentNumber} of ${p.totalShipments}`),
        ),
        h('p', { class: 'order-number' }, `Order ${p.orderNumber}`),
        h('p', { class: 'status tone-info' }, h('span', { class: 'status-text' }, p.status)),
        stages,
      ),
      h(
        'div',
        { class: 'products' },
        images(p.productImages ?? []),
        h('p', { class: 'visually-hidden' }, (p.productNames ?? []).join(', ')),
      ),
      h(
        'dl',
        { class: 'details' },
        row('Carrier', p.carrier),
        row('Shipping method', `${p.shippingMethod} (${p.shippingMethodDaysRange} days)`),
        row('Last updated', formatDate(p.lastUpdatedDate, LOCALE, 'dateTime')),
        p.expectedDeliveryDate ? row('Expected delivery', formatDate(p.expectedDeliveryDate, LOCALE)) : null,
      ),
      h(
        'div',
        { class: 'tracking section' },
        h('span', { class: 'label' }, 'Tracking number'),
        h(
          'div',
          { class: 'tracking-row' },
          h(
            'a',
            { class: 'tracking-link', href: p.trackingLink ?? '', target: '_blank', rel: 'noopener noreferrer' },
            h('span', { class: 'tracking-number' }, p.trackingNumber ?? ''),
          ),
          h('button', { type: 'button', class: 'button copy-button' }, 'Copy'),
        ),
      ),
      h('div', { class: 'history-section section' }, history),
      h('button', { type: 'button', class: 'button proof-button' }, 'Proof of delivery'),
      p.isReturnable ? h('button', { type: 'button', class: 'button primary' }, p.returnButtonText ?? 'Return') : null,
    ),
  );
}

interface OverdueWire {
  price: { amount: number; currencyCode: string };
  orderDate: string;
  orderNumber?: string;
  productImages?: string[];
  infoText?: string;
}

let overdueSheets: CSSStyleSheet[] | undefined;

/** The info text is built by hand (bold and link of the fixture), no markdown parser. */
function vanillaOverdue(text: string, parent: Node): void {
  overdueSheets ??= sheetsOf(ReturnOverdue.elementStyles);
  const p = JSON.parse(text) as OverdueWire;
  const root = shadowHost(overdueSheets, parent);
  root.append(
    h(
      'article',
      { class: 'card', part: 'base' },
      h(
        'header',
        { class: 'header' },
        h('span', { class: 'header-icon' }),
        h(
          'div',
          { class: 'header-text' },
          h('p', { class: 'title' }, 'Return window closed'),
          h('p', { class: 'order-number' }, `Order ${p.orderNumber}`),
        ),
      ),
      h(
        'div',
        { class: 'summary' },
        images(p.productImages ?? []),
        h(
          'dl',
          { class: 'details' },
          row('Order date', formatDate(p.orderDate, LOCALE)),
          row('Order total', formatPrice(p.price, LOCALE)),
        ),
      ),
      h(
        'div',
        { class: 'info markdown' },
        h('p', null, 'The ', h('strong', null, '30-day'), ' return window for this order closed on 9 April 2025.'),
        h(
          'p',
          null,
          'Need help? ',
          h(
            'a',
            { href: 'https://help.northwind-shoes.example/returns', rel: 'noopener noreferrer', target: '_blank' },
            'Contact us',
          ),
          '.',
        ),
      ),
    ),
  );
}

async function renderVanilla(build: (text: string, parent: Node) => void, text: string): Promise<number> {
  const container = document.createElement('div');
  document.body.append(container);
  return sample(
    () => {
      for (let i = 0; i < COUNT; i++) build(text, container);
    },
    () => {
      check(container.childElementCount === COUNT, `vanilla rendered ${COUNT} cards`);
      container.remove();
    },
  );
}

// The benchmarks ----------------------------------------------------------------------------

register(
  {
    id: `delivery-status-card x${COUNT}`,
    description: `${COUNT} cards from payload JSON to laid-out DOM`,
    contenders: ['returnkit', 'vanilla'],
    baseline: 'vanilla',
  },
  {
    returnkit: async () => [
      await renderElements('delivery-status-card', deliveryText, (root) => !!root.querySelector('.tracking-number')),
    ],
    vanilla: async () => [await renderVanilla(vanillaDelivery, deliveryText)],
  },
);

register(
  {
    id: `return-overdue x${COUNT}`,
    description: `${COUNT} cards from payload JSON to laid-out DOM, markdown info text included`,
    contenders: ['returnkit', 'vanilla'],
    baseline: 'vanilla',
  },
  {
    returnkit: async () => [
      await renderElements('return-overdue', overdueText, (root) => !!root.querySelector('.info a')),
    ],
    vanilla: async () => [await renderVanilla(vanillaOverdue, overdueText)],
  },
);
