import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { importantInformationView } from '../../../../src/components/returns-portal/steps/important-information.js';
import type { ProductInfo, StepContext } from '../../../../src/components/returns-portal/steps/step-view.js';
import {
  parseStep,
  type Draft,
  type ImportantInformationStep,
  type SelectedProduct,
} from '../../../../src/protocol/index.js';
import { clone, importantInformationStep, type DeepMutable } from '../../../protocol/fixtures.js';
import { okResult } from '../../../protocol/helpers.js';
import { cleanupSteps, makeStepContext, renderStep } from '../../../support/step-context.js';

/** A 1 × 1 PNG: images load without the network. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

type Wire = DeepMutable<typeof importantInformationStep>;
type WireCategory = Wire['payload']['categories'][number];

/** The fixture with local images, optionally edited, validated as the portal would. */
function step(edit: (wire: Wire) => void = () => {}): ImportantInformationStep {
  const wire = clone(importantInformationStep);
  for (const category of wire.payload.categories)
    for (const product of category.products ?? []) if (product.image) product.image = PIXEL;
  edit(wire);
  return okResult(parseStep(wire)).value as ImportantInformationStep;
}

/** A step with just these categories and no acknowledgement. */
function stepWith(categories: WireCategory[]): ImportantInformationStep {
  return step((wire) => {
    wire.payload.categories = categories;
    delete wire.payload.acknowledgementText;
  });
}

const selector = (extra: Partial<NonNullable<WireCategory['quantitySelector']>> = {}) => ({
  isEnabled: true,
  ...extra,
});

const selected = (entries: SelectedProduct[], more: Draft = {}): Draft => ({ selected_products: entries, ...more });
const p1Selected = selected([{ id: 'p1', quantity: 2 }]);

function show(s: ImportantInformationStep, overrides: Partial<StepContext> = {}) {
  const { context, calls } = makeStepContext({ answers: p1Selected, ...overrides });
  const root = renderStep(importantInformationView.render(s, context), [importantInformationView.styles!]);
  return { root, context, calls };
}

const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const quantityInputs = (root: ParentNode) => [...root.querySelectorAll<HTMLInputElement>('input[type=number]')];
const categories = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('.ii-category')];
const idrefText = (root: ShadowRoot, ids: string | null) =>
  (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(root.getElementById(id)))
    .join(' ');

function typeInto(input: HTMLInputElement, value: string, event: 'input' | 'change') {
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
}

