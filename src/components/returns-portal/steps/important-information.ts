/**
 * The `important_information` step (PROTOCOL.md 4.5, DECISIONS.md D11): what to pack and what to
 * keep, how many units are still unopened, and an acknowledgement to tick.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { renderImage } from '../../../internal/images.js';
import type { ImportantInformationStep, InformationCategory, QuantitySelector } from '../../../protocol/index.js';
import { importantInformationEnglish } from '../../../i18n/en/portal-steps.js';
import type { PortalStringKey, Problem, StepContext, StepView } from './step-view.js';
import { unopenedQuantity } from '../journey/answers.js';
import { idSafe } from './ids.js';

/** D11: the largest quantity when neither the answers nor the flow say how many were ordered. */
const fallbackMax = 99;

const ackId = 'ii-acknowledged';

const knownTitles: Record<string, PortalStringKey> = {
  unopened_items: 'iiCategoryUnopened',
  pack_items: 'iiCategoryPack',
  keep_items: 'iiCategoryKeep',
};

/** One quantity selector: a selected product, the category it is shown in and its value. */
interface QuantityField {
  readonly productId: string;
  readonly categoryIndex: number;
  readonly selector: QuantitySelector;
  readonly name: string;
  readonly value: number;
  readonly max: number;
  /** Why the value cannot be confirmed (the flow's message, or the allowed range). */
  readonly error: string | undefined;
}

/** What is known of a product: the journey's products first, then what any category of the step says (D10). */
function productInfo(step: ImportantInformationStep, context: StepContext, id: string) {
  const known = context.products.get(id);
  const listed = step.payload.categories.flatMap((c) => (c.products ?? []).filter((p) => p.id === id));
  return {
    name: known?.name ?? listed.find((p) => p.name !== undefined)?.name ?? id,
    image: known?.image ?? listed.find((p) => p.image !== undefined)?.image ?? null,
    quantity: known?.quantity ?? listed.find((p) => p.quantity !== undefined)?.quantity,
  };
}

/**
 * D11: one selector per selected product, in the first category with an enabled selector that
 * lists it. Its value is the answer, else the selected quantity; its maximum the selected
 * quantity, else the product's quantity, else 99.
 */
function quantityFields(step: ImportantInformationStep, context: StepContext): Map<string, QuantityField> {
  const { answers, l } = context;
  const fields = new Map<string, QuantityField>();
  step.payload.categories.forEach((category, categoryIndex) => {
    const selector = category.quantitySelector;
    if (!selector?.isEnabled) return;
    for (const product of category.products ?? []) {
      const entry = answers.selected_products?.find((e) => e.id === product.id);
      if (!entry || fields.has(product.id)) continue;
      const info = productInfo(step, context, product.id);
      const max = entry.quantity ?? info.quantity ?? fallbackMax;
      const value = unopenedQuantity(answers, product.id) ?? entry.quantity ?? max;
      const invalid = selector.invalidQuantities ?? {};
      const error = Object.prototype.hasOwnProperty.call(invalid, String(value))
        ? invalid[String(value)]
        : value > max || value < 0
          ? l.t('iiQuantityRange', { count: max })
          : undefined;
      fields.set(product.id, { productId: product.id, categoryIndex, selector, name: info.name, value, max, error });
    }
  });
  return fields;
}

function quantityIds(productId: string) {
  const base = `ii-${idSafe(productId)}-quantity`;
  return { input: base, label: `${base}-label`, hint: `${base}-hint`, error: `${base}-error` };
}

function onQuantityInput(field: QuantityField, context: StepContext, commit: boolean) {
  return (event: Event) => {
    const input = event.target as HTMLInputElement;
    const typed = input.value.trim() === '' ? NaN : Number(input.value);
    if (Number.isInteger(typed) && typed >= 0 && typed <= field.max) {
      if (typed !== field.value) context.actions.setUnopenedQuantity(field.productId, typed);
      return;
    }
    if (!commit) return; // still typing
    // Leaving the field with a value out of range: keep the nearest allowed one.
    const clamped = Number.isFinite(typed) ? Math.min(field.max, Math.max(0, Math.round(typed))) : field.value;
    input.value = String(clamped);
    if (clamped !== field.value) context.actions.setUnopenedQuantity(field.productId, clamped);
  };
}

function renderQuantity(
  field: QuantityField,
  nameId: string,
  noteId: string | undefined,
  context: StepContext,
): TemplateResult {
  const { l } = context;
  const ids = quantityIds(field.productId);
  const describedBy = [ids.hint, noteId ?? '', field.error ? ids.error : ''].filter(Boolean).join(' ');
  return html`<div class="field ii-quantity">
    <div class="ii-quantity-row">
      <label class="field-label" for=${ids.input} id=${ids.label}
        >${field.selector.label || l.t('iiQuantityLabel')}</label
      >
      <input
        type="number"
        id=${ids.input}
        inputmode="numeric"
        min="0"
        max=${field.max}
        step="1"
        .value=${live(String(field.value))}
        aria-labelledby=${`${ids.label} ${nameId}`}
        aria-describedby=${describedBy}
        aria-invalid=${field.error ? 'true' : 'false'}
        @input=${onQuantityInput(field, context, false)}
        @change=${onQuantityInput(field, context, true)}
      />
    </div>
    <span class="field-hint" id=${ids.hint}>${l.t('iiQuantityRange', { count: field.max })}</span>
    <div aria-live="polite">
      ${field.error ? html`<p class="field-error" id=${ids.error}>${field.error}</p>` : nothing}
    </div>
  </div>`;
}

