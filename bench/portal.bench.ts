/**
 * First render of a `product_selection` step in `<returns-portal>` (10, 100, 1 000 products)
 * against hand-written DOM code, and the cost of ticking one product.
 * Both contenders start from the step's JSON text and end with the cards laid out.
 */
import { ReturnsPortal } from '../src/returns-portal.js';
import { formatDate, formatPrice } from '../src/i18n/format.js';
import { clone, initialiseReturnActivity, productSelectionStepWith } from '../test/protocol/fixtures.js';
import { PIXEL, check, h, register, sample, sheetsOf, shadowHost } from './shared.js';

const LOCALE = 'en-GB';

/** The step's JSON text with `count` products, images as a data URL (no network). */
function stepText(count: number): string {
  const step = productSelectionStepWith(count);
  for (const product of step.payload.products) product.image = PIXEL;
  return JSON.stringify(step);
}

/** A portal that gets `text` as its first step, shown and laid out. */
async function showPortal(text: string): Promise<ReturnsPortal> {
  const portal = document.createElement('returns-portal') as ReturnsPortal;
  portal.ephemeral = true;
  portal.locale = LOCALE;
  portal.flowClient = { execute: async () => JSON.parse(text) as unknown };
  document.body.append(portal);
  const shown = new Promise((resolve) => portal.addEventListener('returns-step', resolve, { once: true }));
  const started = portal.start(clone(initialiseReturnActivity));
  await shown;
  check(await started, 'the portal did not start');
  return portal;
}

function productCount(root: ParentNode): number {
  return root.querySelectorAll('.ps-product').length;
}

// The baseline ------------------------------------------------------------------------------

interface WireProduct {
  id: string;
  name: string;
  image?: string;
  price: { amount: number; currencyCode: string };
  quantity?: number;
  colour?: string;
  size?: string | { displayName?: string; value?: string };
  nonReturnableReason?: string;
}

interface WireStep {
  payload: {
    status: string;
    orderDate: string;
    deliveryDate?: string;
    confirmButtonText?: string;
    products: WireProduct[];
  };
}

let portalSheets: CSSStyleSheet[] | undefined;

/** Comparable markup with `document.createElement`: a card per product, the portal's CSS. */
function renderVanilla(text: string): ShadowRoot {
  portalSheets ??= sheetsOf(ReturnsPortal.elementStyles);
  const step = JSON.parse(text) as WireStep;
  const { payload } = step;
  const root = shadowHost(portalSheets);
  const list = h('ul', { class: 'ps-list' });
  for (const product of payload.products) {
    const pickId = `pick-${product.id}`;
    const size = typeof product.size === 'string' ? product.size : (product.size?.displayName ?? '');
    const details = h('span', { class: 'ps-details-line' });
    if (size) details.append(h('span', null, `Size: ${size}`), ' ');
    if (product.colour) details.append(h('span', null, `Colour: ${product.colour}`), ' ');
    if ((product.quantity ?? 1) > 1) details.append(h('span', null, `${product.quantity} ordered`), ' ');
    const checkbox = h('input', { type: 'checkbox', class: 'ps-pick', id: pickId }) as HTMLInputElement;
    if (product.nonReturnableReason) checkbox.disabled = true;
    checkbox.addEventListener('change', () => undefined);
    const img = product.image ? h('img', { src: product.image, alt: '', loading: 'lazy', decoding: 'async' }) : null;
    list.append(
      h(
        'li',
        { class: `card ps-product${product.nonReturnableReason ? ' ps-unavailable' : ''}` },
        h(
          'div',
          { class: 'ps-head' },
          checkbox,
          h('span', { class: 'image-frame', part: 'image' }, img, h('span', { class: 'image-placeholder' })),
          h(
            'div',
            { class: 'ps-info' },
            h('label', { class: 'ps-name', id: `name-${product.id}`, for: pickId }, product.name),
            details,
            h('span', { class: 'ps-price' }, formatPrice(product.price, LOCALE)),
          ),
        ),
        product.nonReturnableReason
          ? h(
              'p',
              { class: 'ps-unavailable-reason' },
              h('strong', null, 'Not returnable'),
              ` ${product.nonReturnableReason}`,
            )
          : null,
      ),
    );
  }
  const row = (term: string, value: string) => h('div', null, h('dt', null, term), h('dd', null, value));
  root.append(
    h(
      'section',
      { class: 'portal', role: 'dialog', 'aria-labelledby': 'title' },
      h(
        'header',
        null,
        h('h2', { id: 'title', tabindex: '-1' }, 'Choose items to return'),
        h('button', { type: 'button' }, 'Close'),
      ),
      h(
        'dl',
        { class: 'ps-summary' },
        row('Order status', payload.status),
        row('Order date', formatDate(payload.orderDate, LOCALE)),
        payload.deliveryDate ? row('Delivery date', formatDate(payload.deliveryDate, LOCALE)) : null,
      ),
      h('fieldset', { class: 'ps-products' }, h('legend', { class: 'visually-hidden' }, 'Items'), list),
      h('button', { type: 'button', class: 'button primary' }, payload.confirmButtonText ?? 'Continue'),
    ),
  );
  return root;
}

// The benchmarks ----------------------------------------------------------------------------

for (const count of [10, 100, 1000]) {
  const text = stepText(count);
  register(
    {
      id: `product_selection first render, ${count} products`,
      description: `<returns-portal> from step JSON to laid-out DOM, ${count} products`,
      contenders: ['returnkit', 'vanilla'],
      baseline: 'vanilla',
    },
    {
      returnkit: async () => {
        let portal: ReturnsPortal | undefined;
        const time = await sample(
          async () => {
            portal = await showPortal(text);
          },
          () => {
            check(productCount(portal?.shadowRoot ?? document) === count, `returnkit rendered ${count} cards`);
            portal?.remove();
          },
        );
        return [time];
      },
      vanilla: async () => {
        let root: ShadowRoot | undefined;
        const time = await sample(
          () => {
            root = renderVanilla(text);
          },
          () => {
            check(productCount(root ?? document) === count, `vanilla rendered ${count} cards`);
            root?.host.remove();
          },
        );
        return [time];
      },
    },
  );
}

// Ticking a product, 100 on the page: the target is 4 ms. The portal stays open.
let selectionPortal: Promise<ReturnsPortal> | undefined;
let ticks = 0;
register(
  {
    id: 'select a product, 100 products',
    description: 'click one checkbox in an open 100-product step, until updated and laid out',
    contenders: ['returnkit'],
  },
  {
    returnkit: async () => {
      selectionPortal ??= showPortal(stepText(100));
      const portal = await selectionPortal;
      const boxes = portal.shadowRoot?.querySelectorAll<HTMLInputElement>('input.ps-pick') ?? [];
      check(boxes.length === 100, 'the portal shows 100 checkboxes');
      // Tick and untick the products in turn (the first 50): every sample changes the DOM.
      const box = boxes[Math.floor(ticks / 2) % 50] as HTMLInputElement;
      ticks++;
      const before = box.checked;
      const time = await sample(async () => {
        box.click();
        await portal.updateComplete;
      });
      check(box.checked !== before, 'the click toggled the checkbox');
      return [time];
    },
  },
);
