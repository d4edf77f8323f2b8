import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  OTHER_PRODUCTS_UI,
  returnDetailsView,
} from '../../../../src/components/returns-portal/steps/return-details.js';
import { unknownDetailButtons } from '../../../../src/components/returns-portal/steps/step-issues.js';
import { parseStep, type ReturnDetailsStep } from '../../../../src/protocol/index.js';
import { clone, returnDetailsStep } from '../../../protocol/fixtures.js';
import { cleanupSteps, makeStepContext, renderStep } from '../../../support/step-context.js';
import type { StepContext } from '../../../../src/components/returns-portal/steps/step-view.js';

/** A 1 × 1 PNG: images load without the network. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const LABEL = 'https://returns.northwind-shoes.example/labels/NW-100245.pdf';

type Wire = ReturnType<typeof clone<typeof returnDetailsStep>>;

function parsed(wire: unknown): ReturnDetailsStep {
  const result = parseStep(wire);
  if (!result.ok || result.value.type !== 'return_details')
    throw new Error(`not a return_details step: ${JSON.stringify(result)}`);
  return result.value;
}

/** The fixture (every field) with local images; `edit` changes the wire message first. */
function full(edit: (wire: Wire) => void = () => {}): ReturnDetailsStep {
  const wire = clone(returnDetailsStep);
  const [product] = wire.payload.returnedProducts;
  product.image = PIXEL;
  product.attachments = [PIXEL, PIXEL];
  product.replacementDetails!.image = PIXEL;
  wire.payload.products![0].image = PIXEL;
  edit(wire);
  return parsed(wire);
}

/** Only the required fields. */
function minimal(): ReturnDetailsStep {
  return parsed({
    type: 'return_details',
    nextType: 'product_selection',
    payload: {
      status: 'Awaiting courier',
      orderNumber: 'NW-1',
      orderDate: '2025-03-08',
      returnedProducts: [
        { id: 'p1', name: 'Sock', image: PIXEL, price: { amount: 5, currencyCode: 'gbp' }, returnQuantity: 3 },
      ],
    },
  });
}

function show(step: ReturnDetailsStep, overrides: Partial<StepContext> = {}) {
  const { context, calls } = makeStepContext(overrides);
  const root = renderStep(returnDetailsView.render(step, context), [returnDetailsView.styles!]);
  return { root, calls };
}

