/**
 * The `return_options` step (PROTOCOL.md 4.4): per product, how the shopper wants to be
 * compensated (refund, replacement, store credit, …), the replacement's colour and size, and the
 * delivery details a replacement goes to.
 */
import { formatPrice } from '../../../i18n/format.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { renderImage } from '../../../internal/images.js';
import type {
  ReplacementColour,
  ReturnOption,
  ReturnOptionsProduct,
  ReturnOptionsStep,
  UserDetails,
} from '../../../protocol/index.js';
import { returnOptionsEnglish } from '../../../i18n/en/portal-steps.js';
import type { PortalLocalizer, Problem, StepContext, StepView } from './step-view.js';
import { idSafe } from './ids.js';

/** The ids of one product's controls (unique within the portal's shadow root). */
function idsOf(productId: string) {
  const base = `ro-${idSafe(productId)}`;
  return {
    name: `${base}-name`,
    option: `${base}-option`,
    optionError: `${base}-option-error`,
    colour: `${base}-colour`,
    colourLegend: `${base}-colour-legend`,
    colourError: `${base}-colour-error`,
    size: `${base}-size`,
    sizeLegend: `${base}-size-legend`,
    sizeError: `${base}-size-error`,
  };
}

/** What the shopper chose for one product, read from the answers and checked against the step. */
interface ProductState {
  readonly product: ReturnOptionsProduct;
  readonly name: string;
  readonly image: string | null;
  readonly quantity: number | undefined;
  /** The chosen option, if it is one of this product's available options. */
  readonly option: ReturnOption | undefined;
  /** The replacement pickers are shown (replacement chosen, selector enabled). */
  readonly picksReplacement: boolean;
  /** The chosen colour, if it is one of the selector's colours. */
  readonly colour: ReplacementColour | undefined;
  /** The chosen size, if it is an enabled size of the chosen colour. */
  readonly size: string | undefined;
}

function isAvailable(option: ReturnOption): boolean {
  return option.unavailableReason === undefined;
}

function stateOf(product: ReturnOptionsProduct, context: StepContext): ProductState {
  const known = context.products.get(product.id);
  const entry = context.answers.selected_products?.find((e) => e.id === product.id);
  const option = product.returnOptions.find((o) => isAvailable(o) && o.type === entry?.return_option);
  const selector = product.replacementSelector;
  const picksReplacement = option?.type === 'replacement' && selector?.isEnabled === true;
  const colour = picksReplacement ? selector?.colours.find((c) => c.name === entry?.replacement?.colour) : undefined;
  const chosenSize = entry?.replacement?.size;
  const size = colour?.sizes.some((s) => s.value === chosenSize && !s.disabled) ? chosenSize : undefined;
  return {
    product,
    name: known?.name ?? product.name ?? product.id,
    image: known?.image ?? product.image ?? null,
    quantity: entry?.quantity,
    option,
    picksReplacement,
    colour,
    size,
  };
}

/** Which of a group's radios carries the group's id (the one focus moves to): the first enabled. */
function firstEnabled<T>(items: readonly T[], enabled: (item: T) => boolean): number {
  return items.findIndex(enabled);
}

function renderOption(
  state: ProductState,
  option: ReturnOption,
  index: number,
  idIndex: number,
  step: ReturnOptionsStep,
  context: StepContext,
) {
  const { l, actions } = context;
  const ids = idsOf(state.product.id);
  const optionId = index === idIndex ? ids.option : `${ids.option}-${index}`;
  const unavailable = !isAvailable(option);
  const credit = option.type === 'store_credit' ? step.payload.additionalStoreCredit : undefined;
  const titleId = `${optionId}-title`;
  const bonusId = `${optionId}-bonus`;
  const descriptionId = `${optionId}-description`;
  const reasonId = `${optionId}-reason`;
  const describedBy = [option.description ? descriptionId : '', unavailable ? reasonId : ''].filter(Boolean).join(' ');
  return html`<label class="ro-option ${unavailable ? 'ro-disabled' : ''}">
    <input
      type="radio"
      id=${optionId}
      name=${ids.option}
      value=${option.type}
      .checked=${live(state.option === option)}
      ?disabled=${unavailable}
      aria-labelledby=${credit ? `${titleId} ${bonusId}` : titleId}
      aria-describedby=${ifDefined(describedBy || undefined)}
      @change=${() => actions.setReturnOption(state.product.id, option.type)}
    />
    <span class="ro-option-body">
      <span class="ro-option-title" id=${titleId}>${option.text || option.type}</span>
      ${credit ? html`<span class="ro-bonus" id=${bonusId}>${l.t('roBonusCredit', { amount: formatPrice(credit, l.locale) })}</span>` : nothing}
      ${option.description ? html`<span class="muted" id=${descriptionId}>${option.description}</span>` : nothing}
      ${unavailable ? html`<span class="ro-reason" id=${reasonId}>${option.unavailableReason}</span>` : nothing}
    </span>
  </label>`;
}