function renderCategory(
  step: ImportantInformationStep,
  category: InformationCategory,
  index: number,
  fields: Map<string, QuantityField>,
  context: StepContext,
): TemplateResult {
  const { l } = context;
  const base = `ii-c${index}`;
  const known = knownTitles[category.type];
  const title = category.title?.trim() || (known ? l.t(known) : '');
  const products = category.products ?? [];
  const here = products.filter((p) => fields.get(p.id)?.categoryIndex === index);
  const selector = category.quantitySelector;
  const noteId = here.length > 0 && selector?.quantityNote ? `${base}-note` : undefined;
  return html`<section class="card ii-category" aria-labelledby=${ifDefined(title ? `${base}-title` : undefined)}>
    ${title ? html`<h3 class="ii-heading" id=${`${base}-title`}>${title}</h3>` : nothing}
    ${category.description ? html`<p class="ii-description">${category.description}</p>` : nothing}
    ${here.length > 0 && selector?.title ? html`<p class="ii-quantity-title">${selector.title}</p>` : nothing}
    ${
      products.length > 0
        ? html`<ul class="ii-products">
            ${products.map((product) => {
              const info = productInfo(step, context, product.id);
              const field = fields.get(product.id);
              const entry = context.answers.selected_products?.find((e) => e.id === product.id);
              const nameId = `${base}-${idSafe(product.id)}-name`;
              return html`<li class="ii-product">
                <div class="ii-product-head">
                  ${renderImage(info.image, '', l)}
                  <span class="ii-product-text">
                    <span class="ii-product-name" id=${nameId}>${info.name}</span>
                    ${entry ? html`<span class="muted">${l.t('returningCount', { count: entry.quantity })}</span>` : nothing}
                  </span>
                </div>
                ${field?.categoryIndex === index ? renderQuantity(field, nameId, noteId, context) : nothing}
              </li>`;
            })}
          </ul>`
        : nothing
    }
    ${noteId ? html`<p class="muted" id=${noteId}>${selector?.quantityNote}</p>` : nothing}
  </section>`;
}

function acknowledgementText(step: ImportantInformationStep): string | undefined {
  const text = step.payload.acknowledgementText?.trim();
  return text ? text : undefined;
}

/** The `important_information` view. */
export const importantInformationView: StepView<ImportantInformationStep> = {
  english: importantInformationEnglish,

  render(step, context) {
    const { l, answers, actions, showProblems } = context;
    const fields = quantityFields(step, context);
    const ackText = acknowledgementText(step);
    const ackInvalid = showProblems && answers.acknowledged !== true;
    return html`<div class="ii">
      ${step.payload.categories.map((category, index) => renderCategory(step, category, index, fields, context))}
      ${
        ackText
          ? html`<div class="card ii-ack">
              <label class="ii-check">
                <input
                  type="checkbox"
                  id=${ackId}
                  required
                  .checked=${live(answers.acknowledged === true)}
                  aria-invalid=${ackInvalid ? 'true' : 'false'}
                  aria-describedby=${ifDefined(ackInvalid ? `${ackId}-error` : undefined)}
                  @change=${(event: Event) => actions.setAcknowledged((event.target as HTMLInputElement).checked)}
                />
                <span>${ackText}</span>
              </label>
              ${ackInvalid ? html`<p class="field-error" id=${`${ackId}-error`}>${l.t('iiErrorAcknowledge')}</p>` : nothing}
            </div>`
          : nothing
      }
    </div>`;
  },

  problems(step, context) {
    const { l, answers } = context;
    const problems: Problem[] = [];
    const fields = quantityFields(step, context);
    // Visual order: categories in order, products in order.
    step.payload.categories.forEach((category, index) => {
      for (const product of category.products ?? []) {
        const field = fields.get(product.id);
        if (field?.categoryIndex === index && field.error) {
          problems.push({
            fieldId: quantityIds(field.productId).input,
            message: l.t('iiProblemQuantity', { name: field.name }),
          });
        }
      }
    });
    if (acknowledgementText(step) && answers.acknowledged !== true) {
      problems.push({ fieldId: ackId, message: l.t('iiProblemAcknowledge') });
    }
    return problems;
  },

  styles: css`
    .ii {
      display: grid;
      gap: var(--_space);
    }

    .ii-heading {
      margin: 0;
      font-size: 1rem;
      overflow-wrap: anywhere;
    }

    .ii-description,
    .ii-quantity-title {
      overflow-wrap: anywhere;
    }

    .ii-quantity-title {
      font-weight: 600;
    }

    .ii-products {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding: 0;
      list-style: none;
    }

    .ii-product {
      display: grid;
      gap: 0.5rem;
      --_image-size: 2.75rem;
    }

    .ii-product-head {
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 0.75);
    }

    .ii-product-text {
      display: grid;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }

    .ii-product-name {
      font-weight: 600;
    }

    .ii-quantity-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem var(--_space);
    }

    .ii-quantity input {
      inline-size: 6rem;
    }

    .ii-check {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: calc(var(--_space) * 0.75);
      align-items: start;
      cursor: pointer;
      overflow-wrap: anywhere;
    }

    .ii-check input {
      margin: 0;
      margin-block-start: 0.0625rem;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      accent-color: var(--_accent);
    }
  `,
};
