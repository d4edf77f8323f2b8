/**
 * The `product_selection` step (PROTOCOL.md 4.3): the order at a glance, then every product as a
 * card the shopper picks with a checkbox; a picked product asks how many units, why (reason, then
 * sub-reason) and whatever the sub-reason asks for (photos, comments, custom fields).
 *
 * A side-effect-free view (DECISIONS.md D37): it reads the answers and photos from the context and
 * reports every change through `context.actions`; the flow controller owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatPrice } from '../../../i18n/format.js';
import type { Localizer } from '../../../i18n/localizer.js';
import { renderTime } from '../../../internal/time.js';
import {
  normaliseStatus,
  sizeLabel,
  type CustomField,
  type ProductSelectionPayload,
  type ProductSelectionStep,
  type SelectableProduct,
  type SelectedProduct,
  type SubReason,
} from '../../../protocol/index.js';
import type { Problem, StepContext, StepView } from './step-view.js';
import {
  entriesById,
  errorIdOf,
  fieldIdOf,
  customFieldValue,
  fieldsOf,
  noneChosenErrorId,
  productIds,
  readProduct,
  type Missing,
  type ProductModel,
} from './product-selection/model.js';
import { renderPhotoPicker } from './product-selection/photo-picker.js';
import { productSelectionStyles } from './product-selection/product-selection.styles.js';

/** The view of `product_selection`. */
export const productSelectionView: StepView<ProductSelectionStep> = {
  render,
  problems,
  styles: productSelectionStyles,
};

function render(step: ProductSelectionStep, context: StepContext): TemplateResult {
  const { l, showProblems, actions } = context;
  const { payload } = step;
  const entries = entriesById(context.answers);
  const list = productList(payload.products);
  const picksByChunk = chunkPicks(list, entries, context.photos);
  const noneChosen = showProblems && !picksByChunk.some((picks) => picks.length > 0);
  const reasonsRequired = payload.areReturnReasonsRequired;
  const listState = sameListState({ l, actions, showProblems, noneChosen, reasonsRequired });
  const renderCard = (product: SelectableProduct) =>
    renderProduct(readProduct(step, product, entries.get(product.id), context), context, noneChosen, reasonsRequired);
  // The summary changes only with the step or the language: not re-formatted on every tick.
  return html`${guard([payload, l], () => renderSummary(payload, l))}
    <fieldset class="ps-products">
      <legend class="visually-hidden">${l.t('selectionItems')}</legend>
      ${noneChosen ? html`<p class="field-error" id=${noneChosenErrorId}>${l.t('selectionErrorProduct')}</p>` : nothing}
      <ul class="ps-list" @change=${(event: Event) => onProductToggled(event, payload.products, actions)}>
        ${list.chunks.map((chunk, index) =>
          guard([chunk, listState, ...(picksByChunk[index] ?? [])], () =>
            repeat(chunk, (product) => product.id, renderCard),
          ),
        )}
      </ul>
    </fieldset>`;
}

/**
 * Cards per chunk of the list. A chunk re-renders only when one of its products was picked,
 * changed or unpicked, or when something every card shows changed: ticking one product of 1 000
 * walks 20 chunk guards and 50 cards, not 1 000 cards (and no model is made for the other 950).
 */
const chunkSize = 50;

interface ProductList {
  readonly chunks: readonly (readonly SelectableProduct[])[];
  /** The chunk of each product, by id. */
  readonly chunkOf: ReadonlyMap<string, number>;
}

const productLists = new WeakMap<readonly SelectableProduct[], ProductList>();

/** A step's products in chunks (made once per step). */
function productList(products: readonly SelectableProduct[]): ProductList {
  let list = productLists.get(products);
  if (!list) {
    const chunks: SelectableProduct[][] = [];
    const chunkOf = new Map<string, number>();
    products.forEach((product, index) => {
      const chunk = Math.floor(index / chunkSize);
      (chunks[chunk] ??= []).push(product);
      chunkOf.set(product.id, chunk);
    });
    list = { chunks, chunkOf };
    productLists.set(products, list);
  }
  return list;
}

/**
 * For each chunk, what its picked products show beyond the product itself (their entries and
 * photos): an unpicked product's card depends on the product alone. Made from the picks, not
 * from the 1 000 products.
 */
