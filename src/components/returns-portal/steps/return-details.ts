/**
 * The `return_details` step (PROTOCOL.md 4.7, DECISIONS.md D6, D9, D33): an already-submitted
 * return — its status and stage, dates, the returned products (with reason, option, replacement
 * and photos), the order's other products, the detail buttons and the Cancel return action.
 *
 * The step has no confirm (D9). A side-effect-free view (D37): detail buttons call
 * `context.actions.openDetail`, disclosures go through `context.actions.toggleUi`. The only DOM
 * work is in event handlers: a photo thumbnail opens its native `<dialog>` with `showModal()`.
 */
import { formatPrice } from '../../../i18n/format.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderImage } from '../../../internal/images.js';
import {
  normaliseStatus,
  sizeLabel,
  type OrderProduct,
  type ReturnDetailButton,
  type ReturnDetailsStep,
  type ReturnedProduct,
} from '../../../protocol/index.js';
import { stageLabelKey, stageTrack } from '../../../internal/stages.js';
import { renderTime } from '../../../internal/time.js';
import { returnDetailsEnglish } from '../../../i18n/en/portal-steps.js';
import type { PortalLocalizer, StepContext, StepView } from './step-view.js';
import { knownButtonTypes } from './step-issues.js';

/** The `toggleUi` key of the "other products" disclosure. */
export const OTHER_PRODUCTS_UI = 'return_details:other-products';

/** The detail buttons to show, in the flow's order; a label link is added when only `payload.returnLabel` gives one. */
function shownButtons(step: ReturnDetailsStep): ReturnDetailButton[] {
  const buttons = (step.payload.returnDetailButtons ?? []).filter((b) => knownButtonTypes.has(b.type) || b.url);
  if (step.payload.returnLabel && !buttons.some((b) => b.type === 'return_label')) {
    buttons.unshift({ type: 'return_label', url: step.payload.returnLabel });
  }
  return buttons;
}

const newTabHint = (l: PortalLocalizer) => html`<span class="visually-hidden"> ${l.t('opensInNewTab')}</span>`;

function renderButton(button: ReturnDetailButton, step: ReturnDetailsStep, context: StepContext): TemplateResult {
  const { l, busy, actions } = context;
  const text = button.text?.trim();
  const detail = (type: 'shipping_information' | 'drop_off_locations', label: string) =>
    html`<button
      type="button"
      class="secondary rd-action"
      data-type=${button.type}
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => {
        if (!busy) actions.openDetail(type);
      }}
    >
      ${label}
    </button>`;
  switch (button.type) {
    case 'shipping_info':
      return detail('shipping_information', text || l.t('rdShippingInfo'));
    case 'drop_off_locations':
      return detail('drop_off_locations', text || l.t('rdDropOff'));
    case 'return_label': {
      // A refused `url` is `null` after validation: fall back to `payload.returnLabel` (D21).
      const url = button.url ?? step.payload.returnLabel ?? null;
      const label = text || l.t('rdDownloadLabel');
      return url
        ? html`<a
            class="link-button rd-action rd-label"
            data-type="return_label"
            href=${url}
            download
            target="_blank"
            rel="noopener noreferrer"
            >${label}${newTabHint(l)}</a
          >`
        : html`<span class="rd-unavailable" data-type="return_label"
            >${l.t('rdLinkUnavailable', { text: label })}</span
          >`;
    }
    default:
      return html`<a
        class="secondary rd-action"
        data-type=${button.type}
        href=${button.url ?? ''}
        target="_blank"
        rel="noopener noreferrer"
        >${text || l.t('rdMoreInfo')}${newTabHint(l)}</a
      >`;
  }
}

function renderDate(
  labelKey: 'rdOrdered' | 'rdDelivered' | 'rdSubmitted' | 'rdDeadline',
  text: string | undefined,
  l: PortalLocalizer,
  style: 'date' | 'dateTime' = 'date',
) {
  if (!text) return nothing;
  return html`<div class="rd-fact">
    <dt>${l.t(labelKey)}</dt>
    <dd>${renderTime(text, l, style)}</dd>
  </div>`;
}

