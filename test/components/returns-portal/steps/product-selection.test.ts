import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { productSelectionView } from '../../../../src/components/returns-portal/steps/product-selection.js';
import { idSafe as cssSafe } from '../../../../src/components/returns-portal/steps/ids.js';
import type { Answers } from '../../../../src/components/returns-portal/journey/answers.js';
import type { PhotoView, Problem, StepContext } from '../../../../src/components/returns-portal/steps/step-view.js';
import { Localizer } from '../../../../src/i18n/localizer.js';
import { returnsPortalEnglish } from '../../../../src/i18n/en/returns-portal.js';
import { parseStep, type ProductSelectionStep, type SelectedProduct } from '../../../../src/protocol/index.js';
import { clone, productSelectionStep, productSelectionStepWith } from '../../../protocol/fixtures.js';
import { cleanupSteps, makeStepContext, renderStep } from '../../../support/step-context.js';

/** A 1 × 1 PNG: images load without the network. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const P1 = 'Trail Runner 2 — Navy';

function parsed(wire: unknown): ProductSelectionStep {
  const result = parseStep(wire);
  if (!result.ok) throw new Error(`invalid fixture: ${JSON.stringify(result.issues)}`);
  if (result.value.type !== 'product_selection') throw new Error(`not a product_selection: ${result.value.type}`);
  return result.value;
}

type WireStep = ReturnType<typeof clone<typeof productSelectionStep>>;

/** The fixture with every field (p1: 2 units and reasons with sub-reasons; p2: a reason without; p3: not returnable). */
function fullStep(change: (wire: WireStep) => void = () => {}): ProductSelectionStep {
  const wire = clone(productSelectionStep);
  for (const product of wire.payload.products) product.image = PIXEL;
  change(wire);
  return parsed(wire);
}

/** Only the required fields, an unknown status. */
function minimalStep(): ProductSelectionStep {
  return parsed({
    type: 'product_selection',
    nextType: 'return_options',
    payload: {
      status: 'Awaiting courier',
      orderDate: '2025-03-08',
      deliveryDate: '2025-03-11',
      confirmButtonText: 'Continue',
      products: [{ id: 'm1', name: 'Plain Tee', image: PIXEL, price: { amount: 10, currencyCode: 'EUR' } }],
    },
  });
}

const answers = (...entries: SelectedProduct[]): Answers => Object.freeze({ selected_products: entries });

/** p1 with the sub-reason that asks for photos, comments and two custom fields. */
const soleEntry = (extra: Partial<SelectedProduct> = {}): SelectedProduct => ({
  id: 'p1',
  quantity: 1,
  reason_id: 'r-faulty',
  reason_option_id: 'r-faulty-sole',
  ...extra,
});

const photo = (key: string, status: PhotoView['status']): PhotoView => ({ key, previewUrl: PIXEL, status });

function show(step: ProductSelectionStep, overrides: Partial<StepContext> = {}) {
  const { context, calls } = makeStepContext(overrides);
  const root = renderStep(productSelectionView.render(step, context), [productSelectionView.styles!]);
  return { root, context, calls };
}

const byId = <T extends HTMLElement = HTMLElement>(root: ShadowRoot, id: string) => root.getElementById(id) as T | null;

/**
 * An element as its markup, for assertions: a failing chai assertion whose actual value is a DOM
 * element hangs the test runner (it tries to serialise the element), a string fails at once.
 */
const markup = (el: Element | null | undefined) => el?.outerHTML ?? null;

/** Text with white space (Intl's narrow no-break spaces included) collapsed. */
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The control a visible label (starting with `label`) names. */
function control<T extends HTMLElement>(root: ShadowRoot, label: string, within: ParentNode = root): T {
  const found = [...within.querySelectorAll<HTMLLabelElement>('label[for]')].filter((l) => text(l).startsWith(label));
  expect(found.length, `labels starting with "${label}"`).to.equal(1);
  const target = byId<T>(root, found[0]!.htmlFor);
  expect(target, `control of "${label}"`).to.exist;
  return target!;
}

const card = (root: ShadowRoot, id: string) => byId(root, `ps-${cssSafe(id)}-pick`)!.closest('li')!;

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The problems of a context, asserting that each `fieldId` names a control in the rendered root. */
function problemsIn(step: ProductSelectionStep, overrides: Partial<StepContext> = {}): Problem[] {
  const { root, context } = show(step, overrides);
  const problems = productSelectionView.problems!(step, context);
  for (const problem of problems) {
    const field = byId(root, problem.fieldId);
    expect(field, `field #${problem.fieldId}`).to.exist;
    expect(field!.matches('input, select, textarea, button'), `#${problem.fieldId} is a control`).to.be.true;
  }
  return problems;
}

