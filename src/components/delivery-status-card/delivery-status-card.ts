import { cardFrameStyles } from '../../internal/card-frame.styles.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PayloadElement } from '../../internal/payload-element.js';
import { cardErrorStyles } from '../../internal/card-error.js';
import { imageStyles, renderImage, renderProductImages } from '../../internal/images.js';
import { tokenStyles } from '../../styles/tokens.styles.js';
import { ChatEventEvent } from '../../events/chat-event.js';
// Direct module imports keep the card's bundle to its own schema (DECISIONS.md D36).
import { parseOrderTrackerPayload } from '../../protocol/parse-cards.js';
import { normaliseStatus, statusStage } from '../../protocol/status.js';
import type { OrderTrackerPayload, ParseResult, TrackingHistoryItem } from '../../protocol/index.js';
import type { Localizer, StringParams } from '../../i18n/localizer.js';
import { deliveryStatusCardEnglish } from '../../i18n/en/delivery-status-card.js';
import { icon, stageIcon } from './delivery-status-card.icons.js';
import { renderTime } from '../../internal/time.js';
import { newestFirst, statusTone } from './delivery-status-card.model.js';
import { stageLabelKey, stageTrack } from '../../internal/stages.js';
import { cardStyles } from './delivery-status-card.styles.js';

/** A key of the card's English strings. */
type CardStringKey = keyof typeof deliveryStatusCardEnglish;

/** The card's localizer: `t` takes only the keys the card has English for. */
type CardLocalizer = Localizer<CardStringKey>;

/** The history is collapsed to its latest event when it has more events than this. */
const HISTORY_COLLAPSE_ABOVE = 3;

/** How long the "Copied" confirmation stays visible, in milliseconds. */
const COPIED_VISIBLE_MS = 4000;

/** What the last copy attempt did. */
type CopyState = 'idle' | 'copied' | 'failed';

/** The status text in the shopper's language: the built-in string for a known spelling, else as given. */
function statusText(status: string, l: CardLocalizer): string {
  const normalised = normaliseStatus(status);
  return normalised.key ? l.t(normalised.key) : normalised.label;
}

/** Non-blank text, else `undefined` (optional strings may arrive empty). */
function given(text: string | undefined): string | undefined {
  return text !== undefined && text.trim() !== '' ? text : undefined;
}

/**
 * A built-in string with its `{name}` placeholder replaced by a template (a `<time>`, flow text)
 * in a `<bdi>`, so values keep their own markup and direction inside translated text. Without the placeholder
 * (an override that dropped it) the text is shown alone.
 */
function withSlot(
  l: CardLocalizer,
  key: CardStringKey,
  name: string,
  value: TemplateResult,
  params: StringParams = {},
) {
  const marker = `{${name}}`;
  const text = l.t(key, params);
  const at = text.indexOf(marker);
  if (at < 0) return html`${text}`;
  return html`${text.slice(0, at)}<bdi>${value}</bdi>${text.slice(at + marker.length)}`;
}

/** Flow text, isolated so a right-to-left card shows left-to-right text correctly (and vice versa). */
function flowText(text: string): TemplateResult {
  return html`<bdi>${text}</bdi>`;
}