function renderColours(state: ProductState, context: StepContext): TemplateResult {
  const { l, actions, showProblems } = context;
  const ids = idsOf(state.product.id);
  const colours = state.product.replacementSelector?.colours ?? [];
  const invalid = showProblems && !state.colour;
  return html`<fieldset
    class="ro-picker"
    role="radiogroup"
    aria-labelledby=${ids.colourLegend}
    aria-required="true"
    aria-invalid=${invalid ? 'true' : 'false'}
    aria-describedby=${ifDefined(invalid ? ids.colourError : undefined)}
    id=${ifDefined(colours.length === 0 ? ids.colour : undefined)}
    tabindex=${ifDefined(colours.length === 0 ? '-1' : undefined)}
  >
    <legend class="field-label" id=${ids.colourLegend}>${l.t('roColour')}</legend>
    ${invalid ? html`<p class="field-error" id=${ids.colourError}>${l.t('roErrorColour')}</p>` : nothing}
    <div class="ro-choices">
      ${colours.map((colour, index) => {
        const id = index === 0 ? ids.colour : `${ids.colour}-${index}`;
        return html`<label class="ro-chip ro-swatch">
          <input
            type="radio"
            id=${id}
            name=${ids.colour}
            value=${colour.name}
            .checked=${live(state.colour === colour)}
            aria-labelledby=${`${id}-name`}
            @change=${() => actions.setReplacement(state.product.id, { colour: colour.name })}
          />
          ${colour.image !== undefined ? renderImage(colour.image, '', l) : nothing}
          <span id=${`${id}-name`}>${colour.name}</span>
        </label>`;
      })}
    </div>
  </fieldset>`;
}

function renderSizes(state: ProductState, colour: ReplacementColour, context: StepContext): TemplateResult {
  const { l, actions, showProblems } = context;
  const ids = idsOf(state.product.id);
  const idIndex = firstEnabled(colour.sizes, (s) => !s.disabled);
  const invalid = showProblems && !state.size;
  const describedBy = [invalid ? ids.sizeError : '', idIndex < 0 ? `${ids.size}-none` : ''].filter(Boolean).join(' ');
  return html`<fieldset
    class="ro-picker"
    role="radiogroup"
    aria-labelledby=${ids.sizeLegend}
    aria-required="true"
    aria-invalid=${invalid ? 'true' : 'false'}
    aria-describedby=${ifDefined(describedBy || undefined)}
    id=${ifDefined(idIndex < 0 ? ids.size : undefined)}
    tabindex=${ifDefined(idIndex < 0 ? '-1' : undefined)}
  >
    <legend class="field-label" id=${ids.sizeLegend}>${l.t('roSize')}</legend>
    ${invalid ? html`<p class="field-error" id=${ids.sizeError}>${l.t('roErrorSize')}</p>` : nothing}
    ${idIndex < 0 ? html`<p class="muted" id=${`${ids.size}-none`}>${l.t('roNoSizes')}</p>` : nothing}
    <div class="ro-choices">
      ${colour.sizes.map(
        (size, index) =>
          html`<label class="ro-chip ${size.disabled ? 'ro-disabled' : ''}">
            <input
              type="radio"
              id=${index === idIndex ? ids.size : `${ids.size}-${index}`}
              name=${ids.size}
              value=${size.value}
              .checked=${live(!size.disabled && state.size === size.value)}
              ?disabled=${size.disabled === true}
              @change=${() => actions.setReplacement(state.product.id, { colour: colour.name, size: size.value })}
            />
            <span>${size.value}</span>
            ${size.disabled ? html`<span class="ro-chip-note">${l.t('roSizeUnavailable')}</span>` : nothing}
          </label>`,
      )}
    </div>
  </fieldset>`;
}

