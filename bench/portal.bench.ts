/**
 * First render of a `product_selection` step in `<returns-portal>` (10, 100, 1 000 products)
 * against hand-written DOM code, and the cost of ticking one product.
 * Every contender starts from the step's JSON text and ends with the cards laid out.
 */
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ReturnsPortal } from '../src/returns-portal.js';
import { formatDate, formatNumber, formatPrice } from '../src/i18n/format.js';
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

/**
 * The portal's markup for the step (shell, summary, a card per product, footer) with
 * `document.createElement`, in a shadow root with the portal's CSS. Attributes are set in the
 * order Lit's cloned templates have them (`loading="lazy"` before `src`: an image given its
 * `src` first starts loading eagerly, which costs the baseline time the portal does not spend).
 */
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
    const checkbox = h('input', {
      type: 'checkbox',
      class: 'ps-pick',
      id: pickId,
    }) as HTMLInputElement;
    if (product.nonReturnableReason) checkbox.disabled = true;
    checkbox.addEventListener('change', () => undefined);
    const img = product.image ? h('img', { loading: 'lazy', decoding: 'async', src: product.image, alt: '' }) : null;
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
  const time = (text: string) => h('time', { datetime: text }, formatDate(text, LOCALE));
  const row = (term: string, value: Node | string) => h('div', null, h('dt', null, term), h('dd', null, value));
  root.append(
    h(
      'section',
      { class: 'portal', part: 'base', 'aria-label': 'Return your items', dir: 'ltr' },
      h(
        'header',
        { class: 'header', part: 'header' },
        h(
          'div',
          { class: 'heading' },
          h('h2', { class: 'title', part: 'title', tabindex: '-1' }, 'Choose items to return'),
          h(
            'p',
            { class: 'subtitle' },
            h('span', { part: 'order-number' }, 'Order NW-100245'),
            h('span', { class: 'progress', part: 'progress' }, 'Step 1'),
          ),
        ),
        h(
          'button',
          { type: 'button', class: 'icon-button close', part: 'button close-button', 'aria-label': 'Close returns' },
          h('span', { 'aria-hidden': 'true' }, '×'),
        ),
      ),
      h(
        'div',
        { class: 'step', part: 'step', 'aria-busy': 'false' },
        h(
          'dl',
          { class: 'ps-summary' },
          row('Order status', payload.status),
          row('Ordered', time(payload.orderDate)),
          payload.deliveryDate ? row('Delivered', time(payload.deliveryDate)) : null,
        ),
        h('fieldset', { class: 'ps-products' }, h('legend', { class: 'visually-hidden' }, 'Items in your order'), list),
      ),
      h(
        'footer',
        { class: 'footer', part: 'footer' },
        h('p', { id: 'confirm-reason', class: 'confirm-reason' }, 'To continue: choose at least one item to return'),
        h(
          'button',
          {
            id: 'confirm-button',
            type: 'button',
            class: 'primary confirm',
            part: 'button confirm-button',
            'aria-disabled': 'true',
            'aria-describedby': 'confirm-reason',
          },
          h('span', null, payload.confirmButtonText ?? 'Continue'),
        ),
      ),
      h('div', { class: 'visually-hidden', 'aria-live': 'polite' }, 'Choose items to return. Step 1'),
    ),
  );
  return root;
}

// Plain Lit ----------------------------------------------------------------------------------
//
// The same markup as the baseline from one `render()` of Lit templates: a product card is one
// flat template, keyed by `repeat`. No element, no validation, no state, no focus: what Lit
// itself costs over hand-written DOM code, the floor under the portal's ratio.

function litProduct(product: WireProduct) {
  const pickId = `pick-${product.id}`;
  const size = typeof product.size === 'string' ? product.size : (product.size?.displayName ?? '');
  const ordered = (product.quantity ?? 1) > 1 ? `${product.quantity} ordered` : '';
  return html`<li class="card ps-product">
    <div class="ps-head">
      <input type="checkbox" class="ps-pick" id=${pickId} /><span class="image-frame" part="image"
        ><img loading="lazy" decoding="async" src=${product.image ?? ''} alt="" /><span class="image-placeholder"></span
      ></span>
      <div class="ps-info">
        <label class="ps-name" id=${`name-${product.id}`} for=${pickId}>${product.name}</label
        ><span class="ps-details-line"
          ><span>${size ? `Size: ${size}` : ''}</span> <span>${product.colour ? `Colour: ${product.colour}` : ''}</span>
          <span>${ordered}</span></span
        ><span class="ps-price">${formatPrice(product.price, LOCALE)}</span>
      </div>
    </div>
  </li>`;
}