/**
 * Give it the activity payload as the `payload` property or as a JSON `payload`
 * attribute. The payload is validated once per distinct JSON; an invalid one shows a compact
 * error state and fires `protocol-error`, never an exception. Dates and the status are shown in
 * the element's `locale`; the layout works from 280 px wide and follows `dir`.
 *
 * Pressing **Return** fires `chat-event` once; the button then shows a pending state until a
 * payload with different JSON arrives or the host calls `reset()`.
 *
 * @tag delivery-status-card
 * @summary The delivery status of an order in a chat: where the parcel is, the tracking details
 * and history, and a Return button when the order can be returned (the `orderTracker` /
 * `deliveryStatus` activity).
 *
 * @fires chat-event - When Return is pressed: `detail` is
 *   `{ type: 'chat_event', payload: { name: 'returnRequested', orderNumber? } }`, to forward
 *   unchanged to the chat flow. Fired once until `reset()` or a different payload.
 * @fires protocol-error - When the payload (or its JSON attribute) is invalid (`fatal: true`), or
 *   when a field was dropped, such as a refused URL (`fatal: false`). `detail.issues[].path`
 *   starts at the message root (`payload.status`).
 *
 * @csspart base - The card.
 * @csspart error - The error state shown for an invalid payload (it is also `base`).
 * @csspart header - The top of the card: label, order number, shipment, status and stages.
 * @csspart order-number - The order number.
 * @csspart shipment - The "Shipment 1 of 2" badge.
 * @csspart status - The current status (icon and text).
 * @csspart stages - The stage indicator (an ordered list).
 * @csspart stage - One stage of the indicator.
 * @csspart stage-done - A stage already passed (also `stage`).
 * @csspart stage-current - The current stage (also `stage`).
 * @csspart product-images - The product thumbnails.
 * @csspart image - One image frame (product thumbnails, proof of delivery).
 * @csspart more-badge - The `+N` badge after the first two product images.
 * @csspart details - The list of carrier, shipping method and dates.
 * @csspart tracking - The tracking number block.
 * @csspart tracking-number - The tracking number text.
 * @csspart tracking-link - The link to the carrier's tracking page.
 * @csspart copy-button - The button that copies the tracking number.
 * @csspart copy-feedback - The "Copied" (or copy failed) message, a polite live region.
 * @csspart history - The tracking history block.
 * @csspart history-list - The timeline of tracking events, newest first.
 * @csspart history-toggle - The button that shows all events or only the latest.
 * @csspart proof - The proof of delivery block.
 * @csspart proof-button - The thumbnail button that opens the proof of delivery.
 * @csspart proof-dialog - The dialog showing the proof of delivery larger.
 * @csspart close-button - The dialog's close button.
 * @csspart return - The return block (button and deadline).
 * @csspart return-button - The Return button (`aria-disabled="true"` while pending).
 * @csspart return-deadline - The "Return by …" text.
 *
 * @cssprop --rk-font-family - Font of the card.
 * @cssprop --rk-font-size - Base font size.
 * @cssprop --rk-font-size-small - Font size of labels, stages and dates.
 * @cssprop --rk-color-text - Text colour.
 * @cssprop --rk-color-text-muted - Colour of labels and secondary text.
 * @cssprop --rk-color-surface - Background of the card and the dialog.
 * @cssprop --rk-color-surface-subtle - Background of image frames, badges and the pending button.
 * @cssprop --rk-color-border - Card border, dividers and upcoming stages.
 * @cssprop --rk-color-accent - Passed and current stages, links, the Return button.
 * @cssprop --rk-color-on-accent - Text and icons on the accent colour.
 * @cssprop --rk-color-success - A delivered or received status.
 * @cssprop --rk-color-warning - A parcel returning to sender.
 * @cssprop --rk-color-danger - A problem status (with an icon and its text, never colour alone).
 * @cssprop --rk-color-focus - Focus ring.
 * @cssprop --rk-radius - Corner radius of the card and the dialog.
 * @cssprop --rk-radius-small - Corner radius of buttons, badges and images.
 * @cssprop --rk-spacing - Base spacing unit.
 * @cssprop --rk-shadow - Shadow of the card.
 * @cssprop --rk-transition-duration - Duration of hover and dialog transitions (0s with reduced motion).
 */
export class DeliveryStatusCard extends PayloadElement<OrderTrackerPayload, CardStringKey> {
  static override styles = [tokenStyles, imageStyles, cardErrorStyles, cardFrameStyles, cardStyles];

  protected readonly messageType = 'orderTracker';

  /** Return was pressed and the host has not answered yet (DECISIONS.md D28). */
  @state() private returnPending = false;

  /** The shopper chose to see every tracking event. */
  @state() private historyExpanded = false;

  @state() private copyState: CopyState = 'idle';

  @query('.proof-dialog') private proofDialog?: HTMLDialogElement | null;
  @query('.proof-button') private proofButton?: HTMLButtonElement | null;
  @query('.tracking-number') private trackingNumberText?: HTMLElement | null;