function renderProduct(state: ProductState, step: ReturnOptionsStep, context: StepContext): TemplateResult {
  const { l, showProblems } = context;
  const ids = idsOf(state.product.id);
  const options = state.product.returnOptions;
  const idIndex = firstEnabled(options, isAvailable);
  const invalid = showProblems && !state.option;
  return html`<div class="card ro-product">
    <fieldset
      role="radiogroup"
      aria-labelledby=${ids.name}
      aria-required="true"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(invalid ? ids.optionError : undefined)}
      id=${ifDefined(idIndex < 0 ? ids.option : undefined)}
      tabindex=${ifDefined(idIndex < 0 ? '-1' : undefined)}
    >
      <legend class="ro-legend">
        <span class="ro-product-head">
          ${renderImage(state.image, '', l)}
          <span class="ro-product-text">
            <span class="ro-product-name" id=${ids.name}>${state.name}</span>
            ${
              state.quantity !== undefined
                ? html`<span class="muted">${l.t('returningCount', { count: state.quantity })}</span>`
                : nothing
            }
          </span>
        </span>
      </legend>
      ${invalid ? html`<p class="field-error" id=${ids.optionError}>${l.t('roErrorOption')}</p>` : nothing}
      <div class="ro-options">
        ${options.map((option, index) => renderOption(state, option, index, idIndex, step, context))}
      </div>
    </fieldset>
    ${
      state.picksReplacement
        ? html`<div class="ro-replacement">
            ${renderColours(state, context)} ${state.colour ? renderSizes(state, state.colour, context) : nothing}
          </div>`
        : nothing
    }
  </div>`;
}