function renderLit(text: string): ShadowRoot {
  portalSheets ??= sheetsOf(ReturnsPortal.elementStyles);
  const { payload } = JSON.parse(text) as WireStep;
  const root = shadowHost(portalSheets);
  const time = (value: string) => html`<time datetime=${value}>${formatDate(value, LOCALE)}</time>`;
  render(
    html`<section class="portal" part="base" aria-label="Return your items" dir="ltr">
      <header class="header" part="header">
        <div class="heading">
          <h2 class="title" part="title" tabindex="-1">Choose items to return</h2>
          <p class="subtitle">
            <span part="order-number">Order NW-100245</span><span class="progress" part="progress">Step 1</span>
          </p>
        </div>
        <button type="button" class="icon-button close" part="button close-button" aria-label="Close returns">
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div class="step" part="step" aria-busy="false">
        <dl class="ps-summary">
          <div>
            <dt>Order status</dt>
            <dd>${payload.status}</dd>
          </div>
          <div>
            <dt>Ordered</dt>
            <dd>${time(payload.orderDate)}</dd>
          </div>
          ${
            payload.deliveryDate
              ? html`<div>
                  <dt>Delivered</dt>
                  <dd>${time(payload.deliveryDate)}</dd>
                </div>`
              : ''
          }
        </dl>
        <fieldset class="ps-products">
          <legend class="visually-hidden">Items in your order</legend>
          <ul class="ps-list">
            ${repeat(payload.products, (product) => product.id, litProduct)}
          </ul>
        </fieldset>
      </div>
      <footer class="footer" part="footer">
        <p id="confirm-reason" class="confirm-reason">To continue: choose at least one item to return</p>
        <button
          id="confirm-button"
          type="button"
          class="primary confirm"
          part="button confirm-button"
          aria-disabled="true"
          aria-describedby="confirm-reason"
        >
          <span>${payload.confirmButtonText ?? 'Continue'}</span>
        </button>
      </footer>
      <div class="visually-hidden" aria-live="polite">Choose items to return. Step 1</div>
    </section>`,
    root,
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
      contenders: ['returnkit', 'lit', 'vanilla'],
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
      lit: async () => {
        let root: ShadowRoot | undefined;
        const time = await sample(
          () => {
            root = renderLit(text);
          },
          () => {
            check(productCount(root ?? document) === count, `lit rendered ${count} cards`);
            root?.host.remove();
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

// Picking a product and its reason, 1 000 on the page -------------------------------------------
//
// One sample ticks a product's checkbox (its questions appear: quantity and reason) and then
// chooses the reason "Size or fit" (its sub-reason question appears), each followed by the
// update. The product is unticked again outside the timing, so every sample does the same work.

const PICKED_REASON = 'r-fit';
const SELECTION_COUNT = 1000;

let selectionPortal: Promise<ReturnsPortal> | undefined;
let portalPicks = 0;

/** Sets a `<select>` as a user would: the value, then a bubbling `change`. */
function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function pickWithPortal(): Promise<number> {
  selectionPortal ??= showPortal(stepText(SELECTION_COUNT));
  const portal = await selectionPortal;
  const cards = portal.shadowRoot?.querySelectorAll<HTMLElement>('.ps-product') ?? [];
  check(cards.length === SELECTION_COUNT, `the portal shows ${SELECTION_COUNT} products`);
  const card = cards[portalPicks++ % 50] as HTMLElement;
  const box = card.querySelector<HTMLInputElement>('input.ps-pick') as HTMLInputElement;
  const time = await sample(async () => {
    box.click();
    await portal.updateComplete;
    const reason = card.querySelectorAll('select')[1] as HTMLSelectElement;
    choose(reason, PICKED_REASON);
    await portal.updateComplete;
  });
  check(card.querySelectorAll('select').length === 3, 'returnkit shows quantity, reason and sub-reason');
  box.click();
  await portal.updateComplete;
  check(card.querySelectorAll('select').length === 0, 'returnkit put the product back');
  return time;
}

/** `<select>` with a placeholder and the choices, as the portal builds it. */
function vanillaSelect(id: string, label: string, placeholder: string, choices: { id: string; text: string }[]) {
  const select = h('select', { id, required: '', 'aria-invalid': 'false' }) as HTMLSelectElement;
  select.append(h('option', { value: '' }, placeholder));
  for (const choice of choices) select.append(h('option', { value: choice.id }, choice.text));
  return { field: h('div', { class: 'field' }, h('label', { class: 'field-label', for: id }, label), select), select };
}

interface WireReason {
  id: string;
  text: string;
  options?: { id: string; text: string }[];
}

/**
 * The baseline's questions for a ticked product: what the portal shows, built by hand and
 * wired by hand (ticking builds the questions, choosing a reason adds the sub-reason).
 */
function vanillaAnswers(product: WireProduct & { reasonsForReturn?: WireReason[] }): HTMLElement {
  const answers = h('div', { class: 'ps-answers', role: 'group', 'aria-labelledby': `name-${product.id}` });
  const quantity = product.quantity ?? 1;
  if (quantity > 1) {
    const select = h('select', { id: `quantity-${product.id}` });
    for (let n = 1; n <= quantity; n++) select.append(h('option', { value: String(n) }, formatNumber(n, LOCALE)));
    answers.append(
      h(
        'div',
        { class: 'field ps-quantity' },
        h('label', { class: 'field-label', for: `quantity-${product.id}` }, 'Quantity'),
        select,
      ),
    );
  }
  const reasons = product.reasonsForReturn ?? [];
  const reason = vanillaSelect(`reason-${product.id}`, 'Reason', 'Choose a reason', reasons);
  let subReason: HTMLElement | undefined;
  reason.select.addEventListener('change', () => {
    subReason?.remove();
    const options = reasons.find((r) => r.id === reason.select.value)?.options ?? [];
    if (options.length === 0) return;
    subReason = vanillaSelect(`sub-${product.id}`, 'What was wrong?', 'Choose one', options).field;
    answers.append(subReason);
  });
  answers.append(reason.field);
  return answers;
}

let vanillaList: { root: ShadowRoot; products: WireProduct[] } | undefined;
let vanillaPicks = 0;

async function pickWithVanilla(): Promise<number> {
  if (!vanillaList) {
    const text = stepText(SELECTION_COUNT);
    const root = renderVanilla(text);
    const { products } = (JSON.parse(text) as WireStep).payload;
    // The footer says what is still missing, as the portal's does (one product at a time here).
    const reason = root.getElementById('confirm-reason') as HTMLElement;
    const says = (missing: string) => (reason.textContent = `To continue: ${missing}`);
    root.querySelectorAll<HTMLInputElement>('input.ps-pick').forEach((box, index) => {
      const card = box.closest('li') as HTMLElement;
      const product = products[index] as WireProduct;
      box.addEventListener('change', () => {
        card.classList.toggle('ps-picked', box.checked);
        if (box.checked) {
          const answers = vanillaAnswers(product);
          answers.addEventListener('change', () => says(`choose a specific reason for ${product.name}`));
          card.append(answers);
          says(`choose a reason for ${product.name}`);
        } else {
          card.querySelector('.ps-answers')?.remove();
          says('choose at least one item to return');
        }
      });
    });
    vanillaList = { root, products };
  }
  const cards = vanillaList.root.querySelectorAll<HTMLElement>('.ps-product');
  check(cards.length === SELECTION_COUNT, `vanilla shows ${SELECTION_COUNT} products`);
  const card = cards[vanillaPicks++ % 50] as HTMLElement;
  const box = card.querySelector<HTMLInputElement>('input.ps-pick') as HTMLInputElement;
  const time = await sample(() => {
    box.click();
    choose(card.querySelectorAll('select')[1] as HTMLSelectElement, PICKED_REASON);
  });
  check(card.querySelectorAll('select').length === 3, 'vanilla shows quantity, reason and sub-reason');
  box.click();
  return time;
}

register(
  {
    id: `pick a product and its reason, ${SELECTION_COUNT} products`,
    description: `tick one product of ${SELECTION_COUNT}, then choose its reason: two updates, laid out`,
    contenders: ['returnkit', 'vanilla'],
    baseline: 'vanilla',
  },
  {
    returnkit: async () => [await pickWithPortal()],
    vanilla: async () => [await pickWithVanilla()],
  },
);