function chunkPicks(
  list: ProductList,
  entries: ReadonlyMap<string, SelectedProduct>,
  photos: StepContext['photos'],
): unknown[][] {
  const picks = list.chunks.map((): unknown[] => []);
  for (const [id, entry] of entries) {
    const chunk = list.chunkOf.get(id);
    if (chunk !== undefined) picks[chunk]?.push(entry, photos.get(id));
  }
  return picks;
}

/** Which product each checkbox of a list picks, by the checkbox's id: made on the first toggle. */
const productsByPickId = new WeakMap<readonly SelectableProduct[], ReadonlyMap<string, string>>();

/**
 * A product's checkbox changed: one listener on the list rather than one per product (a step may
 * list 1 000), which finds the product by the checkbox's id.
 */
function onProductToggled(event: Event, products: readonly SelectableProduct[], actions: StepContext['actions']) {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || !box.classList.contains('ps-pick')) return;
  let byPickId = productsByPickId.get(products);
  if (!byPickId) {
    byPickId = new Map(products.map((product) => [productIds(product.id).pick, product.id]));
    productsByPickId.set(products, byPickId);
  }
  const id = byPickId.get(box.id);
  if (id !== undefined) actions.toggleProduct(id, box.checked);
}

/** What every card depends on besides its own product and answers. */
interface ListState {
  readonly l: Localizer;
  readonly actions: StepContext['actions'];
  readonly showProblems: boolean;
  readonly noneChosen: boolean;
  readonly reasonsRequired: boolean;
}

const listStates = new WeakMap<StepContext['actions'], ListState>();

/**
 * `state`, or the equal one of the previous render of this portal (its `actions` identify it):
 * one value for the chunks' guards to compare instead of five.
 */
function sameListState(state: ListState): ListState {
  const last = listStates.get(state.actions);
  if (
    last?.l === state.l &&
    last.showProblems === state.showProblems &&
    last.noneChosen === state.noneChosen &&
    last.reasonsRequired === state.reasonsRequired
  ) {
    return last;
  }
  listStates.set(state.actions, state);
  return state;
}

function problems(step: ProductSelectionStep, context: StepContext): Problem[] {
  const { l } = context;
  const entries = entriesById(context.answers);
  const found: Problem[] = [];
  let picked = false;
  for (const product of step.payload.products) {
    const entry = entries.get(product.id);
    if (!entry) continue;
    picked = true;
    const model = readProduct(step, product, entry, context);
    for (const missing of model.missing) {
      found.push({ fieldId: fieldIdOf(model, missing), message: problemMessage(model, missing, l) });
    }
  }
  if (!picked) {
    const products = step.payload.products;
    const first = products.find((product) => product.nonReturnableReason === undefined) ?? products[0];
    if (!first) return []; // the schema asks for at least one product
    return [
      { fieldId: readProduct(step, first, undefined, context).ids.pick, message: l.t('selectionProblemProduct') },
    ];
  }
  return found;
}

function problemMessage(model: ProductModel, missing: Missing, l: Localizer): string {
  const name = model.name;
  switch (missing.kind) {
    case 'notReturnable':
      return l.t('selectionProblemNotReturnable', { name });
    case 'reason':
      return l.t('selectionProblemReason', { name });
    case 'subReason':
      return l.t('selectionProblemSubReason', { name });
    case 'photos':
      return l.t('selectionProblemPhoto', { name });
    case 'field':
      return l.t('selectionProblemField', { name, field: fieldLabel(missing.field) });
  }
}

// The order ---------------------------------------------------------------------------------

function renderSummary(payload: ProductSelectionPayload, l: Localizer): TemplateResult {
  const status = normaliseStatus(payload.status);
  return html`<dl class="ps-summary">
    <div>
      <dt>${l.t('selectionOrderStatus')}</dt>
      <dd>${status.key ? l.t(status.key) : status.label}</dd>
    </div>
    <div>
      <dt>${l.t('selectionOrderDate')}</dt>
      <dd>${renderTime(payload.orderDate, l)}</dd>
    </div>
    <div>
      <dt>${l.t('selectionDeliveryDate')}</dt>
      <dd>${renderTime(payload.deliveryDate, l)}</dd>
    </div>
  </dl>`;
}

// A product ---------------------------------------------------------------------------------