  #copiedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super(deliveryStatusCardEnglish);
  }

  /**
   * Re-enables the Return button after the host handled the request (for example when the
   * returns portal was closed without a return). A payload with different JSON does the same.
   */
  reset(): void {
    this.returnPending = false;
  }

  protected parsePayload(payload: unknown): ParseResult<OrderTrackerPayload> {
    return parseOrderTrackerPayload(payload);
  }

  protected override payloadReplaced(): void {
    this.returnPending = false;
    this.#setCopyState('idle');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#setCopyState('idle');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Light dismiss (a click on the backdrop closes the viewer, like Escape). Set here because
    // `closedby` is newer than the template checker's DOM typings; browsers without it keep
    // Escape and the close button.
    const dialog = this.proofDialog;
    if (dialog && !dialog.hasAttribute('closedby')) dialog.setAttribute('closedby', 'any');
  }

  protected override renderPayload(p: OrderTrackerPayload): TemplateResult {
    const l = this.localizer;
    const names = p.productNames ?? [];
    const hasSummary = names.length > 0;
    return html`<article
      part="base"
      class="card"
      dir=${this.direction}
      aria-labelledby="card-label ${given(p.orderNumber) ? 'order-number ' : ''}card-status"
      aria-describedby=${ifDefined(hasSummary ? 'products-summary' : undefined)}
    >
      ${this.#renderHeader(p, l)}
      ${
        p.productImages?.length || hasSummary
          ? html`<div class="products">
              ${renderProductImages(p.productImages ?? [], names, l)}
              ${
                hasSummary
                  ? html`<p id="products-summary" class="visually-hidden">
                      ${l.t('productsSummary', { names: new Intl.ListFormat(l.locale).format(names) })}
                    </p>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${this.#renderDetails(p, l)} ${this.#renderTracking(p, l)} ${this.#renderHistory(p.trackingHistoryItems ?? [], l)}
      ${this.#renderProof(p, l)} ${p.isReturnable ? this.#renderReturn(p, l) : nothing}
    </article>`;
  }

  #renderHeader(p: OrderTrackerPayload, l: CardLocalizer): TemplateResult {
    const status = normaliseStatus(p.status);
    const stage = statusStage(status.canonical);
    const tone = statusTone(status);
    const track = stageTrack(status);
    const orderNumber = given(p.orderNumber);
    const showShipment = p.shipmentNumber !== undefined && p.totalShipments !== undefined && p.totalShipments > 1;
    return html`<header part="header" class="header">
      <div class="header-top">
        <span id="card-label" class="eyebrow">${l.t('deliveryStatusLabel')}</span>
        ${
          showShipment
            ? html`<span part="shipment" class="shipment"
                >${l.t('shipmentOf', { number: p.shipmentNumber ?? 1, total: p.totalShipments ?? 1 })}</span
              >`
            : nothing
        }
      </div>
      ${
        orderNumber
          ? html`<p id="order-number" part="order-number" class="order-number">
              ${withSlot(l, 'orderNumber', 'orderNumber', html`${orderNumber}`)}
            </p>`
          : nothing
      }
      <p id="card-status" part="status" class="status tone-${tone}">
        ${stageIcon(stage)}<span class="status-text">${status.key ? l.t(status.key) : flowText(status.label)}</span>
      </p>
      ${
        track
          ? html`<ol part="stages" class="stages tone-${tone}" aria-label=${l.t('stageProgressLabel')}>
              ${track.stages.map((item, index) => {
                const done = index < track.current;
                const current = index === track.current;
                const stateName = done ? 'done' : current ? 'current' : 'upcoming';
                const marker = done
                  ? icon('check')
                  : current && tone === 'danger'
                    ? icon('alert')
                    : current && tone === 'success'
                      ? icon('check')
                      : nothing;
                return html`<li
                  part="stage${done ? ' stage-done' : current ? ' stage-current' : ''}"
                  class="stage ${stateName}"
                  aria-current=${ifDefined(current ? 'step' : undefined)}
                >
                  <span class="marker" aria-hidden="true">${marker}</span>
                  <span class="stage-label"
                    >${l.t(stageLabelKey[item])}${
                      done ? html`<span class="visually-hidden"> ${l.t('stageCompleted')}</span>` : nothing
                    }</span
                  >
                </li>`;
              })}
            </ol>`
          : nothing
      }
    </header>`;
  }

  #renderDetails(p: OrderTrackerPayload, l: CardLocalizer): TemplateResult {
    const method = given(p.shippingMethod);
    const range = given(p.shippingMethodDaysRange);
    const rangeText = range ? l.t('shippingDaysRange', { range }) : undefined;
    const shipping =
      method && rangeText
        ? withSlot(l, 'shippingMethodWithRange', 'method', html`${method}`, { range: rangeText })
        : method
          ? flowText(method)
          : rangeText
            ? html`${rangeText}`
            : undefined;
    const carrier = given(p.carrier);
    return html`<dl part="details" class="details">
      ${carrier ? row(l.t('carrier'), flowText(carrier)) : nothing}
      ${shipping ? row(l.t('shippingMethod'), shipping) : nothing}
      ${row(l.t('lastUpdated'), renderTime(p.lastUpdatedDate, l, 'dateTime'))}
      ${p.expectedDeliveryDate ? row(l.t('expectedDelivery'), renderTime(p.expectedDeliveryDate, l)) : nothing}
    </dl>`;
  }

  #renderTracking(p: OrderTrackerPayload, l: CardLocalizer): TemplateResult | typeof nothing {
    const number = given(p.trackingNumber);
    const link = p.trackingLink ?? undefined;
    if (!number && !link) return nothing;
    const newTab = html`${icon('external', 'flip-rtl')}<span class="visually-hidden"> ${l.t('opensInNewTab')}</span>`;
    if (!number) {
      return html`<div part="tracking" class="tracking section">
        <a part="tracking-link" class="tracking-link" href=${link ?? ''} target="_blank" rel="noopener noreferrer"
          >${l.t('trackParcel')}${newTab}</a
        >
      </div>`;
    }
    const numberText = html`<span part="tracking-number" class="tracking-number" dir="ltr" translate="no"
      >${number}</span
    >`;
    const feedback = this.copyState === 'copied' ? l.t('copied') : this.copyState === 'failed' ? l.t('copyFailed') : '';
    return html`<div part="tracking" class="tracking section">
      <span id="tracking-label" class="label">${l.t('trackingNumber')}</span>
      <div class="tracking-row">
        ${
          link
            ? html`<a
                part="tracking-link"
                class="tracking-link"
                href=${link}
                target="_blank"
                rel="noopener noreferrer"
                aria-describedby="tracking-label"
                >${numberText}${newTab}</a
              >`
            : numberText
        }
        <button part="copy-button" type="button" class="button copy-button" @click=${this.#onCopyClick}>
          ${icon(this.copyState === 'copied' ? 'check' : 'copy')}<span aria-hidden="true">${l.t('copy')}</span
          ><span class="visually-hidden">${l.t('copyTrackingNumber')}</span>
        </button>
      </div>
      <p part="copy-feedback" class="copy-feedback ${this.copyState}" role="status">${feedback}</p>
    </div>`;
  }

  #renderHistory(items: readonly TrackingHistoryItem[], l: CardLocalizer): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;
    const sorted = newestFirst(items);
    const collapsible = sorted.length > HISTORY_COLLAPSE_ABOVE;
    const shown = collapsible && !this.historyExpanded ? sorted.slice(0, 1) : sorted;
    const hidden = sorted.length - 1;
    return html`<div part="history" class="history section">
      <span id="history-title" class="label">${l.t('trackingHistory')}</span>
      <ol id="history-list" part="history-list" class="timeline" aria-labelledby="history-title">
        ${shown.map(
          (item) =>
            html`<li class="event">
              <span class="event-marker" aria-hidden="true"></span>
              <span class="event-status">${flowText(statusText(item.status, l))}</span>
              ${
                given(item.description)
                  ? html`<span class="event-description">${flowText(item.description)}</span>`
                  : nothing
              }
              ${renderTime(item.date, l, 'dateTime', 'event-date')}
            </li>`,
        )}
      </ol>
      ${
        collapsible
          ? html`<button
              part="history-toggle"
              type="button"
              class="link-button history-toggle"
              aria-expanded=${this.historyExpanded ? 'true' : 'false'}
              aria-controls="history-list"
              @click=${this.#onHistoryToggle}
            >
              ${this.historyExpanded ? l.t('showLessHistory') : l.t('showMoreHistory', { count: hidden })}
              ${icon('chevron', this.historyExpanded ? 'chevron open' : 'chevron')}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderProof(p: OrderTrackerPayload, l: CardLocalizer): TemplateResult | typeof nothing {
    if (!p.proofOfDelivery) return nothing;
    const url = p.proofOfDelivery.image;
    if (!url) {
      // A refused URL (already reported): say there is a proof, show the placeholder.
      return html`<div part="proof" class="proof section">
        <span class="label">${l.t('proofOfDelivery')}</span>
        <div class="proof-row">${renderImage(null, l.t('imageUnavailable'), l)}</div>
      </div>`;
    }
    return html`<div part="proof" class="proof section">
      <span class="label">${l.t('proofOfDelivery')}</span>
      <button part="proof-button" type="button" class="proof-button" aria-haspopup="dialog" @click=${this.#onProofOpen}>
        ${renderImage(url, '', l)}<span class="proof-button-text">${l.t('viewProofOfDelivery')}</span>
      </button>
      <dialog part="proof-dialog" class="proof-dialog" aria-labelledby="proof-title" @close=${this.#onProofClosed}>
        <div class="dialog-header">
          <h2 id="proof-title" class="dialog-title">${l.t('proofOfDelivery')}</h2>
          <button part="close-button" type="button" class="icon-button close-button" @click=${this.#onProofClose}>
            ${icon('close')}<span class="visually-hidden">${l.t('close')}</span>
          </button>
        </div>
        <div class="proof-large">${renderImage(url, l.t('proofOfDelivery'), l)}</div>
      </dialog>
    </div>`;
  }

  #renderReturn(p: OrderTrackerPayload, l: CardLocalizer): TemplateResult {
    const pending = this.returnPending;
    const deadline = p.returnDeadlineDate;
    return html`<div part="return" class="return section">
      <button
        part="return-button"
        type="button"
        class="button return-button"
        aria-disabled=${ifDefined(pending ? 'true' : undefined)}
        aria-describedby=${ifDefined(deadline ? 'return-deadline' : undefined)}
        @click=${this.#onReturnClick}
      >
        ${pending ? html`${icon('check')}${l.t('returnRequested')}` : (given(p.returnButtonText) ?? l.t('returnButton'))}
      </button>
      ${
        deadline
          ? html`<p id="return-deadline" part="return-deadline" class="return-deadline">
              ${withSlot(l, 'returnBy', 'date', renderTime(deadline, l))}
            </p>`
          : nothing
      }
      <span class="visually-hidden" role="status">${pending ? l.t('returnRequested') : ''}</span>
    </div>`;
  }

  #onReturnClick = () => {
    if (this.returnPending || this.view.kind !== 'valid') return;
    const orderNumber = given(this.view.payload.orderNumber);
    // Pending first: a listener that answers synchronously may call reset().
    this.returnPending = true;
    this.emit(
      new ChatEventEvent({
        type: 'chat_event',
        payload: orderNumber ? { name: 'returnRequested', orderNumber } : { name: 'returnRequested' },
      }),
    );
  };

  #onHistoryToggle = () => {
    this.historyExpanded = !this.historyExpanded;
  };

  #onCopyClick = async () => {
    if (this.view.kind !== 'valid') return;
    const number = this.view.payload.trackingNumber ?? '';
    // Clear first, so a second copy is announced again by the live region.
    this.#setCopyState('idle');
    await this.updateComplete;
    try {
      const clipboard = globalThis.navigator?.clipboard;
      if (!clipboard?.writeText) throw new Error('Clipboard API unavailable');
      await clipboard.writeText(number);
      this.#setCopyState('copied');
      this.#copiedTimer = setTimeout(() => this.#setCopyState('idle'), COPIED_VISIBLE_MS);
    } catch {
      // Refused (permissions, insecure context) or absent: select the number so the shopper can copy it.
      this.#setCopyState('failed');
      this.#selectTrackingNumber();
    }
  };

  #setCopyState(next: CopyState) {
    clearTimeout(this.#copiedTimer);
    this.#copiedTimer = undefined;
    this.copyState = next;
  }

  #selectTrackingNumber() {
    const target = this.trackingNumberText;
    const selection = document.getSelection();
    if (!target || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(target);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  #onProofOpen = () => {
    const dialog = this.proofDialog;
    if (dialog && !dialog.open) dialog.showModal();
  };

  #onProofClose = () => {
    this.proofDialog?.close();
  };

  /** Closed by the button, Escape or the backdrop: focus goes back to the thumbnail. */
  #onProofClosed = () => {
    this.proofButton?.focus();
  };
}

/** One term and its value in the details list. */
function row(term: string, value: TemplateResult): TemplateResult {
  return html`<div class="row">
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;
}