function renderSummary(step: ReturnDetailsStep, l: PortalLocalizer): TemplateResult {
  const p = step.payload;
  const status = normaliseStatus(p.status);
  const track = stageTrack(status);
  return html`<section class="card rd-summary" aria-labelledby="rd-status-label">
    <p class="rd-status">
      <span id="rd-status-label" class="muted">${l.t('rdStatus')}</span>
      <strong class="rd-status-text">${status.key ? l.t(status.key) : status.label}</strong>
    </p>
    ${
      track
        ? html`<ol class="rd-stages" aria-label=${l.t('stageProgressLabel')}>
            ${track.stages.map((stage, index) => {
              const done = index < track.current;
              const current = index === track.current;
              return html`<li
                class="rd-stage ${done ? 'done' : current ? 'current' : 'upcoming'}"
                aria-current=${ifDefined(current ? 'step' : undefined)}
              >
                <span class="rd-marker" aria-hidden="true"></span>
                <span class="rd-stage-label"
                  >${l.t(stageLabelKey[stage])}${done ? html`<span class="visually-hidden"> ${l.t('stageCompleted')}</span>` : nothing}</span
                >
              </li>`;
            })}
          </ol>`
        : nothing
    }
    <dl class="rd-facts">
      <div class="rd-fact">
        <dt>${l.t('rdOrderNumber')}</dt>
        <dd class="rd-order-number">${p.orderNumber}</dd>
      </div>
      ${renderDate('rdOrdered', p.orderDate, l)} ${renderDate('rdDelivered', p.deliveryDate, l)}
      ${renderDate('rdSubmitted', p.returnSubmittedDate, l, 'dateTime')}
      ${renderDate('rdDeadline', p.returnDeadlineDate, l)}
    </dl>
  </section>`;
}

/** Opens the photo dialog named by the thumbnail's `aria-controls`. */
function openPhoto(event: Event) {
  const button = event.currentTarget as HTMLElement;
  const root = button.getRootNode() as Document | ShadowRoot;
  const dialog = root.getElementById?.(button.getAttribute('aria-controls') ?? '');
  if (dialog instanceof HTMLDialogElement && !dialog.open) dialog.showModal();
}

/** Gives focus back to the thumbnail that opened the dialog. */
function photoClosed(event: Event) {
  const dialog = event.currentTarget as HTMLDialogElement;
  const root = dialog.getRootNode() as Document | ShadowRoot;
  root.getElementById?.(dialog.dataset.opener ?? '')?.focus();
}

function renderPhotos(product: ReturnedProduct, productIndex: number, l: PortalLocalizer) {
  const photos = product.attachments ?? [];
  if (photos.length === 0) return nothing;
  const total = photos.length;
  return html`<div class="rd-photos">
    <p class="rd-subheading" id="rd-photos-${productIndex}">${l.t('rdPhotos')}</p>
    <ul class="rd-thumbs" aria-labelledby="rd-photos-${productIndex}">
      ${photos.map((url, i) => {
        const number = i + 1;
        const id = `rd-photo-${productIndex}-${i}`;
        if (!url) return html`<li>${renderImage(null, l.t('rdPhotoTitle', { number, total }), l)}</li>`;
        return html`<li>
          <button
            type="button"
            class="rd-thumb"
            id="${id}-open"
            aria-haspopup="dialog"
            aria-controls="${id}-dialog"
            aria-label=${l.t('rdPhotoOpen', { number, total })}
            @click=${openPhoto}
          >
            ${renderImage(url, '', l)}
          </button>
          <dialog
            class="rd-photo-dialog"
            id="${id}-dialog"
            data-opener="${id}-open"
            aria-labelledby="${id}-title"
            @close=${photoClosed}
          >
            <div class="rd-dialog-head">
              <p class="rd-dialog-title" id="${id}-title">${l.t('rdPhotoTitle', { number, total })}</p>
              <form method="dialog">
                <button class="secondary rd-dialog-close">${l.t('close')}</button>
              </form>
            </div>
            <img
              class="rd-photo-large"
              src=${url}
              alt=${l.t('rdPhotoAlt', { number, total, name: product.name })}
              loading="lazy"
            />
          </dialog>
        </li>`;
      })}
    </ul>
  </div>`;
}

function renderReplacement(product: ReturnedProduct, l: PortalLocalizer) {
  const details = product.replacementDetails;
  if (!details) return nothing;
  const size = sizeLabel(details.size);
  const colour = details.colour?.trim();
  return html`<div class="rd-replacement">
    ${details.image !== undefined ? renderImage(details.image, l.t('rdReplacementImage', { name: product.name }), l) : nothing}
    <div class="rd-lines">
      <p class="rd-subheading">${l.t('rdReplacement')}</p>
      ${colour ? html`<p class="muted">${l.t('rdColour', { colour })}</p>` : nothing}
      ${size ? html`<p class="muted">${l.t('rdSize', { size })}</p>` : nothing}
    </div>
  </div>`;
}

