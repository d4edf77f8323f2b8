import { cardFrameStyles } from '../../internal/card-frame.styles.js';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { PayloadElement } from '../../internal/payload-element.js';
import { cardErrorStyles } from '../../internal/card-error.js';
import { imageStyles, renderProductImages } from '../../internal/images.js';
import { MarkdownController, type RefusedLink } from '../../internal/markdown.js';
import { markdownStyles } from '../../internal/markdown.styles.js';
import { tokenStyles } from '../../styles/tokens.styles.js';
// Direct module imports keep the card's bundle to its own schema (DECISIONS.md D36).
import { parseReturnOverduePayload } from '../../protocol/parse-cards.js';
import type { ParseResult, ReturnOverduePayload } from '../../protocol/index.js';
import { quote } from '../../protocol/issues.js';
import { returnOverdueStyles } from './return-overdue.styles.js';
import { renderTime } from '../../internal/time.js';
import { formatPrice } from '../../i18n/format.js';
import { returnOverdueEnglish } from '../../i18n/en/return-overdue.js';

/** Where `infoText` sits in the message, for `protocol-error` paths. */
const INFO_TEXT_PATH = 'payload.infoText';

/** Non-blank text, else `undefined` (required strings may still arrive empty). */
function given(text: string): string | undefined {
  return text.trim() !== '' ? text : undefined;
}

/** What a refused markdown link becomes in `protocol-error` (non-fatal: it shows as text). */
function refusedLinkIssue(link: RefusedLink) {
  return { path: INFO_TEXT_PATH, message: `link ${quote(link.href)} is shown as plain text: ${link.reason}` };
}

/** A clock with a stop mark: the window has closed (decorative, the title says it). */
const closedIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <circle cx="12" cy="12" r="8.25" fill="none" stroke="currentColor" stroke-width="1.75" />
  <path d="M12 7.5V12l3 1.75" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/**
 * Give it the activity payload as the `payload` property or as a JSON `payload`
 * attribute. The payload is validated once per distinct JSON; an invalid one shows a compact
 * error state and fires `protocol-error`, never an exception. The order date and total are
 * formatted in the element's `locale`. `infoText` is rendered as safe markdown (paragraphs, line
 * breaks, bold, italic, lists, links that open in a new tab); raw HTML in it is shown as text.
 * The markdown renderer loads on first use; until then the text shows without formatting. The
 * layout works from 280 px wide and follows `dir`.
 *
 * @tagname return-overdue
 * @summary An order that can no longer be returned, in a chat: the order number, date and total,
 * its products, and why the return window is closed (the `returnOverdue` activity).
 *
 * @fires protocol-error - When the payload (or its JSON attribute) is invalid (`fatal: true`), or
 *   when something was dropped (`fatal: false`): a refused image URL (it shows a placeholder) or
 *   a refused link in `infoText` (it shows as text, path `payload.infoText`). Paths start at the
 *   message root (`payload.price.amount`).
 *
 * @csspart base - The card (an `article` named by its title and order number).
 * @csspart error - The error state shown for an invalid payload (it is also `base`).
 * @csspart header - The top of the card: icon, title and order number.
 * @csspart title - The "Return window closed" title.
 * @csspart order-number - The order number.
 * @csspart details - The list of order date and total.
 * @csspart order-date - The row with the order date.
 * @csspart total - The row with the order total.
 * @csspart product-images - The product thumbnails.
 * @csspart image - One product image frame.
 * @csspart more-badge - The `+N` badge after the first two product images.
 * @csspart info - The `infoText` (rendered markdown).
 *
 * @cssprop --rk-font-family - Font of the card.
 * @cssprop --rk-font-size - Base font size.
 * @cssprop --rk-font-size-small - Font size of labels.
 * @cssprop --rk-color-text - Text colour.
 * @cssprop --rk-color-text-muted - Colour of labels and the order number.
 * @cssprop --rk-color-surface - Background of the card.
 * @cssprop --rk-color-surface-subtle - Background of image frames and the `+N` badge.
 * @cssprop --rk-color-border - Card border and dividers.
 * @cssprop --rk-color-accent - Links in the info text.
 * @cssprop --rk-color-warning - The title's icon (always next to the title text).
 * @cssprop --rk-color-danger - The border and title of the error state.
 * @cssprop --rk-color-focus - Focus ring of links.
 * @cssprop --rk-radius - Corner radius of the card.
 * @cssprop --rk-radius-small - Corner radius of images and the badge.
 * @cssprop --rk-spacing - Base spacing unit.
 * @cssprop --rk-shadow - Shadow of the card.
 * @cssprop --rk-transition-duration - Duration of the link hover transition (0s with reduced motion).
 */
export class ReturnOverdue extends PayloadElement<ReturnOverduePayload, keyof typeof returnOverdueEnglish> {
  static override styles = [
    tokenStyles,
    imageStyles,
    cardErrorStyles,
    cardFrameStyles,
    markdownStyles,
    returnOverdueStyles,
  ];

  protected readonly messageType = 'returnOverdue';

  /** `infoText` as markdown: tokenized once per text, plain text until the renderer has loaded. */
  readonly #info = new MarkdownController(this, {
    onRefusedLinks: (links) =>
      this.reportProtocolError(links.map(refusedLinkIssue), { messageType: this.messageType, fatal: false }),
  });

  constructor() {
    super(returnOverdueEnglish);
  }

  protected parsePayload(payload: unknown): ParseResult<ReturnOverduePayload> {
    return parseReturnOverduePayload(payload);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { view } = this;
    this.#info.setText(view.kind === 'valid' ? given(view.payload.infoText) : undefined);
  }

  protected override renderPayload(p: ReturnOverduePayload): TemplateResult {
    const l = this.localizer;
    const orderNumber = given(p.orderNumber);
    const images = p.productImages ?? [];
    const info = this.#info.render(l);
    return html`<article
      part="base"
      class="card"
      dir=${this.direction}
      aria-labelledby="title${orderNumber ? ' order-number' : ''}"
    >
      <header part="header" class="header">
        <span class="header-icon">${closedIcon}</span>
        <div class="header-text">
          <p id="title" part="title" class="title">${l.t('returnOverdueLabel')}</p>
          ${
            orderNumber
              ? html`<p id="order-number" part="order-number" class="order-number">
                  ${l.t('orderNumber', { orderNumber })}
                </p>`
              : nothing
          }
        </div>
      </header>
      <div class="summary">
        ${images.length > 0 ? renderProductImages(images, [], l) : nothing}
        <dl part="details" class="details">
          <div part="order-date" class="row">
            <dt>${l.t('orderDate')}</dt>
            <dd>${renderTime(p.orderDate, l)}</dd>
          </div>
          <div part="total" class="row">
            <dt>${l.t('orderTotal')}</dt>
            <dd class="total">${formatPrice(p.price, l.locale)}</dd>
          </div>
        </dl>
      </div>
      ${info === nothing ? nothing : html`<div part="info" class="info markdown">${info}</div>`}
    </article>`;
  }
}