describe('important_information view', () => {
  afterEach(cleanupSteps);

  describe('rendering', () => {
    it('renders every category of the full fixture with its products', () => {
      const { root } = show(step());
      const sections = categories(root);
      expect(sections.map((s) => text(s.querySelector('h3')))).to.deep.equal([
        'Unopened items',
        'Pack your items',
        'Keep these',
      ]);
      expect(text(sections[0])).to.contain('Tell us how many are still sealed.');
      expect(text(sections[2])).to.contain('The free socks are yours to keep.');
      expect(sections[0]!.getAttribute('aria-labelledby')).to.equal(sections[0]!.querySelector('h3')!.id);
      const packed = [...sections[1]!.querySelectorAll('.ii-product-name')].map(text);
      expect(packed).to.deep.equal(['Trail Runner 2 — Navy', 'p2']);
      expect(sections[0]!.querySelector<HTMLImageElement>('.ii-product img')!.src).to.equal(PIXEL);
      expect(text(sections[0]!.querySelector('.ii-product .muted'))).to.equal('Returning 2 items');
    });

    it('renders a minimal step', () => {
      const s = okResult(
        parseStep({
          type: 'important_information',
          nextType: 'shipping_information',
          payload: { confirmButtonText: 'Continue', categories: [{ type: 'pack_items' }] },
        }),
      ).value as ImportantInformationStep;
      const { root, context } = show(s);
      expect(text(root.querySelector('.ii-category h3'))).to.equal('Pack these items');
      expect(root.querySelector('input')).to.be.null;
      expect(importantInformationView.problems!(s, context)).to.deep.equal([]);
    });

    it('titles known categories without a title and shows unknown categories as given', () => {
      const { root } = show(
        stepWith([
          { type: 'unopened_items' },
          { type: 'keep_items' },
          { type: 'gift_items', title: 'Gifts', description: 'Gift boxes go back separately.' },
          { type: 'mystery', description: 'Only a description.' },
        ]),
      );
      const sections = categories(root);
      expect(sections.map((s) => text(s.querySelector('h3')))).to.deep.equal([
        'Unopened items',
        'Keep these items',
        'Gifts',
        '',
      ]);
      expect(text(sections[2])).to.contain('Gift boxes go back separately.');
      expect(text(sections[3])).to.equal('Only a description.');
      expect(sections[3]!.hasAttribute('aria-labelledby')).to.be.false;
    });

    it('names products from the products known on the journey (D10)', () => {
      const products = new Map<string, ProductInfo>([
        ['p2', { id: 'p2', name: 'Everyday Support Bra', image: PIXEL, quantity: 1 }],
      ]);
      const { root } = show(step(), { products });
      expect([...categories(root)[1]!.querySelectorAll('.ii-product-name')].map(text)).to.deep.equal([
        'Trail Runner 2 — Navy',
        'Everyday Support Bra',
      ]);
    });

    it('shows an unknown product by its id, with an image placeholder (D10)', () => {
      const { root } = show(step());
      const p2 = categories(root)[1]!.querySelectorAll('.ii-product')[1]!;
      expect(text(p2.querySelector('.ii-product-name'))).to.equal('p2');
      expect(p2.querySelector('.image-frame')!.classList.contains('broken')).to.be.true;
      expect(p2.querySelector('.image-placeholder')!.hasAttribute('role'), 'decorative: the name is beside it').to.be
        .false;
    });
  });

  describe('quantity selectors (D11)', () => {
    it('shows one labelled input per selected product, with title, label and note', () => {
      const { root } = show(step());
      const inputs = quantityInputs(root);
      expect(inputs).to.have.length(1);
      const input = inputs[0]!;
      expect(input.id).to.equal('ii-p1-quantity');
      expect(categories(root)[0]!.contains(input)).to.be.true;
      expect(idrefText(root, input.getAttribute('aria-labelledby'))).to.equal('Unopened Trail Runner 2 — Navy');
      expect(root.querySelector(`label[for="${input.id}"]`)).to.exist;
      expect(text(root.querySelector('.ii-quantity-title'))).to.equal('How many are unopened?');
      expect(idrefText(root, input.getAttribute('aria-describedby'))).to.equal(
        'From 0 to 2 Opened items may be refunded at a reduced value.',
      );
    });

    it('is only for selected products', () => {
      const s = stepWith([
        { type: 'unopened_items', products: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }], quantitySelector: selector() },
      ]);
      const { root } = show(s, {
        answers: selected([
          { id: 'p3', quantity: 1 },
          { id: 'p1', quantity: 2 },
        ]),
      });
      expect(quantityInputs(root).map((i) => i.id)).to.deep.equal(['ii-p1-quantity', 'ii-p3-quantity']);
      expect(show(s, { answers: {} }).root.querySelector('input')).to.be.null;
    });

    it('is shown only in the first category that lists the product', () => {
      const s = stepWith([
        { type: 'pack_items', products: [{ id: 'p1' }] },
        {
          type: 'unopened_items',
          title: 'First',
          products: [{ id: 'p1' }],
          quantitySelector: selector({ title: 'A' }),
        },
        {
          type: 'unopened_items',
          title: 'Second',
          products: [{ id: 'p1' }, { id: 'p2' }],
          quantitySelector: selector({ title: 'B' }),
        },
      ]);
      const { root } = show(s, {
        answers: selected([
          { id: 'p1', quantity: 2 },
          { id: 'p2', quantity: 1 },
        ]),
      });
      const [pack, first, second] = categories(root);
      expect(quantityInputs(pack!)).to.have.length(0);
      expect(quantityInputs(first!).map((i) => i.id)).to.deep.equal(['ii-p1-quantity']);
      expect(quantityInputs(second!).map((i) => i.id)).to.deep.equal(['ii-p2-quantity']);
      expect(quantityInputs(root)).to.have.length(2);
      expect(text(second!.querySelector('.ii-quantity-title'))).to.equal('B');
    });

    it('is hidden when the selector is not enabled', () => {
      const s = step((wire) => (wire.payload.categories[0]!.quantitySelector!.isEnabled = false));
      const { root, context } = show(s, { answers: selected([{ id: 'p1', quantity: 1 }], { acknowledged: true }) });
      expect(quantityInputs(root)).to.have.length(0);
      expect(root.querySelector('.ii-quantity-title')).to.be.null;
      expect(text(root)).not.to.contain('Opened items may be refunded');
      expect(importantInformationView.problems!(s, context)).to.deep.equal([]);
    });

    it('defaults to the selected quantity without calling anything', () => {
      const { root, calls } = show(step(), { answers: selected([{ id: 'p1', quantity: 2 }]) });
      expect(quantityInputs(root)[0]!.value).to.equal('2');
      expect(calls).to.deep.equal([]);
    });

    it('shows the value in the answers', () => {
      const { root } = show(step(), {
        answers: selected([{ id: 'p1', quantity: 2 }], { unopened_quantities: { p1: 1 } }),
      });
      expect(quantityInputs(root)[0]!.value).to.equal('1');
    });

    it('goes from 0 to the selected quantity, else the product quantity, else 99', () => {
      const max = (answers: Draft, products = new Map<string, ProductInfo>(), s = step()) => {
        const input = quantityInputs(show(s, { answers, products }).root)[0]!;
        expect(input.min).to.equal('0');
        return input.max;
      };
      expect(max(selected([{ id: 'p1', quantity: 2 }]))).to.equal('2');
      // A draft entry without its quantity (restored from elsewhere): the product's quantity.
      const noQuantity = selected([{ id: 'p1' } as SelectedProduct]);
      expect(max(noQuantity, new Map([['p1', { id: 'p1', name: 'P', image: null, quantity: 5 }]]))).to.equal('5');
      expect(max(noQuantity)).to.equal('2'); // the step's own D10 quantity
      const unknown = step((wire) => delete wire.payload.categories[0]!.products![0]!.quantity);
      expect(max(noQuantity, new Map(), unknown)).to.equal('99');
      expect(quantityInputs(show(unknown, { answers: noQuantity }).root)[0]!.value).to.equal('99');
    });

    it('reports a typed quantity', () => {
      const { root, calls } = show(step());
      typeInto(quantityInputs(root)[0]!, '1', 'input');
      expect(calls).to.deep.equal([['setUnopenedQuantity', 'p1', 1]]);
    });

    it('is keyboard operable with the arrow keys', async () => {
      const { root, calls } = show(step());
      quantityInputs(root)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(calls[0]).to.deep.equal(['setUnopenedQuantity', 'p1', 1]);
    });

    it('keeps the nearest allowed value when the shopper leaves the field out of range', () => {
      const { root, calls } = show(step(), {
        answers: selected([{ id: 'p1', quantity: 2 }], { unopened_quantities: { p1: 1 } }),
      });
      const input = quantityInputs(root)[0]!;
      typeInto(input, '7', 'input');
      expect(calls).to.deep.equal([]); // still typing
      typeInto(input, '7', 'change');
      expect(calls).to.deep.equal([['setUnopenedQuantity', 'p1', 2]]);
      expect(input.value).to.equal('2');
      typeInto(input, '', 'change');
      expect(input.value).to.equal('1');
      expect(calls).to.have.length(1);
    });

    it('shows the message of an invalid quantity and blocks confirmation', () => {
      const answers = selected([{ id: 'p1', quantity: 2 }], { acknowledged: true, unopened_quantities: { p1: 0 } });
      const { root, context } = show(step(), { answers });
      const input = quantityInputs(root)[0]!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(idrefText(root, input.getAttribute('aria-describedby'))).to.contain(
        'Opened shoes cannot be returned for a full refund.',
      );
      expect(text(root.querySelector('.field-error'))).to.equal('Opened shoes cannot be returned for a full refund.');
      const problems = importantInformationView.problems!(step(), context);
      expect(problems).to.deep.equal([
        { fieldId: 'ii-p1-quantity', message: 'change the unopened quantity of Trail Runner 2 — Navy' },
      ]);
      expect(root.getElementById(problems[0]!.fieldId)).to.equal(input);
    });

    it('checks the default value against the invalid quantities too', () => {
      const s = step((wire) => (wire.payload.categories[0]!.quantitySelector!.invalidQuantities = { '2': 'Not two.' }));
      const { root, context } = show(s, { answers: selected([{ id: 'p1', quantity: 2 }], { acknowledged: true }) });
      expect(text(root.querySelector('.field-error'))).to.equal('Not two.');
      expect(importantInformationView.problems!(s, context).map((p) => p.fieldId)).to.deep.equal(['ii-p1-quantity']);
    });

    it('accepts a value that is not listed as invalid', () => {
      const answers = selected([{ id: 'p1', quantity: 2 }], { acknowledged: true, unopened_quantities: { p1: 1 } });
      const { root, context } = show(step(), { answers });
      expect(quantityInputs(root)[0]!.getAttribute('aria-invalid')).to.equal('false');
      expect(root.querySelector('.field-error')).to.be.null;
      expect(importantInformationView.problems!(step(), context)).to.deep.equal([]);
    });
  });

  describe('acknowledgement', () => {
    const checkbox = (root: ShadowRoot) => root.querySelector<HTMLInputElement>('input[type=checkbox]')!;

    it('is a required checkbox labelled with the text', () => {
      const { root } = show(step());
      const box = checkbox(root);
      expect(box.id).to.equal('ii-acknowledged');
      expect(box.required).to.be.true;
      expect(box.checked).to.be.false;
      expect(text(box.closest('label'))).to.equal('I confirm the items are unworn and in their original packaging.');
    });

    it('reports ticking and unticking', () => {
      const unticked = show(step());
      checkbox(unticked.root).click();
      expect(unticked.calls).to.deep.equal([['setAcknowledged', true]]);
      const ticked = show(step(), { answers: selected([{ id: 'p1', quantity: 2 }], { acknowledged: true }) });
      expect(checkbox(ticked.root).checked).to.be.true;
      checkbox(ticked.root).click();
      expect(ticked.calls).to.deep.equal([['setAcknowledged', false]]);
    });

    it('is keyboard operable', async () => {
      const { root, calls } = show(step());
      checkbox(root).focus();
      await sendKeys({ press: 'Space' });
      expect(calls).to.deep.equal([['setAcknowledged', true]]);
    });

    it('blocks confirmation until ticked', () => {
      const { root, context } = show(step());
      const problems = importantInformationView.problems!(step(), context);
      expect(problems).to.deep.equal([{ fieldId: 'ii-acknowledged', message: 'tick the confirmation box' }]);
      expect(root.getElementById('ii-acknowledged')).to.equal(checkbox(root));
      const ready = show(step(), { answers: selected([{ id: 'p1', quantity: 2 }], { acknowledged: true }) });
      expect(importantInformationView.problems!(step(), ready.context)).to.deep.equal([]);
    });

    it('shows its error once problems are shown', () => {
      const quiet = show(step()).root;
      expect(quiet.querySelector('.field-error')).to.be.null;
      expect(checkbox(quiet).getAttribute('aria-invalid')).to.equal('false');
      const { root } = show(step(), { showProblems: true });
      expect(checkbox(root).getAttribute('aria-invalid')).to.equal('true');
      expect(idrefText(root, checkbox(root).getAttribute('aria-describedby'))).to.equal('Tick this box to continue.');
    });

    it('is absent without acknowledgement text', () => {
      const s = step((wire) => delete wire.payload.acknowledgementText);
      const { root, context } = show(s);
      expect(root.querySelector('input[type=checkbox]')).to.be.null;
      expect(importantInformationView.problems!(s, context)).to.deep.equal([]);
    });
  });

  describe('problems', () => {
    it('lists every problem in visual order, each pointing at a rendered field', () => {
      const s = stepWith([
        {
          type: 'unopened_items',
          products: [{ id: 'b' }, { id: 'a' }],
          quantitySelector: selector({ invalidQuantities: { '1': 'No.' } }),
        },
      ]);
      const withAck = step((wire) => {
        wire.payload.categories = [
          {
            type: 'unopened_items',
            products: [{ id: 'b' }, { id: 'a' }],
            quantitySelector: selector({ invalidQuantities: { '1': 'No.' } }),
          },
        ];
      });
      const answers = selected([
        { id: 'a', quantity: 1 },
        { id: 'b', quantity: 1 },
      ]);
      const { root, context } = show(withAck, { answers, showProblems: true });
      const problems = importantInformationView.problems!(withAck, context);
      expect(problems).to.deep.equal([
        { fieldId: 'ii-b-quantity', message: 'change the unopened quantity of b' },
        { fieldId: 'ii-a-quantity', message: 'change the unopened quantity of a' },
        { fieldId: 'ii-acknowledged', message: 'tick the confirmation box' },
      ]);
      for (const problem of problems) {
        const target = root.getElementById(problem.fieldId)!;
        target.focus();
        expect(root.activeElement).to.equal(target);
      }
      expect(importantInformationView.problems!(s, makeStepContext({ answers }).context)).to.have.length(2);
    });
  });

  describe('accessibility', () => {
    it('is accessible', async () => {
      const { root } = show(step(), {
        answers: selected([
          { id: 'p1', quantity: 2 },
          { id: 'p2', quantity: 1 },
        ]),
      });
      await expect(root.querySelector('.step')).to.be.accessible();
    });

    it('is accessible with problems shown', async () => {
      const { root } = show(step(), {
        showProblems: true,
        answers: selected([{ id: 'p1', quantity: 2 }], { unopened_quantities: { p1: 0 } }),
      });
      expect(root.querySelectorAll('.field-error')).to.have.length(2);
      await expect(root.querySelector('.step')).to.be.accessible();
    });

    it('fits a 280 px panel without horizontal scrolling', () => {
      const { root } = show(step());
      const host = root.host as HTMLElement;
      host.style.setProperty('inline-size', '280px');
      host.style.setProperty('display', 'block');
      const container = root.querySelector<HTMLElement>('.step')!;
      expect(container.scrollWidth).to.be.at.most(container.clientWidth);
    });
  });
});
