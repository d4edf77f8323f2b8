import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { returnOptionsView } from '../../../../src/components/returns-portal/steps/return-options.js';
import type { ProductInfo, StepContext } from '../../../../src/components/returns-portal/steps/step-view.js';
import { Localizer } from '../../../../src/i18n/localizer.js';
import { returnsPortalEnglish } from '../../../../src/i18n/en/returns-portal.js';
import { returnOptionsEnglish } from '../../../../src/i18n/en/portal-steps.js';
import { parseStep, type Draft, type ReturnOptionsStep } from '../../../../src/protocol/index.js';
import { clone, returnOptionsStep, type DeepMutable } from '../../../protocol/fixtures.js';
import { okResult } from '../../../protocol/helpers.js';
import { cleanupSteps, makeStepContext, renderStep } from '../../../support/step-context.js';

// The English this view's localizer has in the portal: the portal's and the view's own.
const english = { ...returnsPortalEnglish, ...returnOptionsEnglish };

/** A 1 × 1 PNG: images load without the network. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

type Wire = DeepMutable<typeof returnOptionsStep>;

/** The fixture with local images, optionally edited, validated as the portal would. */
function step(edit: (wire: Wire) => void = () => {}): ReturnOptionsStep {
  const wire = clone(returnOptionsStep);
  for (const product of wire.payload.products) {
    if (product.image) product.image = PIXEL;
    for (const colour of product.replacementSelector?.colours ?? []) if (colour.image) colour.image = PIXEL;
  }
  edit(wire);
  return okResult(parseStep(wire)).value as ReturnOptionsStep;
}

/** Only what is required: one product, one option. */
function minimalStep(): ReturnOptionsStep {
  return okResult(
    parseStep({
      type: 'return_options',
      nextType: 'shipping_information',
      payload: {
        confirmButtonText: 'Continue',
        products: [{ id: 'p9', returnOptions: [{ type: 'refund', text: 'Refund' }] }],
      },
    }),
  ).value as ReturnOptionsStep;
}

const selected = (entries: Draft['selected_products']): Draft => ({ selected_products: entries });
const bothSelected = selected([
  { id: 'p1', quantity: 2 },
  { id: 'p2', quantity: 1 },
]);

function show(s: ReturnOptionsStep, overrides: Partial<StepContext> = {}) {
  const { context, calls } = makeStepContext({ answers: bothSelected, ...overrides });
  const root = renderStep(returnOptionsView.render(s, context), [returnOptionsView.styles!]);
  return { root, context, calls };
}