describe('product_selection view', () => {
  afterEach(() => cleanupSteps());

  describe('rendering', () => {
    it('renders the full fixture: the order summary and every product', () => {
      const { root } = show(fullStep());
      const summary = root.querySelector('.ps-summary')!;
      expect(text(summary)).to.equal('Order status Delivered Ordered 8 Mar 2025 Delivered 11 Mar 2025');
      const times = [...summary.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
      expect(times).to.deep.equal(['2025-03-08T10:15:00', '2025-03-11']);

      const cards = [...root.querySelectorAll('.ps-list > li')];
      expect(cards.length).to.equal(3);
      expect(text(cards[0]))
        .to.include(P1)
        .and.include('Size UK 9')
        .and.include('Colour Navy')
        .and.include('2 ordered');
      expect(text(cards[0])).to.include('£89.99');
      expect(text(cards[1])).to.include('Everyday Support Bra').and.include('Size 34B').and.include('£32.00');
      expect(text(cards[1])).not.to.include('ordered');
      expect(text(cards[2])).to.include('Size M').and.include('£45.00');
      expect(cards[0]!.querySelector('img')!.getAttribute('src')).to.equal(PIXEL);
      // Nothing picked yet: no answers asked.
      expect(markup(root.querySelector('select, textarea, input[type="text"], input[type="file"]'))).to.be.null;
    });

    it('shows the known details only, with a silent dot between those shown', () => {
      const { root } = show(fullStep());
      const shown = (id: string) =>
        [...card(root, id).querySelectorAll<HTMLElement>('.ps-details-line > span')].filter(
          (span) => span.getClientRects().length > 0,
        );
      const separator = (span: HTMLElement) => getComputedStyle(span, '::before').content;
      // p1: size, colour and units ordered; p2: no units line; p3: a size only.
      expect(shown('p1').map((span) => span.textContent)).to.deep.equal(['Size UK 9', 'Colour Navy', '2 ordered']);
      expect(shown('p2').map((span) => span.textContent)).to.deep.equal(['Size 34B', 'Colour Black']);
      expect(shown('p3').map((span) => span.textContent)).to.deep.equal(['Size M']);
      expect(shown('p1').map(separator)).to.deep.equal(['none', '"· " / ""', '"· " / ""']);
      expect(shown('p2').map(separator)).to.deep.equal(['none', '"· " / ""']);
      expect(shown('p3').map(separator)).to.deep.equal(['none']);
    });

    it('renders a minimal step: an unknown status as given, no size or colour line', () => {
      const { root } = show(minimalStep());
      expect(text(root.querySelector('.ps-summary'))).to.equal(
        'Order status Awaiting courier Ordered 8 Mar 2025 Delivered 11 Mar 2025',
      );
      const only = card(root, 'm1');
      expect(text(only)).to.equal('Plain Tee €10.00');
      expect(only.querySelector('.ps-details-line')!.getClientRects().length, 'no details line shown').to.equal(0);
    });

    it('a common card (returnable, image, details) has the markup of every other card', () => {
      // The common card has a template of its own, without the bindings only the others need:
      // the two must not drift apart. p2 with an image and with a refused one, picked and not.
      const skeleton = (el: Element): string =>
        `<${el.localName} ${[...el.attributes]
          .filter((a) => !['title', 'src', 'hidden'].includes(a.name))
          .map((a) => `${a.name}="${a.value.replace('image-frame broken', 'image-frame')}"`)
          .sort()
          .join(' ')}>${[...el.children].map(skeleton).join('')}</${el.localName}>`;
      const cardOf = (image: boolean, picked: boolean) => {
        const { root } = show(
          fullStep((wire) => {
            if (!image) wire.payload.products[1]!.image = 'javascript:alert(1)';
          }),
          picked ? { answers: answers({ id: 'p2', quantity: 1, reason_id: 'r-fit' }) } : {},
        );
        return skeleton(card(root, 'p2'));
      };
      expect(cardOf(true, false)).to.equal(cardOf(false, false));
      expect(cardOf(true, true)).to.equal(cardOf(false, true));
      expect(cardOf(true, true)).to.include('ps-picked').and.include('<select');
    });

    it('labels each checkbox with the product name', () => {
      const { root } = show(fullStep());
      const box = control<HTMLInputElement>(root, 'Everyday Support Bra');
      expect(box.type).to.equal('checkbox');
      expect(box.id).to.equal('ps-p2-pick');
    });

    it('speaks the locale and honours string overrides', () => {
      const l = new Localizer(returnsPortalEnglish, 'de-DE', { selectionReason: 'Rückgabegrund' });
      const { root } = show(fullStep(), { l, answers: answers({ id: 'p1', quantity: 1 }) });
      expect(text(card(root, 'p1'))).to.include('89,99 £');
      expect(text(root.querySelector('.ps-summary'))).to.include('08.03.2025');
      expect(control(root, 'Rückgabegrund').id).to.equal('ps-p1-reason');
    });
  });

  describe('picking products', () => {
    it('picking a product calls toggleProduct(id, true); unpicking calls it with false', () => {
      const { root, calls } = show(fullStep(), { answers: answers({ id: 'p2', quantity: 1 }) });
      byId<HTMLInputElement>(root, 'ps-p1-pick')!.click();
      const p2 = byId<HTMLInputElement>(root, 'ps-p2-pick')!;
      expect(p2.checked).to.be.true;
      p2.click();
      expect(calls).to.deep.equal([
        ['toggleProduct', 'p1', true],
        ['toggleProduct', 'p2', false],
      ]);
    });

    it('the product name (the card head) toggles too', () => {
      const { root, calls } = show(fullStep());
      root.querySelector<HTMLLabelElement>('label[for="ps-p2-pick"]')!.click();
      expect(calls).to.deep.equal([['toggleProduct', 'p2', true]]);
    });

    it('is keyboard operable: Space on the focused checkbox picks the product', async () => {
      const { root, calls } = show(fullStep());
      byId(root, 'ps-p1-pick')!.focus();
      await sendKeys({ press: 'Space' });
      expect(calls).to.deep.equal([['toggleProduct', 'p1', true]]);
    });

    it('a non-returnable product is shown, cannot be picked and says why', () => {
      const { root, calls } = show(fullStep());
      const box = byId<HTMLInputElement>(root, 'ps-p3-pick')!;
      expect(box.disabled).to.be.true;
      box.click();
      root.querySelector<HTMLLabelElement>('label[for="ps-p3-pick"]')!.click();
      expect(calls).to.deep.equal([]);
      const reason = byId(root, box.getAttribute('aria-describedby')!);
      expect(text(reason)).to.equal('Not returnable. Personalised items cannot be returned.');
      expect(card(root, 'p3').classList.contains('ps-unavailable')).to.be.true;
    });

    it('a stale pick of a non-returnable product (a resumed draft) can be unticked and blocks the confirm', () => {
      const step = fullStep();
      const { root, calls } = show(step, { answers: answers({ id: 'p3', quantity: 1 }) });
      const box = byId<HTMLInputElement>(root, 'ps-p3-pick')!;
      expect(box.disabled).to.be.false;
      expect(markup(card(root, 'p3').querySelector('select'))).to.be.null;
      box.click();
      expect(calls).to.deep.equal([['toggleProduct', 'p3', false]]);
      expect(problemsIn(step, { answers: answers({ id: 'p3', quantity: 1 }) })).to.deep.equal([
        { fieldId: 'ps-p3-pick', message: 'untick Personalised Leather Belt, which cannot be returned' },
      ]);
    });

    it('stays operable while an execution is in flight', () => {
      const { root, calls } = show(fullStep(), { busy: true, answers: answers(soleEntry()) });
      expect(root.querySelectorAll(':disabled').length).to.equal(1); // only p3, not returnable
      choose(byId<HTMLSelectElement>(root, 'ps-p1-quantity')!, '2');
      expect(calls).to.deep.equal([['setQuantity', 'p1', 2]]);
    });
  });

  describe('quantity', () => {
    it('offers exactly 1…quantity and calls setQuantity', () => {
      const { root, calls } = show(fullStep(), { answers: answers({ id: 'p1', quantity: 2 }) });
      const select = control<HTMLSelectElement>(root, 'How many to return');
      expect([...select.options].map((o) => [o.value, o.text])).to.deep.equal([
        ['1', '1'],
        ['2', '2'],
      ]);
      expect(select.value).to.equal('2');
      choose(select, '1');
      expect(calls).to.deep.equal([['setQuantity', 'p1', 1]]);
    });

    it('offers every unit of a larger quantity', () => {
      const step = fullStep((wire) => (wire.payload.products[0]!.quantity = 7));
      const { root } = show(step, { answers: answers({ id: 'p1', quantity: 3 }) });
      const select = byId<HTMLSelectElement>(root, 'ps-p1-quantity')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7']);
      expect(select.value).to.equal('3');
    });

    it('is not asked for a product ordered once', () => {
      const { root } = show(fullStep(), { answers: answers({ id: 'p2', quantity: 1 }) });
      expect(card(root, 'p2').querySelector('select')!.id).to.equal('ps-p2-reason');
      expect(markup(byId(root, 'ps-p2-quantity'))).to.be.null;
    });
  });

  describe('reasons', () => {
    it('the reason appears once the product is picked and calls setReason', () => {
      const step = fullStep();
      expect(markup(byId(show(step).root, 'ps-p1-reason'))).to.be.null;

      const { root, calls } = show(step, { answers: answers({ id: 'p1', quantity: 1 }) });
      const select = control<HTMLSelectElement>(root, 'Reason for return');
      expect(select.required).to.be.true;
      expect([...select.options].map((o) => o.text)).to.deep.equal([
        'Choose a reason',
        'Size or fit',
        'Faulty or damaged',
        'Changed my mind',
      ]);
      expect(select.value).to.equal('');
      expect(markup(byId(root, 'ps-p1-subreason'))).to.be.null;
      choose(select, 'r-fit');
      choose(select, '');
      expect(calls).to.deep.equal([
        ['setReason', 'p1', 'r-fit'],
        ['setReason', 'p1', undefined],
      ]);
    });

    it('the sub-reason appears only for a reason with options and calls setSubReason', () => {
      const step = fullStep();
      const none = show(step, { answers: answers({ id: 'p1', quantity: 1, reason_id: 'r-changed-mind' }) });
      expect(byId<HTMLSelectElement>(none.root, 'ps-p1-reason')!.value).to.equal('r-changed-mind');
      expect(markup(byId(none.root, 'ps-p1-subreason'))).to.be.null;

      const { root, calls } = show(step, { answers: answers({ id: 'p1', quantity: 1, reason_id: 'r-fit' }) });
      const select = control<HTMLSelectElement>(root, 'Specific reason');
      expect([...select.options].map((o) => o.text)).to.deep.equal([
        'Choose a specific reason',
        'Too small',
        'Too large',
      ]);
      expect(select.required).to.be.true;
      choose(select, 'r-fit-large');
      choose(select, '');
      expect(calls).to.deep.equal([
        ['setSubReason', 'p1', 'r-fit-large'],
        ['setSubReason', 'p1', undefined],
      ]);
    });

    it('reasons are marked optional when areReturnReasonsRequired is false', () => {
      const step = fullStep((wire) => (wire.payload.areReturnReasonsRequired = false));
      const { root } = show(step, { answers: answers({ id: 'p1', quantity: 1 }) });
      const select = control<HTMLSelectElement>(root, 'Reason for return');
      expect(text(root.querySelector(`label[for="${select.id}"]`))).to.equal('Reason for return (optional)');
      expect(select.required).to.be.false;
    });

    it('a sub-reason that asks for nothing shows no photos, comments or fields', () => {
      const { root } = show(fullStep(), {
        answers: answers({ id: 'p1', quantity: 1, reason_id: 'r-fit', reason_option_id: 'r-fit-small' }),
      });
      const answersOfP1 = card(root, 'p1').querySelector('.ps-answers')!;
      expect(answersOfP1.querySelectorAll('select').length).to.equal(3);
      expect(markup(answersOfP1.querySelector('textarea, input'))).to.be.null;
    });

    it('a sub-reason that asks for everything shows photos, comments and custom fields', () => {
      const { root, calls } = show(fullStep(), {
        answers: answers(soleEntry({ comments: 'It split', custom_fields: { times_worn: '3' } })),
      });
      const group = card(root, 'p1').querySelector('.ps-answers')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(text(byId(root, group.getAttribute('aria-labelledby')!))).to.equal(P1);

      const picker = control<HTMLInputElement>(root, 'Add photos', group);
      expect(picker.type).to.equal('file');
      expect(picker.accept).to.equal('image/*');
      expect(picker.multiple).to.be.true;

      const comments = control<HTMLTextAreaElement>(root, 'Tell us what happened', group);
      expect(comments.localName).to.equal('textarea');
      expect(comments.value).to.equal('It split');
      expect(text(root.querySelector(`label[for="${comments.id}"]`))).to.equal('Tell us what happened (optional)');

      const batch = control<HTMLInputElement>(root, 'Batch code (inside the tongue)', group);
      expect(batch.required).to.be.true;
      expect(batch.placeholder).to.equal('e.g. B2025-031');
      expect(batch.value).to.equal('');
      const worn = control<HTMLInputElement>(root, 'How many times worn?', group);
      expect(worn.required).to.be.false;
      expect(worn.value).to.equal('3');
      expect(text(root.querySelector(`label[for="${worn.id}"]`))).to.equal('How many times worn? (optional)');

      type(comments, 'Sole split after a week');
      type(batch, 'B2025-031');
      expect(calls).to.deep.equal([
        ['setComments', 'p1', 'Sole split after a week'],
        ['setCustomField', 'p1', 'batch_code', 'B2025-031'],
      ]);
    });

    it('comments without a commentsLabel get the built-in label', () => {
      const step = fullStep((wire) => {
        const option = wire.payload.products[0]!.reasonsForReturn![1]!.options![0]!;
        delete option.commentsLabel;
      });
      const { root } = show(step, { answers: answers(soleEntry()) });
      expect(control(root, 'Comments').localName).to.equal('textarea');
    });
  });

  describe('photos', () => {
    const three = () => new Map([['p1', [photo('k1', 'done'), photo('k2', 'uploading'), photo('k3', 'failed')]]]);

    it('shows each photo with its status; a failed one has its own Retry', () => {
      const { root, calls } = show(fullStep(), { answers: answers(soleEntry()), photos: three() });
      const items = [...root.querySelectorAll<HTMLElement>('.ps-photo')];
      expect(items.map((item) => text(item.querySelector('.ps-photo-status')))).to.deep.equal([
        'Uploaded',
        'Uploading…',
        'Upload failed',
      ]);
      expect(items.map((item) => item.querySelector('img')!.alt)).to.deep.equal([
        'Photo 1 of 3',
        'Photo 2 of 3',
        'Photo 3 of 3',
      ]);
      expect(items[1]!.querySelector('.spinner')).to.exist;
      expect(markup(items[0]!.querySelector('.ps-photo-retry'))).to.be.null;
      expect(markup(items[1]!.querySelector('.ps-photo-retry'))).to.be.null;
      const retry = items[2]!.querySelector<HTMLButtonElement>('.ps-photo-retry')!;
      expect(retry.getAttribute('aria-label')).to.equal('Retry photo 3 of 3');
      expect(text(retry)).to.equal('Retry');
      retry.click();
      expect(calls).to.deep.equal([['retryPhoto', 'p1', 'k3']]);
    });

    it('a photo that finishes or fails updates its card, the answers unchanged', () => {
      const step = fullStep();
      const entry = answers(soleEntry());
      const { root, context } = show(step, { answers: entry, photos: new Map([['p1', [photo('k1', 'uploading')]]]) });
      expect(text(root.querySelector('.ps-photo-status'))).to.equal('Uploading…');
      const { context: next } = makeStepContext({
        l: context.l,
        actions: context.actions,
        answers: entry,
        photos: new Map([['p1', [photo('k1', 'failed')]]]),
      });
      render(productSelectionView.render(step, next), root.querySelector<HTMLElement>('.step')!);
      expect(text(root.querySelector('.ps-photo-status'))).to.equal('Upload failed');
    });

    it('each photo has a labelled Remove button that calls removePhoto', () => {
      const { root, calls } = show(fullStep(), { answers: answers(soleEntry()), photos: three() });
      const remove = [...root.querySelectorAll<HTMLButtonElement>('.ps-photo-remove')];
      expect(remove.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Remove photo 1 of 3',
        'Remove photo 2 of 3',
        'Remove photo 3 of 3',
      ]);
      remove[1]!.click();
      expect(calls).to.deep.equal([['removePhoto', 'p1', 'k2']]);
    });

    it('picking files calls addPhotos with them, then clears the input', () => {
      const { root, calls } = show(fullStep(), { answers: answers(soleEntry()) });
      const input = byId<HTMLInputElement>(root, 'ps-p1-photos')!;
      const files = [new File(['a'], 'a.png', { type: 'image/png' }), new File(['b'], 'b.jpg', { type: 'image/jpeg' })];
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      expect(calls.length).to.equal(1);
      const [name, id, added] = calls[0]!;
      expect([name, id]).to.deep.equal(['addPhotos', 'p1']);
      expect((added as File[]).map((f) => f.name)).to.deep.equal(['a.png', 'b.jpg']);
      expect(input.files.length).to.equal(0);
    });

    it('the picker is a keyboard-reachable file input behind a visible button-like label', () => {
      const { root } = show(fullStep(), { answers: answers(soleEntry()) });
      const input = byId<HTMLInputElement>(root, 'ps-p1-photos')!;
      input.focus();
      expect(root.activeElement === input, 'the file input has focus').to.be.true;
      expect(input.tabIndex).to.equal(0);
      const label = root.querySelector<HTMLLabelElement>('label[for="ps-p1-photos"]')!;
      expect(label.getBoundingClientRect().height).to.be.at.least(40);
      expect(text(byId(root, input.getAttribute('aria-describedby')!))).to.equal(
        'Add at least one photo that shows the problem, up to 5.',
      );
    });

    it('hides the picker at 5 photos and says so', () => {
      const four = ['a', 'b', 'c', 'd'].map((key) => photo(key, 'done'));
      const below = show(fullStep(), { answers: answers(soleEntry()), photos: new Map([['p1', four]]) });
      expect(byId(below.root, 'ps-p1-photos')).to.exist;

      const five = [...four, photo('e', 'uploading')];
      const { root } = show(fullStep(), { answers: answers(soleEntry()), photos: new Map([['p1', five]]) });
      expect(markup(byId(root, 'ps-p1-photos'))).to.be.null;
      expect(markup(root.querySelector('input[type="file"]'))).to.be.null;
      expect(text(byId(root, 'ps-p1-photos-hint'))).to.equal('You have added the maximum of 5 photos.');
      expect(root.querySelectorAll('.ps-photo').length).to.equal(5);
    });

    it('counts photos attached in an earlier session (a resumed draft)', () => {
      const step = fullStep();
      const entry = soleEntry({ attachments: ['https://cdn.example/1.jpg'], custom_fields: { batch_code: 'B1' } });
      const { root } = show(step, { answers: answers(entry) });
      expect(text(root.querySelector('.ps-photos'))).to.include('1 photo attached earlier.');
      expect(problemsIn(step, { answers: answers(entry) })).to.deep.equal([]);
    });
  });

  describe('problems()', () => {
    it('nothing picked: one problem on the first selectable product', () => {
      expect(problemsIn(fullStep())).to.deep.equal([
        { fieldId: 'ps-p1-pick', message: 'choose at least one item to return' },
      ]);
    });

    it('a picked product without a reason', () => {
      expect(problemsIn(fullStep(), { answers: answers({ id: 'p1', quantity: 1 }) })).to.deep.equal([
        { fieldId: 'ps-p1-reason', message: `choose a reason for ${P1}` },
      ]);
    });

    it('lists problems in visual order, product by product', () => {
      expect(
        problemsIn(fullStep(), { answers: answers({ id: 'p2', quantity: 1 }, { id: 'p1', quantity: 1 }) }),
      ).to.deep.equal([
        { fieldId: 'ps-p1-reason', message: `choose a reason for ${P1}` },
        { fieldId: 'ps-p2-reason', message: 'choose a reason for Everyday Support Bra' },
      ]);
    });

    it('reasons are optional when areReturnReasonsRequired is false — a chosen reason still needs its sub-reason', () => {
      const step = fullStep((wire) => (wire.payload.areReturnReasonsRequired = false));
      expect(problemsIn(step, { answers: answers({ id: 'p1', quantity: 1 }) })).to.deep.equal([]);
      expect(problemsIn(step, { answers: answers({ id: 'p1', quantity: 1, reason_id: 'r-fit' }) })).to.deep.equal([
        { fieldId: 'ps-p1-subreason', message: `choose a specific reason for ${P1}` },
      ]);
    });

    it('a reason with options needs a sub-reason; one without does not', () => {
      const step = fullStep();
      expect(problemsIn(step, { answers: answers({ id: 'p1', quantity: 1, reason_id: 'r-fit' }) })).to.deep.equal([
        { fieldId: 'ps-p1-subreason', message: `choose a specific reason for ${P1}` },
      ]);
      expect(
        problemsIn(step, { answers: answers({ id: 'p1', quantity: 1, reason_id: 'r-changed-mind' }) }),
      ).to.deep.equal([]);
    });

    it('a sub-reason asking for photos needs one finished photo', () => {
      const step = fullStep();
      const entry = soleEntry({ custom_fields: { batch_code: 'B1' } });
      const missing = [{ fieldId: 'ps-p1-photos', message: `add a photo of ${P1}` }];
      expect(problemsIn(step, { answers: answers(entry) })).to.deep.equal(missing);
      const pending = new Map([['p1', [photo('a', 'uploading'), photo('b', 'failed')]]]);
      expect(problemsIn(step, { answers: answers(entry), photos: pending })).to.deep.equal(missing);
      const finished = new Map([['p1', [photo('a', 'uploading'), photo('b', 'done')]]]);
      expect(problemsIn(step, { answers: answers(entry), photos: finished })).to.deep.equal([]);
    });

    it('with the maximum of photos and none finished, the problem points at a Retry (or a Remove)', () => {
      const step = fullStep();
      const entry = answers(soleEntry({ custom_fields: { batch_code: 'B1' } }));
      const failed = new Map([
        ['p1', ['a', 'b', 'c', 'd', 'e'].map((key) => photo(key, key === 'c' ? 'failed' : 'uploading'))],
      ]);
      const [problem] = problemsIn(step, { answers: entry, photos: failed });
      expect(problem!.message).to.equal(`add a photo of ${P1}`);
      const { root } = show(step, { answers: entry, photos: failed });
      expect(byId(root, problem!.fieldId)!.getAttribute('aria-label')).to.equal('Retry photo 3 of 5');

      const uploading = new Map([['p1', ['a', 'b', 'c', 'd', 'e'].map((key) => photo(key, 'uploading'))]]);
      const [pending] = problemsIn(step, { answers: entry, photos: uploading });
      const again = show(step, { answers: entry, photos: uploading }).root;
      expect(byId(again, pending!.fieldId)!.getAttribute('aria-label')).to.equal('Remove photo 1 of 5');
    });

    it('every required custom field must be filled in (blank counts as empty); optional ones need not', () => {
      const step = fullStep();
      const photos = new Map([['p1', [photo('a', 'done')]]]);
      const expected = [
        {
          fieldId: `ps-p1-field-${cssSafe('batch_code')}`,
          message: `fill in “Batch code (inside the tongue)” for ${P1}`,
        },
      ];
      expect(problemsIn(step, { answers: answers(soleEntry()), photos })).to.deep.equal(expected);
      expect(
        problemsIn(step, { answers: answers(soleEntry({ custom_fields: { batch_code: '  ' } })), photos }),
      ).to.deep.equal(expected);
      expect(
        problemsIn(step, { answers: answers(soleEntry({ custom_fields: { batch_code: 'B1' } })), photos }),
      ).to.deep.equal([]);
    });

    it('within a product: photos before custom fields, as on screen', () => {
      expect(problemsIn(fullStep(), { answers: answers(soleEntry()) }).map((p) => p.fieldId)).to.deep.equal([
        'ps-p1-photos',
        `ps-p1-field-${cssSafe('batch_code')}`,
      ]);
    });

    it('complete answers: no problems', () => {
      const complete = answers(
        soleEntry({ quantity: 2, custom_fields: { batch_code: 'B1' }, attachments: ['https://cdn.example/1.jpg'] }),
        { id: 'p2', quantity: 1, reason_id: 'r-fit' },
      );
      expect(
        problemsIn(fullStep(), { answers: complete, photos: new Map([['p1', [photo('a', 'done')]]]) }),
      ).to.deep.equal([]);
      expect(problemsIn(minimalStep(), { answers: answers({ id: 'm1', quantity: 1 }) })).to.deep.equal([]);
    });
  });

  describe('showProblems', () => {
    it('marks incomplete fields aria-invalid with a linked error text', () => {
      const step = fullStep();
      const state = { answers: answers({ id: 'p1', quantity: 1, reason_id: 'r-fit' }, { id: 'p2', quantity: 1 }) };
      const quiet = show(step, state).root;
      expect(quiet.querySelectorAll('[aria-invalid="true"]').length).to.equal(0);
      expect(markup(quiet.querySelector('.field-error'))).to.be.null;

      const { root } = show(step, { ...state, showProblems: true });
      const invalid = [...root.querySelectorAll('[aria-invalid="true"]')].map((el) => el.id);
      expect(invalid).to.deep.equal(['ps-p1-subreason', 'ps-p2-reason']);
      expect(text(byId(root, byId(root, 'ps-p1-subreason')!.getAttribute('aria-describedby')!))).to.equal(
        'Choose a specific reason.',
      );
      expect(text(byId(root, byId(root, 'ps-p2-reason')!.getAttribute('aria-describedby')!))).to.equal(
        'Choose a reason.',
      );
      expect(byId(root, 'ps-p1-reason')!.getAttribute('aria-invalid')).to.equal('false');
    });

    it('marks the photo picker and custom fields', () => {
      const { root } = show(fullStep(), { answers: answers(soleEntry()), showProblems: true });
      const invalid = [...root.querySelectorAll('[aria-invalid="true"]')].map((el) => el.id);
      expect(invalid).to.deep.equal(['ps-p1-photos', `ps-p1-field-${cssSafe('batch_code')}`]);
      const picker = byId(root, 'ps-p1-photos')!;
      const described = picker
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => text(byId(root, id)));
      expect(described).to.include('Add at least one photo.');
      expect(byId(root, `ps-p1-field-${cssSafe('times_worn')}`)!.getAttribute('aria-invalid')).to.equal('false');
    });

    it('nothing picked: the error is linked from every selectable checkbox', () => {
      const { root } = show(fullStep(), { showProblems: true });
      const error = root.querySelector('.field-error')!;
      expect(text(error)).to.equal('Choose at least one item.');
      expect(byId(root, 'ps-p1-pick')!.getAttribute('aria-describedby')).to.equal(error.id);
      expect(byId(root, 'ps-p2-pick')!.getAttribute('aria-describedby')).to.equal(error.id);
      expect(byId(root, 'ps-p3-pick')!.getAttribute('aria-describedby')).not.to.include(error.id);
    });
  });

  describe('accessibility', () => {
    it('is accessible with nothing picked', async () => {
      const { root } = show(fullStep());
      await expect(root.querySelector('.step')).to.be.accessible();
    });

    it('is accessible with a product whose sub-reason asks for everything', async () => {
      const photos = new Map([['p1', [photo('k1', 'done'), photo('k2', 'uploading'), photo('k3', 'failed')]]]);
      const { root } = show(fullStep(), { answers: answers(soleEntry({ quantity: 2 })), photos });
      await expect(root.querySelector('.step')).to.be.accessible();
    });

    it('is accessible while showing problems', async () => {
      const { root } = show(fullStep(), {
        answers: answers(soleEntry(), { id: 'p2', quantity: 1 }, { id: 'p3', quantity: 1 }),
        showProblems: true,
      });
      expect(root.querySelectorAll('[aria-invalid="true"]').length).to.be.at.least(3);
      await expect(root.querySelector('.step')).to.be.accessible();
    });

    it('is accessible with nothing picked while showing problems', async () => {
      const { root } = show(fullStep(), { showProblems: true });
      await expect(root.querySelector('.step')).to.be.accessible();
    });
  });

  describe('ids and big data', () => {
    it('ids stay unique for product ids that differ only in punctuation', () => {
      const step = fullStep((wire) => {
        const [a, b, c] = wire.payload.products;
        a!.id = 'a b';
        b!.id = 'a_20_b'; // what a naive escape of 'a b' would give
        c!.id = 'a-b';
        delete c!.nonReturnableReason;
        c!.reasonsForReturn = [{ id: 'r', text: 'Other' }];
      });
      const picked = answers({ id: 'a b', quantity: 1 }, { id: 'a_20_b', quantity: 1 }, { id: 'a-b', quantity: 1 });
      const { root } = show(step, { answers: picked });
      const ids = [...root.querySelectorAll('[id]')].map((el) => el.id);
      expect(new Set(ids).size).to.equal(ids.length);
      for (const id of ids) expect(id).not.to.match(/\s/);
      expect(problemsIn(step, { answers: picked }).map((p) => p.fieldId)).to.have.length(3);
    });

    it('renders 1 000 products and re-renders keyed, reusing every card', () => {
      const step = parsed(productSelectionStepWith(1000));
      const { context } = makeStepContext();
      const root = renderStep(productSelectionView.render(step, context), [productSelectionView.styles!]);
      const cards = [...root.querySelectorAll('.ps-list > li')];
      expect(cards.length).to.equal(1000);
      expect(cards.map((li) => li.querySelector('input')!.id).slice(0, 3)).to.deep.equal([
        'ps-p1-pick',
        'ps-p2-pick',
        'ps-p3-pick',
      ]);

      const { context: next } = makeStepContext({
        l: context.l,
        actions: context.actions,
        answers: answers({ id: 'p500', quantity: 1 }),
      });
      render(productSelectionView.render(step, next), root.querySelector<HTMLElement>('.step')!);
      const after = [...root.querySelectorAll('.ps-list > li')];
      expect(after.every((li, i) => li === cards[i])).to.be.true;
      expect(root.querySelectorAll('.ps-answers').length).to.equal(1);
      expect(byId(root, 'ps-p500-reason')).to.exist;
    });

    it('a change every card shows reaches all of a long list; a pick re-renders its own card', () => {
      // The list re-renders in chunks of 50 cards: the error of "nothing chosen" must reach the
      // last chunk, and a pick there must show its questions and clear the error everywhere.
      const step = parsed(productSelectionStepWith(120));
      const { context } = makeStepContext({ showProblems: true });
      const root = renderStep(productSelectionView.render(step, context), [productSelectionView.styles!]);
      const error = root.querySelector('.field-error')!;
      expect(text(error)).to.equal('Choose at least one item.');
      const describedBy = () =>
        [...root.querySelectorAll<HTMLInputElement>('.ps-pick:not(:disabled)')].map((box) =>
          box.getAttribute('aria-describedby'),
        );
      expect(describedBy().length).to.be.above(100);
      expect(describedBy().every((ids) => ids?.includes(error.id))).to.be.true;

      const rerender = (overrides: Partial<StepContext>) => {
        const { context: next } = makeStepContext({ l: context.l, actions: context.actions, ...overrides });
        render(productSelectionView.render(step, next), root.querySelector<HTMLElement>('.step')!);
      };
      const last = step.payload.products.at(-1)!;
      rerender({ showProblems: true, answers: answers({ id: last.id, quantity: 1 }) });
      expect(markup(root.querySelector('.ps-list ~ .field-error, .ps-products > .field-error'))).to.be.null;
      expect(describedBy().some((ids) => ids?.includes(error.id))).to.be.false;
      expect(card(root, last.id).classList.contains('ps-picked')).to.be.true;
      expect(markup(card(root, last.id).querySelector('.ps-answers'))).not.to.be.null;
      expect(root.querySelectorAll('.ps-answers').length).to.equal(1);

      rerender({ showProblems: true });
      expect(markup(card(root, last.id).querySelector('.ps-answers'))).to.be.null;
      expect(describedBy().every((ids) => ids?.includes('ps-none-chosen-error'))).to.be.true;
    });
  });
});