/** `+44 7700 900123` for a dialling code; `07700 900123 (United Kingdom)` for a region code. */
function phoneText(number: string, countryCode: string | undefined, l: PortalLocalizer): string {
  const code = countryCode?.trim();
  if (!code) return number;
  if (/^\+?[\d\s-]+$/.test(code)) return l.t('roPhoneWithDialCode', { code: `+${code.replace(/^\+/, '')}`, number });
  let country = code;
  if (/^[A-Za-z]{2}$/.test(code)) {
    try {
      country = new Intl.DisplayNames([l.locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
    } catch {
      country = code;
    }
  }
  return l.t('roPhoneWithCountry', { number, country });
}

function renderUserDetails(details: UserDetails, l: PortalLocalizer): TemplateResult | typeof nothing {
  const address = details.address ?? {};
  const lines = [address.line1, address.line2, address.city, address.county, address.postcode, address.country]
    .map((line) => line?.trim())
    .filter((line): line is string => !!line);
  const name = details.fullName?.trim();
  const phone = details.mobileNumber?.trim();
  if (!name && !phone && lines.length === 0) return nothing;
  return html`<section class="card ro-delivery" aria-labelledby="ro-delivery-title">
    <h3 class="ro-heading" id="ro-delivery-title">${l.t('roDeliveryTitle')}</h3>
    <dl class="ro-details">
      ${
        name
          ? html`<div>
              <dt>${l.t('roDeliveryName')}</dt>
              <dd>${name}</dd>
            </div>`
          : nothing
      }
      ${
        phone
          ? html`<div>
              <dt>${l.t('roDeliveryPhone')}</dt>
              <dd><bdi>${phoneText(phone, details.countryCode, l)}</bdi></dd>
            </div>`
          : nothing
      }
      ${
        lines.length > 0
          ? html`<div>
              <dt>${l.t('roDeliveryAddress')}</dt>
              <dd>${lines.map((line) => html`<span class="ro-address-line">${line}</span>`)}</dd>
            </div>`
          : nothing
      }
    </dl>
  </section>`;
}

/** The `return_options` view. */
export const returnOptionsView: StepView<ReturnOptionsStep> = {
  english: returnOptionsEnglish,

  render(step, context) {
    const states = step.payload.products.map((product) => stateOf(product, context));
    return html`<div class="ro">
      ${states.map((state) => renderProduct(state, step, context))}
      ${step.payload.userDetails ? renderUserDetails(step.payload.userDetails, context.l) : nothing}
    </div>`;
  },

  problems(step, context) {
    const { l } = context;
    const problems: Problem[] = [];
    for (const product of step.payload.products) {
      const state = stateOf(product, context);
      const ids = idsOf(product.id);
      const name = state.name;
      if (!state.option) {
        problems.push({ fieldId: ids.option, message: l.t('roProblemOption', { name }) });
      } else if (state.picksReplacement && !state.colour) {
        problems.push({ fieldId: ids.colour, message: l.t('roProblemColour', { name }) });
      } else if (state.picksReplacement && !state.size) {
        problems.push({ fieldId: ids.size, message: l.t('roProblemSize', { name }) });
      }
    }
    return problems;
  },

  styles: css`
    .ro {
      display: grid;
      gap: var(--_space);
    }

    .ro-product {
      --_image-size: 3rem;
    }

    .ro-legend {
      margin-block-end: calc(var(--_space) * 0.75);
    }

    .ro-product-head {
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 0.75);
    }

    .ro-product-text {
      display: grid;
      min-inline-size: 0;
    }

    .ro-product-name {
      overflow-wrap: anywhere;
    }

    .ro-product-text .muted {
      font-weight: 400;
    }

    .ro-options {
      display: grid;
      gap: calc(var(--_space) / 2);
    }

    .ro-option {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: calc(var(--_space) * 0.75);
      align-items: start;
      padding: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      cursor: pointer;
    }

    .ro-option:has(input:checked) {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
    }

    .ro-option:has(input:focus-visible) {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }

    .ro-option input,
    .ro-chip input {
      margin: 0;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      accent-color: var(--_accent);
    }

    .ro-option input {
      margin-block-start: 0.0625rem;
    }

    .ro-option-body {
      display: grid;
      gap: 0.125rem;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }

    .ro-option-title {
      font-weight: 600;
    }

    .ro-bonus {
      color: var(--_success);
      font-weight: 600;
      font-size: var(--_font-size-small);
    }

    .ro-reason {
      color: var(--_text-muted);
      font-size: var(--_font-size-small);
      font-style: italic;
    }

    .ro-disabled {
      cursor: not-allowed;
      background: var(--_surface-subtle);
    }

    .ro-disabled .ro-option-title,
    .ro-disabled > span:first-of-type {
      color: var(--_text-muted);
    }

    .ro-replacement {
      display: grid;
      gap: var(--_space);
      padding-block-start: calc(var(--_space) * 0.75);
      border-block-start: 1px solid var(--_border);
    }

    .ro-picker {
      display: grid;
      gap: 0.5rem;
    }

    .ro-picker legend {
      margin-block-end: 0.5rem;
    }

    .ro-choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }

    .ro-chip {
      --_image-size: 1.75rem;
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2.75rem;
      max-inline-size: 100%;
      padding-block: 0.25rem;
      padding-inline: 0.625rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      cursor: pointer;
      overflow-wrap: anywhere;
    }

    .ro-chip:has(input:checked) {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
    }

    .ro-chip:has(input:focus-visible) {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }

    .ro-chip-note {
      font-size: var(--_font-size-small);
      color: var(--_text-muted);
    }

    .ro-heading {
      margin: 0;
      font-size: 1rem;
    }

    .ro-details {
      display: grid;
      gap: 0.5rem;
      margin: 0;
    }

    .ro-details dt {
      font-weight: 600;
      font-size: var(--_font-size-small);
      color: var(--_text-muted);
    }

    .ro-details dd {
      margin: 0;
      overflow-wrap: anywhere;
    }

    .ro-address-line {
      display: block;
    }

    @media (forced-colors: active) {
      .ro-option:has(input:checked),
      .ro-chip:has(input:checked) {
        border-width: 3px;
      }
    }
  `,
};