const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const radios = (root: ParentNode, name: string) => [
  ...root.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`),
];
/** The text of the elements an id list points to. */
const idrefText = (root: ShadowRoot, ids: string | null) =>
  (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(root.getElementById(id)))
    .join(' ');

describe('return_options view', () => {
  afterEach(cleanupSteps);

  describe('rendering', () => {
    it('renders every product of the full fixture as a labelled radio group', () => {
      const { root } = show(step());
      const groups = [...root.querySelectorAll('fieldset[role=radiogroup]')];
      expect(groups).to.have.length(2);
      expect(idrefText(root, groups[0]!.getAttribute('aria-labelledby'))).to.equal('Trail Runner 2 — Navy');
      expect(groups[0]!.querySelector('legend')).to.exist;
      expect(radios(root, 'ro-p1-option').map((r) => r.value)).to.deep.equal(['refund', 'replacement', 'store_credit']);
      expect(text(root.querySelector('.ro-product'))).to.contain('To your original payment method within 5 days.');
      const refund = radios(root, 'ro-p1-option')[0]!;
      expect(idrefText(root, refund.getAttribute('aria-labelledby'))).to.equal('Refund');
      expect(idrefText(root, refund.getAttribute('aria-describedby'))).to.equal(
        'To your original payment method within 5 days.',
      );
      expect(root.querySelector<HTMLImageElement>('.ro-product img')!.src).to.equal(PIXEL);
    });

    it('renders a minimal step', () => {
      const { root } = show(minimalStep(), { answers: selected([{ id: 'p9', quantity: 1 }]) });
      expect(radios(root, 'ro-p9-option')).to.have.length(1);
      expect(text(root.querySelector('.ro-product'))).to.contain('Refund');
      expect(root.querySelector('.ro-delivery')).to.be.null;
      expect(root.querySelector('.ro-replacement')).to.be.null;
      expect(root.querySelector('.ro-bonus')).to.be.null;
    });

    it('shows how many units are returned, with plural forms', () => {
      const { root } = show(step());
      const counts = [...root.querySelectorAll('.ro-product-text .muted')].map(text);
      expect(counts).to.deep.equal(['Returning 2 items', 'Returning 1 item']);
    });

    it('names products from the products known on the journey (D10)', () => {
      const products = new Map<string, ProductInfo>([
        ['p2', { id: 'p2', name: 'Everyday Support Bra', image: PIXEL, quantity: 1 }],
      ]);
      const { root } = show(step(), { products });
      const names = [...root.querySelectorAll('.ro-product-name')].map(text);
      expect(names).to.deep.equal(['Trail Runner 2 — Navy', 'Everyday Support Bra']);
      expect(root.querySelectorAll('.ro-product')[1]!.querySelector('img')).to.exist;
    });

    it('shows an unknown product by its id, with an image placeholder (D10)', () => {
      const { root } = show(minimalStep(), { answers: selected([{ id: 'p9', quantity: 1 }]) });
      expect(text(root.querySelector('.ro-product-name'))).to.equal('p9');
      const frame = root.querySelector('.ro-product .image-frame')!;
      expect(frame.classList.contains('broken')).to.be.true;
      expect(frame.querySelector('img')).to.be.null;
      // Decorative (the name is beside it): the placeholder is silent, with a tooltip.
      expect(frame.querySelector('[role=img]')).to.equal(null);
      expect(frame.querySelector('.image-placeholder')!.getAttribute('title')).to.equal('Image unavailable');
    });

    it('checks the option in the answers', () => {
      const { root } = show(step(), { answers: selected([{ id: 'p1', quantity: 2, return_option: 'refund' }]) });
      expect(radios(root, 'ro-p1-option').map((r) => r.checked)).to.deep.equal([true, false, false]);
      expect(radios(root, 'ro-p2-option').map((r) => r.checked)).to.deep.equal([false]);
    });

    it('makes ids safe and unique for any product id', () => {
      const s = step((wire) => {
        wire.payload.products[0]!.id = 'a b"c';
        wire.payload.products[1]!.id = 'a_b"c';
      });
      const { root, context } = show(s, { answers: {} });
      const ids = [...root.querySelectorAll('[id]')].map((el) => el.id);
      expect(new Set(ids).size).to.equal(ids.length);
      for (const id of ids) expect(id).to.match(/^[A-Za-z0-9_-]+$/);
      for (const problem of returnOptionsView.problems!(s, context))
        expect(root.getElementById(problem.fieldId)).to.exist;
    });
  });

  describe('actions', () => {
    it('chooses an option when its radio is clicked', () => {
      const { root, calls } = show(step());
      radios(root, 'ro-p1-option')[0]!.click();
      radios(root, 'ro-p2-option')[0]!.click();
      expect(calls).to.deep.equal([
        ['setReturnOption', 'p1', 'refund'],
        ['setReturnOption', 'p2', 'refund'],
      ]);
    });

    it('chooses an option when its description is clicked (the whole card is the label)', () => {
      const { root, calls } = show(step());
      const description = [...root.querySelectorAll<HTMLElement>('.ro-option .muted')].find(
        (el) => text(el) === 'Another size or colour, free of charge.',
      )!;
      description.click();
      expect(calls).to.deep.equal([['setReturnOption', 'p1', 'replacement']]);
    });

    it('is keyboard operable: arrow keys move between options', async () => {
      const { root, calls } = show(step(), { answers: selected([{ id: 'p1', quantity: 2, return_option: 'refund' }]) });
      radios(root, 'ro-p1-option')[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(calls).to.deep.equal([['setReturnOption', 'p1', 'replacement']]);
    });

    it('disables an unavailable option and links its reason', () => {
      const { root, calls } = show(step());
      const credit = radios(root, 'ro-p1-option')[2]!;
      expect(credit.disabled).to.be.true;
      expect(text(root.querySelector('.ro-reason'))).to.equal('Store credit is not available for sale items.');
      expect(idrefText(root, credit.getAttribute('aria-describedby'))).to.contain(
        'Store credit is not available for sale items.',
      );
      credit.click();
      credit.closest('label')!.click();
      expect(calls).to.deep.equal([]);
    });

    it('picks a replacement colour, then a size of that colour', () => {
      const { root, calls } = show(step(), {
        answers: selected([{ id: 'p1', quantity: 2, return_option: 'replacement', replacement: { colour: 'Navy' } }]),
      });
      radios(root, 'ro-p1-colour')[1]!.click();
      radios(root, 'ro-p1-size')[2]!.click();
      expect(calls).to.deep.equal([
        ['setReplacement', 'p1', { colour: 'Forest' }],
        ['setReplacement', 'p1', { colour: 'Navy', size: 'UK 10' }],
      ]);
    });
  });

  describe('store credit bonus', () => {
    it('shows the bonus formatted in en-GB and names the option with it', () => {
      const { root } = show(step());
      expect(text(root.querySelector('.ro-bonus'))).to.equal('+ £5.00 bonus credit');
      const credit = radios(root, 'ro-p1-option')[2]!;
      expect(idrefText(root, credit.getAttribute('aria-labelledby'))).to.equal('Store credit + £5.00 bonus credit');
    });

    it('formats the bonus in de-DE', () => {
      const { root } = show(step(), { l: new Localizer(english, 'de-DE') });
      const expected = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'GBP' }).format(5);
      expect(expected).to.match(/^5,00\s£$/);
      expect(root.querySelector('.ro-bonus')!.textContent).to.equal(`+ ${expected} bonus credit`);
    });

    it('is only on the store credit option, and only when the payload has one', () => {
      expect(show(step()).root.querySelectorAll('.ro-bonus')).to.have.length(1);
      const without = show(step((wire) => delete wire.payload.additionalStoreCredit)).root;
      expect(without.querySelector('.ro-bonus')).to.be.null;
    });
  });

  describe('replacement pickers', () => {
    const replacing = (replacement?: { colour?: string; size?: string }) =>
      selected([{ id: 'p1', quantity: 2, return_option: 'replacement', ...(replacement ? { replacement } : {}) }]);

    it('are hidden until replacement is chosen', () => {
      const { root } = show(step(), { answers: selected([{ id: 'p1', quantity: 2, return_option: 'refund' }]) });
      expect(root.querySelector('.ro-replacement')).to.be.null;
    });

    it('show the colours with swatches, and no sizes before a colour', () => {
      const { root } = show(step(), { answers: replacing() });
      const colours = radios(root, 'ro-p1-colour');
      expect(colours.map((r) => r.value)).to.deep.equal(['Navy', 'Forest']);
      expect(colours.map((r) => idrefText(root, r.getAttribute('aria-labelledby')))).to.deep.equal(['Navy', 'Forest']);
      expect(root.querySelectorAll('.ro-swatch img')).to.have.length(2);
      expect(radios(root, 'ro-p1-size')).to.have.length(0);
    });

    it('show the sizes of the chosen colour; a disabled size is marked and not selectable', () => {
      const { root, calls } = show(step(), { answers: replacing({ colour: 'Navy' }) });
      const sizes = radios(root, 'ro-p1-size');
      expect(sizes.map((r) => r.value)).to.deep.equal(['UK 8', 'UK 9', 'UK 10']);
      expect(sizes.map((r) => r.disabled)).to.deep.equal([false, true, false]);
      expect(text(sizes[1]!.closest('label'))).to.equal('UK 9 Unavailable');
      sizes[1]!.click();
      sizes[1]!.closest('label')!.click();
      expect(sizes[1]!.checked).to.be.false;
      expect(calls).to.deep.equal([]);
      const forest = show(step(), { answers: replacing({ colour: 'Forest' }) }).root;
      expect(radios(forest, 'ro-p1-size').map((r) => r.value)).to.deep.equal(['UK 9', 'UK 10']);
    });

    it('check the chosen colour and size', () => {
      const { root } = show(step(), { answers: replacing({ colour: 'Navy', size: 'UK 10' }) });
      expect(radios(root, 'ro-p1-colour').map((r) => r.checked)).to.deep.equal([true, false]);
      expect(radios(root, 'ro-p1-size').map((r) => r.checked)).to.deep.equal([false, false, true]);
    });

    it('are not shown when the selector is disabled', () => {
      const s = step((wire) => (wire.payload.products[0]!.replacementSelector!.isEnabled = false));
      const { root, context } = show(s, { answers: replacing() });
      expect(root.querySelector('.ro-replacement')).to.be.null;
      expect(returnOptionsView.problems!(s, context)).to.deep.equal([
        { fieldId: 'ro-p2-option', message: 'choose how to return p2' },
      ]);
    });

    it('say so when a colour has no size left', () => {
      const s = step((wire) => {
        wire.payload.products[0]!.replacementSelector!.colours[0]!.sizes = [{ value: 'UK 9', disabled: true }];
      });
      const { root, context } = show(s, { answers: replacing({ colour: 'Navy' }) });
      expect(text(root)).to.contain('No sizes are available in this colour.');
      const problem = returnOptionsView.problems!(s, context)[0]!;
      expect(problem).to.deep.equal({
        fieldId: 'ro-p1-size',
        message: 'choose a replacement size for Trail Runner 2 — Navy',
      });
      const target = root.getElementById(problem.fieldId)!;
      target.focus();
      expect(root.activeElement).to.equal(target);
    });
  });

  describe('problems', () => {
    const problemsFor = (s: ReturnOptionsStep, answers: Draft) => {
      const { root, context } = show(s, { answers });
      const problems = returnOptionsView.problems!(s, context);
      for (const problem of problems) {
        const target = root.getElementById(problem.fieldId);
        expect(target, problem.fieldId).to.exist;
        (target as HTMLElement).focus();
        expect(root.activeElement, `${problem.fieldId} takes focus`).to.equal(target);
      }
      return problems;
    };

    it('asks for an option for every product, in visual order', () => {
      expect(problemsFor(step(), bothSelected)).to.deep.equal([
        { fieldId: 'ro-p1-option', message: 'choose how to return Trail Runner 2 — Navy' },
        { fieldId: 'ro-p2-option', message: 'choose how to return p2' },
      ]);
    });

    it('does not count an unavailable or unknown option as chosen', () => {
      expect(
        problemsFor(
          step(),
          selected([
            { id: 'p1', quantity: 2, return_option: 'store_credit' },
            { id: 'p2', quantity: 1, return_option: 'exchange' },
          ]),
        ).map((p) => p.fieldId),
      ).to.deep.equal(['ro-p1-option', 'ro-p2-option']);
    });

    it('asks for a colour, then an available size, of a replacement', () => {
      const answers = (replacement?: { colour?: string; size?: string }) =>
        selected([
          { id: 'p1', quantity: 2, return_option: 'replacement', ...(replacement ? { replacement } : {}) },
          { id: 'p2', quantity: 1, return_option: 'refund' },
        ]);
      expect(problemsFor(step(), answers())).to.deep.equal([
        { fieldId: 'ro-p1-colour', message: 'choose a replacement colour for Trail Runner 2 — Navy' },
      ]);
      expect(problemsFor(step(), answers({ colour: 'Beige' })).map((p) => p.fieldId)).to.deep.equal(['ro-p1-colour']);
      expect(problemsFor(step(), answers({ colour: 'Navy' }))).to.deep.equal([
        { fieldId: 'ro-p1-size', message: 'choose a replacement size for Trail Runner 2 — Navy' },
      ]);
      expect(problemsFor(step(), answers({ colour: 'Navy', size: 'UK 9' })).map((p) => p.fieldId)).to.deep.equal([
        'ro-p1-size',
      ]);
      expect(problemsFor(step(), answers({ colour: 'Forest', size: 'UK 8' })).map((p) => p.fieldId)).to.deep.equal([
        'ro-p1-size',
      ]);
      expect(problemsFor(step(), answers({ colour: 'Navy', size: 'UK 10' }))).to.deep.equal([]);
    });

    it('is ready when every product has an option', () => {
      expect(
        problemsFor(
          step(),
          selected([
            { id: 'p1', quantity: 2, return_option: 'refund' },
            { id: 'p2', quantity: 1, return_option: 'refund' },
          ]),
        ),
      ).to.deep.equal([]);
    });

    it('points at a focusable group when no option can be chosen', () => {
      const s = step((wire) => (wire.payload.products[1]!.returnOptions[0]!.unavailableReason = 'Final sale.'));
      const problems = problemsFor(s, selected([{ id: 'p1', quantity: 2, return_option: 'refund' }]));
      expect(problems.map((p) => p.fieldId)).to.deep.equal(['ro-p2-option']);
    });

    it('marks incomplete fields once problems are shown, with linked messages', () => {
      const { root } = show(step(), {
        showProblems: true,
        answers: selected([
          { id: 'p1', quantity: 2, return_option: 'replacement', replacement: { colour: 'Navy' } },
          { id: 'p2', quantity: 1 },
        ]),
      });
      const groups = [...root.querySelectorAll('fieldset[role=radiogroup]')];
      const invalid = groups.filter((g) => g.getAttribute('aria-invalid') === 'true');
      expect(invalid.map((g) => idrefText(root, g.getAttribute('aria-describedby')))).to.deep.equal([
        'Choose an available size.',
        'Choose how you want to return this item.',
      ]);
      expect(groups.filter((g) => g.getAttribute('aria-invalid') === 'false')).to.have.length(2);
    });

    it('shows no field errors before the shopper pressed confirm', () => {
      const { root } = show(step());
      expect(root.querySelector('.field-error')).to.be.null;
      expect(root.querySelector('[aria-invalid=true]')).to.be.null;
    });
  });

  describe('delivery details', () => {
    it('shows the user details read-only', () => {
      const { root } = show(step());
      const section = root.querySelector('.ro-delivery')!;
      expect(text(section.querySelector('h3'))).to.equal('Delivery details for replacements');
      expect(section.querySelector('input, select, textarea')).to.be.null;
      const pairs = [...section.querySelectorAll('dl > div')].map((div) => [
        text(div.querySelector('dt')),
        div.querySelector<HTMLElement>('dd')!.innerText.replace(/\s+/g, ' ').trim(),
      ]);
      expect(pairs).to.deep.equal([
        ['Name', 'Amelia Hughes'],
        ['Phone', '07700 900123 (United Kingdom)'],
        ['Address', 'Flat 4 221 Baker Street London Greater London NW1 6XE United Kingdom'],
      ]);
      expect([...section.querySelectorAll('.ro-address-line')].map(text)).to.deep.equal([
        'Flat 4',
        '221 Baker Street',
        'London',
        'Greater London',
        'NW1 6XE',
        'United Kingdom',
      ]);
    });

    it('writes a dialling code before the number', () => {
      const { root } = show(step((wire) => (wire.payload.userDetails!.countryCode = '44')));
      expect(text(root.querySelector('.ro-delivery dd bdi'))).to.equal('+44 07700 900123');
    });

    it('shows only the details given', () => {
      const { root } = show(step((wire) => (wire.payload.userDetails = { fullName: 'Amelia Hughes' })));
      expect([...root.querySelectorAll('.ro-delivery dt')].map(text)).to.deep.equal(['Name']);
    });

    it('is absent without user details', () => {
      const { root } = show(step((wire) => delete wire.payload.userDetails));
      expect(root.querySelector('.ro-delivery')).to.be.null;
      expect(root.querySelector('dl')).to.be.null;
    });
  });

  describe('accessibility', () => {
    it('is accessible', async () => {
      const { root } = show(step(), { answers: selected([{ id: 'p1', quantity: 2, return_option: 'refund' }]) });
      await expect(root.querySelector('.step')).to.be.accessible();
    });

    it('is accessible with the replacement pickers and problems shown', async () => {
      const { root } = show(step(), {
        showProblems: true,
        answers: selected([
          { id: 'p1', quantity: 2, return_option: 'replacement', replacement: { colour: 'Navy' } },
          { id: 'p2', quantity: 1 },
        ]),
      });
      expect(root.querySelector('.field-error')).to.exist;
      await expect(root.querySelector('.step')).to.be.accessible();
    });

    it('is accessible with an unknown product', async () => {
      const { root } = show(minimalStep(), { showProblems: true, answers: {} });
      await expect(root.querySelector('.step')).to.be.accessible();
    });

    it('fits a 280 px panel without horizontal scrolling', () => {
      const { root } = show(step(), {
        answers: selected([{ id: 'p1', quantity: 2, return_option: 'replacement', replacement: { colour: 'Navy' } }]),
      });
      const host = root.host as HTMLElement;
      host.style.setProperty('inline-size', '280px');
      host.style.setProperty('display', 'block');
      const container = root.querySelector<HTMLElement>('.step')!;
      expect(container.scrollWidth).to.be.at.most(container.clientWidth);
    });
  });
});