function renderVariant(colour: string | undefined, size: string, l: PortalLocalizer) {
  const c = colour?.trim();
  return html`${c ? html`<p class="muted">${l.t('rdColour', { colour: c })}</p>` : nothing}
  ${size ? html`<p class="muted">${l.t('rdSize', { size })}</p>` : nothing}`;
}

function renderReturnedProduct(product: ReturnedProduct, index: number, l: PortalLocalizer): TemplateResult {
  const reason = product.returnReason?.text.trim();
  const option = product.returnOption?.text.trim();
  const count = product.returnQuantity;
  return html`<li class="card rd-product">
    <div class="rd-product-main">
      ${renderImage(product.image, product.name, l)}
      <div class="rd-lines">
        <p class="rd-name">${product.name}</p>
        ${renderVariant(product.colour, sizeLabel(product.size), l)}
        <p class="rd-price">${formatPrice(product.price, l.locale)}</p>
        <p class="rd-quantity">
          ${
            product.quantity !== undefined
              ? l.t('rdReturnQuantity', { count, total: product.quantity })
              : l.t('rdReturnCount', { count })
          }
        </p>
      </div>
    </div>
    ${
      reason || option
        ? html`<dl class="rd-facts">
            ${
              reason
                ? html`<div class="rd-fact">
                    <dt>${l.t('rdReason')}</dt>
                    <dd class="rd-reason">${reason}</dd>
                  </div>`
                : nothing
            }
            ${
              option
                ? html`<div class="rd-fact">
                    <dt>${l.t('rdOption')}</dt>
                    <dd class="rd-option">${option}</dd>
                  </div>`
                : nothing
            }
          </dl>`
        : nothing
    }
    ${renderReplacement(product, l)} ${renderPhotos(product, index, l)}
  </li>`;
}

function renderOrderProduct(product: OrderProduct, l: PortalLocalizer): TemplateResult {
  return html`<li class="rd-other">
    ${renderImage(product.image, product.name, l)}
    <div class="rd-lines">
      <p class="rd-name">${product.name}</p>
      <p class="muted">${formatPrice(product.price, l.locale)}</p>
      ${product.quantity !== undefined ? html`<p class="muted">${l.t('rdQuantity', { count: product.quantity })}</p>` : nothing}
    </div>
  </li>`;
}

function renderOtherProducts(step: ReturnDetailsStep, context: StepContext) {
  const products = step.payload.products ?? [];
  if (products.length === 0) return nothing;
  const { l, ui, actions } = context;
  const expanded = ui.has(OTHER_PRODUCTS_UI);
  return html`<section class="rd-other-products">
    <h3 class="rd-heading">
      <button
        type="button"
        class="disclosure rd-disclosure"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="rd-other-list"
        @click=${() => actions.toggleUi(OTHER_PRODUCTS_UI)}
      >
        <span class="disclosure-icon" aria-hidden="true"></span>
        <span>${l.t('rdOtherProducts', { count: products.length })}</span>
      </button>
    </h3>
    <ul id="rd-other-list" class="rd-list" ?hidden=${!expanded}>
      ${products.map((product) => renderOrderProduct(product, l))}
    </ul>
  </section>`;
}