const text = (el: Node | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('return_details step view', () => {
  afterEach(cleanupSteps);

  it('renders the status with its stage, the order number and locale-formatted dates (full payload)', async () => {
    const { root } = show(full());
    expect(text(root.querySelector('.rd-status-text'))).to.equal('Label created');
    const stages = [...root.querySelectorAll('.rd-stages li')];
    expect(stages.map((s) => text(s.querySelector('.rd-stage-label')))).to.deep.equal([
      'Return submitted',
      'Return processing',
      'Return received',
    ]);
    expect(stages.map((s) => s.getAttribute('aria-current'))).to.deep.equal(['step', null, null]);
    expect(text(root.querySelector('.rd-order-number'))).to.equal('NW-100245');
    const times = [...root.querySelectorAll('.rd-summary time')];
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2025-03-08T10:15:00',
      '2025-03-11',
      '2025-03-14T09:05:00.000Z',
      '2025-04-09',
    ]);
    expect(times.map((t) => text(t))[0]).to.equal('8 Mar 2025');
    expect(times.map((t) => text(t))[3]).to.equal('9 Apr 2025');
    expect([...root.querySelectorAll('.rd-summary dt')].map(text)).to.deep.equal([
      'Order number',
      'Ordered',
      'Delivered',
      'Return submitted',
      'Return by',
    ]);
    await expect(root.querySelector('.step')).to.be.accessible();
  });

  it('renders each returned product with size, colour, price, quantity, reason, option, replacement and photos', () => {
    const { root } = show(full());
    const product = root.querySelector('.rd-product')!;
    expect(text(product.querySelector('.rd-name'))).to.equal('Trail Runner 2 — Navy');
    expect(product.querySelector('img')!.alt).to.equal('Trail Runner 2 — Navy');
    const body = text(product);
    expect(body).to.contain('Colour: Navy');
    expect(body).to.contain('Size: UK 9');
    expect(text(product.querySelector('.rd-price'))).to.equal('£89.99');
    expect(text(product.querySelector('.rd-quantity'))).to.equal('Returning 1 of 2');
    expect(text(product.querySelector('.rd-reason'))).to.equal('Sole coming apart');
    expect(text(product.querySelector('.rd-option'))).to.equal('Replacement');
    const replacement = product.querySelector('.rd-replacement')!;
    expect(text(replacement)).to.contain('Colour: Forest');
    expect(text(replacement)).to.contain('Size: UK 10');
    expect(replacement.querySelector('img')!.alt).to.equal('Replacement: Trail Runner 2 — Navy');
    const thumbs = [...product.querySelectorAll('.rd-thumb')];
    expect(thumbs.map((t) => t.getAttribute('aria-label'))).to.deep.equal([
      'View photo 1 of 2 larger',
      'View photo 2 of 2 larger',
    ]);
    expect(thumbs.every((t) => t.getAttribute('aria-haspopup') === 'dialog')).to.be.true;
  });

  it('renders a minimal payload: unknown status as given, no stage, no buttons, no other products', async () => {
    const { root } = show(minimal());
    expect(text(root.querySelector('.rd-status-text'))).to.equal('Awaiting courier');
    expect(root.querySelector('.rd-stages')).to.equal(null);
    expect(root.querySelectorAll('.rd-summary time')).to.have.length(1);
    expect(root.querySelector('.rd-actions')).to.equal(null);
    expect(root.querySelector('.rd-other-products')).to.equal(null);
    expect(text(root.querySelector('.rd-quantity'))).to.equal('Returning 3 items');
    expect(root.querySelector('.rd-photos')).to.equal(null);
    // isCancellable absent: the action is shown (D6).
    expect(root.querySelector('.rd-cancel')).not.to.equal(null);
    await expect(root.querySelector('.step')).to.be.accessible();
  });

  it('return_label is a download link opening in a new tab', () => {
    const { root } = show(full());
    const link = root.querySelector<HTMLAnchorElement>('a[data-type="return_label"]')!;
    expect(link.getAttribute('href')).to.equal(LABEL);
    expect(link.hasAttribute('download')).to.be.true;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(text(link)).to.equal('Return label (opens in a new tab)');
    expect(text(link.querySelector('.visually-hidden'))).to.equal('(opens in a new tab)');
  });

  it('return_label without its url falls back to payload.returnLabel; without a button the label is still offered', () => {
    const { root } = show(
      full((wire) => {
        wire.payload.returnLabel = 'https://returns.example/fallback.pdf';
        delete wire.payload.returnDetailButtons![0].url;
      }),
    );
    expect(root.querySelector('a[data-type="return_label"]')!.getAttribute('href')).to.equal(
      'https://returns.example/fallback.pdf',
    );
    cleanupSteps();
    const noButtons = show(
      full((wire) => {
        delete wire.payload.returnDetailButtons;
      }),
    );
    const link = noButtons.root.querySelector('a[data-type="return_label"]')!;
    expect(link.getAttribute('href')).to.equal(LABEL);
    expect(text(link)).to.equal('Download return label (opens in a new tab)');
  });

  it('shipping_info and drop_off_locations execute their step', () => {
    const { root, calls } = show(full());
    root.querySelector<HTMLButtonElement>('button[data-type="shipping_info"]')!.click();
    root.querySelector<HTMLButtonElement>('button[data-type="drop_off_locations"]')!.click();
    expect(calls).to.deep.equal([
      ['openDetail', 'shipping_information'],
      ['openDetail', 'drop_off_locations'],
    ]);
    expect(text(root.querySelector('button[data-type="shipping_info"]'))).to.equal('How to send it back');
  });

  it('an unknown type with a url is a link; without one it is left out and listed', () => {
    const step = full((wire) => {
      wire.payload.returnDetailButtons!.push({ type: 'faq', url: 'https://help.example/returns', text: 'Returns FAQ' });
      wire.payload.returnDetailButtons!.push({ type: 'chat_with_agent', text: 'Talk to us' });
    });
    const { root } = show(step);
    const faq = root.querySelector<HTMLAnchorElement>('a[data-type="faq"]')!;
    expect(faq.getAttribute('href')).to.equal('https://help.example/returns');
    expect(faq.target).to.equal('_blank');
    expect(faq.rel).to.equal('noopener noreferrer');
    expect(faq.hasAttribute('download')).to.be.false;
    expect(text(faq)).to.equal('Returns FAQ (opens in a new tab)');
    expect(root.querySelector('[data-type="chat_with_agent"]')).to.equal(null);
    expect(text(root)).not.to.contain('Talk to us');
    expect(unknownDetailButtons(step)).to.deep.equal([
      {
        path: 'payload.returnDetailButtons[4]',
        message: 'unknown button type "chat_with_agent" without a url: left out',
      },
    ]);
    expect(unknownDetailButtons(full())).to.deep.equal([]);
  });

  it('Cancel return executes cancel_return; hidden when isCancellable is false', () => {
    const { root, calls } = show(full());
    const cancel = root.querySelector<HTMLButtonElement>('.rd-cancel')!;
    expect(text(cancel)).to.equal('Cancel return');
    cancel.click();
    expect(calls).to.deep.equal([['openDetail', 'cancel_return']]);
    cleanupSteps();
    const hidden = show(full((wire) => (wire.payload.isCancellable = false)));
    expect(hidden.root.querySelector('.rd-cancel')).to.equal(null);
  });

  it('detail and cancel buttons do nothing while busy', () => {
    const { root, calls } = show(full(), { busy: true });
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-type], .rd-cancel')];
    expect(buttons).to.have.length(3);
    for (const button of buttons) {
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      button.click();
    }
    expect(calls).to.deep.equal([]);
  });

  it('the order’s other products are a collapsed disclosure toggled through toggleUi', async () => {
    const { root, calls } = show(full());
    const toggle = root.querySelector<HTMLButtonElement>('.rd-disclosure')!;
    expect(text(toggle)).to.equal('Other item in your order (1)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const list = root.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(list.hidden).to.be.true;
    toggle.click();
    expect(calls).to.deep.equal([['toggleUi', OTHER_PRODUCTS_UI]]);
    cleanupSteps();

    const open = show(full(), { ui: new Set([OTHER_PRODUCTS_UI]) });
    const expanded = open.root.querySelector('.rd-disclosure')!;
    expect(expanded.getAttribute('aria-expanded')).to.equal('true');
    const shown = open.root.getElementById('rd-other-list')!;
    expect(shown.hidden).to.be.false;
    expect(text(shown)).to.contain('Everyday Support Bra');
    expect(text(shown)).to.contain('£32.00');
    expect(text(shown)).to.contain('Quantity: 1');
    await expect(open.root.querySelector('.step')).to.be.accessible();
  });

  it('fits a 280 px panel', () => {
    const { root } = show(full(), { ui: new Set([OTHER_PRODUCTS_UI]) });
    const step = root.querySelector<HTMLElement>('.step')!;
    (root.host as HTMLElement).style.inlineSize = '280px';
    expect(step.scrollWidth).to.be.at.most(step.clientWidth);
    expect(root.querySelector<HTMLElement>('.rd-actions')!.getBoundingClientRect().width).to.be.at.most(280);
  });

  describe('photo dialog', () => {
    it('a thumbnail opens its photo in a modal dialog; Escape closes it and focus returns', async () => {
      const { root } = show(full());
      const thumb = root.querySelector<HTMLButtonElement>('.rd-thumb')!;
      const dialog = root.getElementById(thumb.getAttribute('aria-controls')!) as HTMLDialogElement;
      expect(dialog.open).to.be.false;
      thumb.focus();
      thumb.click();
      expect(dialog.open).to.be.true;
      expect(dialog.matches(':modal')).to.be.true;
      expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal('Photo 1 of 2');
      expect(dialog.querySelector<HTMLImageElement>('.rd-photo-large')!.alt).to.equal(
        'Photo 1 of 2 of Trail Runner 2 — Navy',
      );
      expect(dialog.contains(root.activeElement)).to.be.true;
      await expect(root.querySelector('.step')).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await new Promise((resolve) => setTimeout(resolve));
      expect(dialog.open).to.be.false;
      expect(root.activeElement === thumb, 'focus is back on the thumbnail').to.be.true;
    });

    it('the close button closes it and focus returns', async () => {
      const { root } = show(full());
      const thumb = root.querySelectorAll<HTMLButtonElement>('.rd-thumb')[1];
      thumb.focus();
      thumb.click();
      const dialog = root.getElementById('rd-photo-0-1-dialog') as HTMLDialogElement;
      expect(dialog.open).to.be.true;
      const close = dialog.querySelector<HTMLButtonElement>('.rd-dialog-close')!;
      expect(text(close)).to.equal('Close');
      close.click();
      await new Promise((resolve) => setTimeout(resolve));
      expect(dialog.open).to.be.false;
      expect(root.activeElement === thumb, 'focus is back on the thumbnail').to.be.true;
    });
  });
});