interface ProductTexts {
  /** "Size UK 9", "Colour Navy" and "2 ordered", each empty when unknown. */
  readonly size: string;
  readonly colour: string;
  readonly ordered: string;
  readonly price: string;
  /** Whether any of size, colour and ordered is known. */
  readonly hasDetails: boolean;
}

const textCache = new WeakMap<SelectableProduct, { readonly l: Localizer; readonly texts: ProductTexts }>();

/** The formatted texts of a product, made once per product and localizer (not on every render). */
function productTexts(product: SelectableProduct, l: Localizer): ProductTexts {
  const cached = textCache.get(product);
  if (cached?.l === l) return cached.texts;
  const size = sizeLabel(product.size).trim();
  const colour = product.colour?.trim();
  const texts = {
    size: size ? l.t('selectionSize', { size }) : '',
    colour: colour ? l.t('selectionColour', { colour }) : '',
    ordered: product.quantity > 1 ? l.t('selectionQuantityOrdered', { count: product.quantity }) : '',
    price: formatPrice(product.price, l.locale),
    hasDetails: !!(size || colour) || product.quantity > 1,
  };
  textCache.set(product, { l, texts });
  return texts;
}

/*
 * One template per product, with the image (decorative: the name is beside it) and the details
 * inline rather than through renderImage and nested templates: a step may list 1 000 products,
 * and each nested template is a clone, a tree walk and a commit more per product (first render of
 * 100 products: 2.6x -> 1.9x the hand-written baseline). Unknown details and a missing image are
 * hidden, not left out (an unknown detail is an empty span, hidden by CSS: no binding for it).
 * The checkbox binds `.checked` without `live()`: every change of the box goes into the answers
 * at once (toggleProduct is never refused), so the last value Lit set is the box's state, and a
 * directive per card costs ~8 % of the first render of 1 000 products.
 */
function renderProduct(
  model: ProductModel,
  context: StepContext,
  noneChosen: boolean,
  reasonsRequired: boolean,
): TemplateResult {
  const { l } = context;
  const { product, ids, entry, returnable } = model;
  const texts = productTexts(product, l);
  if (returnable && product.image && texts.hasDetails) {
    return renderPlainProduct(model, product.image, context, texts, noneChosen, reasonsRequired);
  }
  const { showProblems } = context;
  const picked = entry !== undefined;
  // A stale pick of a product that is not returnable (a resumed draft) stays untickable.
  const disabled = !returnable && !picked;
  const stalePickError = picked && !returnable && showProblems;
  // Most cards have none of these: no array to build and join for each of 1 000 cards.
  let describedBy = returnable ? '' : ids.unavailable;
  if (noneChosen && !disabled) describedBy += ` ${noneChosenErrorId}`;
  if (stalePickError) describedBy += ` ${errorIdOf(ids.pick)}`;
  describedBy = describedBy.trim();
  const classes = `card ps-product${picked ? ' ps-picked' : ''}${returnable ? '' : ' ps-unavailable'}`;
  return html`<li class=${classes}>
    <div class="ps-head">
      <input
        type="checkbox"
        class="ps-pick"
        id=${ids.pick}
        .checked=${picked}
        ?disabled=${disabled}
        aria-invalid=${ifDefined(stalePickError ? 'true' : undefined)}
        aria-describedby=${ifDefined(describedBy || undefined)}
      />
      <span class=${product.image ? 'image-frame' : 'image-frame broken'} part="image"
        ><img src=${ifDefined(product.image ?? undefined)} alt="" loading="lazy" decoding="async" /><span
          class="image-placeholder"
          title=${ifDefined(product.image ? undefined : l.t('imageUnavailable'))}
        ></span
      ></span>
      <div class="ps-info">
        <label class="ps-name" id=${ids.name} for=${ids.pick}>${model.name}</label>
        <span class="ps-details-line" ?hidden=${!texts.hasDetails}
          ><span>${texts.size}</span> <span>${texts.colour}</span> <span>${texts.ordered}</span></span
        >
        <span class="ps-price">${texts.price}</span>
      </div>
    </div>
    ${returnable && !picked ? nothing : renderProductFooter(model, context, stalePickError, reasonsRequired)}
  </li>`;
}

/**
 * The card of the common product: returnable, with an image and details. The markup of
 * `renderProduct` without the bindings only the others need (disabled, invalid, a missing image,
 * no details). Which of the two a product gets depends on the product alone, so a card never
 * switches template (that would replace its checkbox and lose focus). Five bindings fewer per
 * card: 5–7 % of the first render of 100 or 1 000 products. A test keeps the two markups equal.
 */