/** The `return_details` view; the buttons it leaves out are reported by `step-issues.ts`. */
export const returnDetailsView: StepView<ReturnDetailsStep> = {
  english: returnDetailsEnglish,

  render(step, context) {
    const { l, busy, actions } = context;
    const buttons = shownButtons(step);
    return html`${renderSummary(step, l)}
      ${
        buttons.length > 0
          ? html`<div class="rd-actions">${buttons.map((button) => renderButton(button, step, context))}</div>`
          : nothing
      }
      <section class="rd-returned" aria-labelledby="rd-returned-heading">
        <h3 id="rd-returned-heading" class="rd-heading">${l.t('rdReturnedHeading')}</h3>
        <ul class="rd-list">
          ${step.payload.returnedProducts.map((product, index) => renderReturnedProduct(product, index, l))}
        </ul>
      </section>
      ${renderOtherProducts(step, context)}
      ${
        step.payload.isCancellable === false
          ? nothing
          : html`<button
              type="button"
              class="secondary rd-cancel"
              aria-disabled=${busy ? 'true' : 'false'}
              @click=${() => {
                if (!busy) actions.openDetail('cancel_return');
              }}
            >
              ${l.t('rdCancelReturn')}
            </button>`
      }`;
  },

  styles: css`
    .rd-summary {
      gap: calc(var(--_space) * 0.75);
    }

    .rd-status {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.5rem;
    }

    .rd-status-text {
      font-size: 1.0625rem;
      overflow-wrap: anywhere;
    }

    .rd-stages {
      --_marker: 0.875rem;
      list-style: none;
      padding: 0;
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
    }

    .rd-stage {
      position: relative;
      display: grid;
      justify-items: center;
      align-content: start;
      gap: 0.25rem;
      padding-inline: 0.125rem;
      text-align: center;
      color: var(--_text-muted);
      font-size: var(--_font-size-small);
      line-height: 1.25;
      overflow-wrap: anywhere;
    }

    .rd-stage::before {
      content: '';
      position: absolute;
      inset-block-start: calc(var(--_marker) / 2 - 1px);
      inset-inline-end: 50%;
      inline-size: 100%;
      block-size: 2px;
      background: var(--_border);
    }

    .rd-stage:first-child::before {
      display: none;
    }

    .rd-stage.done::before,
    .rd-stage.current::before {
      background: var(--_accent);
    }

    .rd-marker {
      position: relative;
      inline-size: var(--_marker);
      block-size: var(--_marker);
      border: 2px solid var(--_border);
      border-radius: 50%;
      background: var(--_surface);
    }

    .rd-stage.done .rd-marker,
    .rd-stage.current .rd-marker {
      border-color: var(--_accent);
      background: var(--_accent);
    }

    .rd-stage.current .rd-marker {
      box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 30%, transparent);
    }

    .rd-stage.current {
      color: var(--_text);
      font-weight: 600;
    }

    .rd-facts {
      display: grid;
      gap: 0.375rem;
      margin: 0;
    }

    .rd-fact {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 var(--_space);
    }

    .rd-fact dt {
      color: var(--_text-muted);
    }

    .rd-fact dd {
      margin: 0;
      text-align: end;
      overflow-wrap: anywhere;
    }

    .rd-actions {
      display: grid;
      gap: calc(var(--_space) / 2);
    }

    .rd-action {
      inline-size: 100%;
      text-align: center;
      overflow-wrap: anywhere;
    }

    .rd-unavailable {
      color: var(--_text-muted);
    }

    .rd-heading {
      margin: 0;
      font-size: 1rem;
    }

    .rd-list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }

    .rd-list[hidden] {
      display: none;
    }

    .rd-returned,
    .rd-other-products {
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }

    .rd-product-main,
    .rd-other,
    .rd-replacement {
      display: flex;
      gap: var(--_space);
      align-items: flex-start;
      min-inline-size: 0;
    }

    .rd-replacement {
      --_image-size: 2.75rem;
      padding-block-start: calc(var(--_space) * 0.75);
      border-block-start: 1px solid var(--_border);
    }

    .rd-lines {
      display: grid;
      gap: 0.125rem;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }

    .rd-name,
    .rd-subheading {
      font-weight: 600;
    }

    .rd-photos {
      display: grid;
      gap: 0.375rem;
    }

    .rd-thumbs {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
    }

    .rd-thumb {
      --_image-size: 2.75rem;
      display: block;
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      background: none;
      cursor: zoom-in;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
    }

    .rd-thumb .image-frame {
      --_image-size: 2.75rem;
    }

    .rd-photo-dialog {
      box-sizing: border-box;
      max-inline-size: min(40rem, calc(100vw - 1rem));
      max-block-size: calc(100vh - 1rem);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }

    .rd-photo-dialog[open] {
      display: grid;
      gap: var(--_space);
    }

    .rd-photo-dialog::backdrop {
      background: rgb(0 0 0 / 0.6);
    }

    .rd-dialog-head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
    }

    .rd-dialog-title {
      font-weight: 600;
    }

    .rd-photo-large {
      display: block;
      max-inline-size: 100%;
      max-block-size: 70vh;
      margin-inline: auto;
      object-fit: contain;
    }

    .rd-disclosure {
      inline-size: 100%;
    }

    .rd-cancel {
      inline-size: 100%;
      color: var(--_danger);
      border-color: currentColor;
    }
  `,
};