function renderPlainProduct(
  model: ProductModel,
  image: string,
  context: StepContext,
  texts: ProductTexts,
  noneChosen: boolean,
  reasonsRequired: boolean,
): TemplateResult {
  const { ids, entry } = model;
  const picked = entry !== undefined;
  return html`<li class=${picked ? 'card ps-product ps-picked' : 'card ps-product'}>
    <div class="ps-head">
      <input
        type="checkbox"
        class="ps-pick"
        id=${ids.pick}
        .checked=${picked}
        aria-describedby=${ifDefined(noneChosen ? noneChosenErrorId : undefined)}
      />
      <span class="image-frame" part="image"
        ><img src=${image} alt="" loading="lazy" decoding="async" /><span class="image-placeholder"></span
      ></span>
      <div class="ps-info">
        <label class="ps-name" id=${ids.name} for=${ids.pick}>${model.name}</label>
        <span class="ps-details-line"
          ><span>${texts.size}</span> <span>${texts.colour}</span> <span>${texts.ordered}</span></span
        >
        <span class="ps-price">${texts.price}</span>
      </div>
    </div>
    ${picked ? renderAnswers(model, context, reasonsRequired) : nothing}
  </li>`;
}

/** Below a product's head: why it cannot be returned, or the questions of a picked product. */
function renderProductFooter(
  model: ProductModel,
  context: StepContext,
  stalePickError: boolean,
  reasonsRequired: boolean,
): TemplateResult {
  const { l } = context;
  const { product, ids, returnable } = model;
  if (returnable) return renderAnswers(model, context, reasonsRequired);
  return html`<p class="ps-unavailable-reason" id=${ids.unavailable}>
      <strong>${l.t('selectionNotReturnable')}</strong> ${product.nonReturnableReason}
    </p>
    ${stalePickError ? html`<p class="field-error" id=${errorIdOf(ids.pick)}>${l.t('selectionErrorNotReturnable')}</p>` : nothing}`;
}

/** What a picked product asks: quantity, reason, sub-reason and what the sub-reason asks for. */
function renderAnswers(model: ProductModel, context: StepContext, reasonsRequired: boolean): TemplateResult {
  const { l, actions } = context;
  const { product, ids, entry, reason, subReason } = model;
  const id = product.id;
  const reasons = product.reasonsForReturn ?? [];
  const options = reason?.options ?? [];
  const errorOf = (kind: Missing['kind'], text: () => string) =>
    context.showProblems && model.missing.some((missing) => missing.kind === kind) ? text() : undefined;
  return html`<div class="ps-answers" role="group" aria-labelledby=${ids.name}>
    ${product.quantity > 1 ? renderQuantity(model, l, (n) => actions.setQuantity(id, n)) : nothing}
    ${
      reasons.length > 0
        ? renderSelect({
            id: ids.reason,
            label: l.t('selectionReason'),
            optional: !reasonsRequired,
            placeholder: l.t('selectionReasonPlaceholder'),
            choices: reasons,
            value: reason?.id,
            error: errorOf('reason', () => l.t('selectionErrorReason')),
            l,
            onChange: (value) => actions.setReason(id, value),
          })
        : nothing
    }
    ${
      options.length > 0
        ? renderSelect({
            id: ids.subReason,
            label: l.t('selectionSubReason'),
            optional: false,
            placeholder: l.t('selectionSubReasonPlaceholder'),
            choices: options,
            value: subReason?.id,
            error: errorOf('subReason', () => l.t('selectionErrorSubReason')),
            l,
            onChange: (value) => actions.setSubReason(id, value),
          })
        : nothing
    }
    ${
      subReason && entry
        ? renderAsked(
            model,
            subReason,
            context,
            errorOf('photos', () => l.t('selectionErrorPhoto')),
          )
        : nothing
    }
  </div>`;
}

function renderQuantity(model: ProductModel, l: Localizer, onChange: (quantity: number) => void): TemplateResult {
  const { ids, product, entry } = model;
  const max = product.quantity;
  const current = Math.min(Math.max(entry?.quantity ?? 1, 1), max);
  const choices = Array.from({ length: max }, (_, i) => i + 1);
  return html`<div class="field ps-quantity">
    <label class="field-label" for=${ids.quantity}>${l.t('selectionQuantity')}</label>
    <select
      id=${ids.quantity}
      .value=${live(String(current))}
      @change=${(event: Event) => onChange(Number((event.target as HTMLSelectElement).value))}
    >
      ${choices.map((n) => html`<option value=${String(n)} ?selected=${n === current}>${l.number(n)}</option>`)}
    </select>
  </div>`;
}

interface SelectField {
  readonly id: string;
  readonly label: string;
  readonly optional: boolean;
  readonly placeholder: string;
  readonly choices: readonly { readonly id: string; readonly text: string }[];
  readonly value: string | undefined;
  readonly error: string | undefined;
  readonly l: Localizer;
  onChange(value: string | undefined): void;
}

/** A labelled `<select>` whose first option (the placeholder) means "none". */
function renderSelect(field: SelectField): TemplateResult {
  const value = field.value ?? '';
  const errorId = errorIdOf(field.id);
  return html`<div class="field">
    <label class="field-label" for=${field.id}>${field.label}${optionalMark(field.optional, field.l)}</label>
    <select
      id=${field.id}
      ?required=${!field.optional}
      aria-invalid=${field.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(field.error ? errorId : undefined)}
      .value=${live(value)}
      @change=${(event: Event) => field.onChange((event.target as HTMLSelectElement).value || undefined)}
    >
      <option value="" ?selected=${value === ''}>${field.placeholder}</option>
      ${field.choices.map((choice) => html`<option value=${choice.id} ?selected=${choice.id === value}>${choice.text}</option>`)}
    </select>
    ${field.error ? html`<p class="field-error" id=${errorId}>${field.error}</p>` : nothing}
  </div>`;
}

function optionalMark(optional: boolean, l: Localizer) {
  return optional ? html` <span class="ps-optional">${l.t('selectionOptional')}</span>` : nothing;
}

/** Photos, comments and custom fields, as the sub-reason asks, in that order. */
function renderAsked(
  model: ProductModel,
  subReason: SubReason,
  context: StepContext,
  photoError: string | undefined,
): TemplateResult {
  const { l, actions } = context;
  const { ids, product, entry } = model;
  const id = product.id;
  return html`${
    subReason.requestImage
      ? renderPhotoPicker({
          id: ids.photos,
          hintId: ids.photosHint,
          photos: model.photos,
          earlier: model.earlierAttachments,
          error: photoError,
          l,
          add: (files) => actions.addPhotos(id, files),
          remove: (key) => actions.removePhoto(id, key),
          retry: (key) => actions.retryPhoto(id, key),
        })
      : nothing
  }
  ${
    subReason.requestComments
      ? html`<div class="field">
          <label class="field-label" for=${ids.comments}
            >${subReason.commentsLabel?.trim() || l.t('selectionComments')}${optionalMark(true, l)}</label
          >
          <textarea
            id=${ids.comments}
            rows="3"
            .value=${live(entry?.comments ?? '')}
            @input=${(event: Event) => actions.setComments(id, (event.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>`
      : nothing
  }
  ${fieldsOf(subReason).map((field) => renderCustomField(model, field, context))}`;
}

function fieldLabel(field: CustomField): string {
  return field.label.trim() || field.name;
}

function renderCustomField(model: ProductModel, field: CustomField, context: StepContext): TemplateResult {
  const { l, actions, showProblems } = context;
  const id = model.ids.field(field.name);
  const errorId = errorIdOf(id);
  const invalid = showProblems && model.missing.some((missing) => missing.kind === 'field' && missing.field === field);
  const productId = model.product.id;
  return html`<div class="field">
    <label class="field-label" for=${id}>${fieldLabel(field)}${optionalMark(!field.required, l)}</label>
    <input
      type="text"
      id=${id}
      autocomplete="off"
      ?required=${field.required === true}
      placeholder=${ifDefined(field.placeholder)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(invalid ? errorId : undefined)}
      .value=${live(customFieldValue(model.entry, field.name))}
      @input=${(event: Event) => actions.setCustomField(productId, field.name, (event.target as HTMLInputElement).value)}
    />
    ${invalid ? html`<p class="field-error" id=${errorId}>${l.t('selectionErrorField')}</p>` : nothing}
  </div>`;
}
