import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ReturnkitElement } from '../../internal/returnkit-element.js';
import { returnErrorPopupEnglish } from '../../i18n/en/return-error-popup.js';
import { tokenStyles } from '../../styles/tokens.styles.js';
import {
  ReturnErrorPopupCloseEvent,
  ReturnErrorPopupClosedEvent,
  type PopupCloseSource,
} from '../../events/return-error-popup-close.js';
import { popupStyles } from './return-error-popup.styles.js';
import type { ProtocolIssue } from '../../protocol/issues.js';

/** The element that had focus, looking inside open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Resolves once every animation inside `element` has finished (at once when none runs). */
async function animationsSettled(element: Element): Promise<void> {
  const animations = element.getAnimations({ subtree: true });
  await Promise.allSettled(animations.map((animation) => animation.finished));
}

/**
 * Built on the native `<dialog>` with `showModal()`: page-modal, centred, focus moves
 * in on open and back to the previously focused element on close. `role="alertdialog"`, labelled
 * by its title and described by the message. Escape and the close button ask to close through the
 * cancelable `return-error-popup-close` event.
 *
 * @tagname return-error-popup
 * @summary A modal popup that tells the shopper a return could not start
 * (the `initialise_return_error` activity).
 *
 * @fires return-error-popup-close - Before closing; cancelable (`preventDefault()` keeps it open).
 *   `detail.source` is `button`, `escape` or `method`.
 * @fires return-error-popup-closed - Once closed and its transition has ended; same `detail`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart base - The panel inside the dialog.
 * @csspart icon - The error icon.
 * @csspart title - The title.
 * @csspart message - The message.
 * @csspart button - The close button.
 *
 * @cssprop --rk-color-surface - Background of the popup.
 * @cssprop --rk-color-text - Text colour.
 * @cssprop --rk-color-danger - Colour of the error icon.
 * @cssprop --rk-color-accent - Background of the close button.
 * @cssprop --rk-color-on-accent - Text of the close button.
 * @cssprop --rk-radius - Corner radius of the popup.
 * @cssprop --rk-transition-duration - Duration of the open and close transitions (0s with reduced motion).
 */
export class ReturnErrorPopup extends ReturnkitElement<keyof typeof returnErrorPopupEnglish> {
  static override styles = [tokenStyles, popupStyles];

  /** The message shown to the shopper; the localised generic error when empty. */
  @property() message = '';

  /** Whether the popup is shown. Setting it behaves like `show()` / `hide()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  // A getter rather than @query: the decorator is ~0.1 KB this element's 9 KB budget (DECISIONS.md
  // D36) has no room for, and the dialog is always rendered.
  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog') as HTMLDialogElement;
  }

  #returnFocusTo: HTMLElement | null = null;
  /** The source of the close in progress, so that `open = false` from a method is not asked twice. */
  #closeSource: PopupCloseSource | undefined;
  #transition: Promise<void> = Promise.resolve();

  constructor() {
    super(returnErrorPopupEnglish);
  }

  /**
   * Opens the popup (with `message`, when given). Resolves once the opening transition has ended.
   */
  async show(message?: string): Promise<void> {
    if (message !== undefined) this.message = message;
    this.open = true;
    await this.updateComplete;
    await this.#transition;
  }

  /**
   * Asks to close the popup (`source: 'method'`). Resolves `true` once closed and its transition
   * has ended, `false` when a listener vetoed it.
   */
  async hide(): Promise<boolean> {
    return this.#requestClose('method');
  }

  /**
   * Reports an `initialise_return_error` activity that failed validation (the popup then shows the
   * generic message). Used by `renderActivity`.
   * @internal
   */
  reportInvalidActivity(issues: ProtocolIssue[]): void {
    this.reportProtocolError(issues, { messageType: 'initialise_return_error', fatal: true });
  }

  override render() {
    return html`<dialog
      part="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="title"
      aria-describedby="message"
      dir=${this.direction}
      @keydown=${this.#onKeydown}
      @cancel=${this.#onCancel}
      @close=${this.#onNativeClose}
    >
      <div class="panel" part="base">
        <span class="icon" part="icon" aria-hidden="true">!</span>
        <h2 id="title" part="title">${this.localizer.t('errorPopupTitle')}</h2>
        <p id="message" part="message">${this.message || this.localizer.t('returnsGenericError')}</p>
        <button type="button" part="button" @click=${this.#onButtonClick}>
          ${this.localizer.t('errorPopupDismiss')}
        </button>
      </div>
    </dialog>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // `open = false` set by a host is a close request like hide(): it can be vetoed.
    if (changed.has('open') && changed.get('open') === true && !this.open && !this.#closeSource) {
      if (!this.emit(new ReturnErrorPopupCloseEvent({ source: 'method' }))) this.open = true;
      else this.#closeSource = 'method';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('open')) return;
    // showModal() needs a connected dialog: a popup opened while detached opens on connect.
    if (this.open && !this.dialog.open && this.isConnected) this.#transition = this.#openDialog();
    else if (!this.open && this.dialog.open) this.#transition = this.#closeDialog(this.#closeSource ?? 'method');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.open && this.hasUpdated) this.requestUpdate('open', false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#returnFocusTo = null;
  }

  async #openDialog(): Promise<void> {
    this.#returnFocusTo = deepActiveElement();
    this.dialog.classList.remove('closing');
    this.dialog.showModal();
    await animationsSettled(this.dialog);
  }

  async #closeDialog(source: PopupCloseSource): Promise<void> {
    this.dialog.classList.add('closing');
    await animationsSettled(this.dialog);
    this.dialog.classList.remove('closing');
    this.dialog.close();
    this.#closeSource = undefined;
    this.#returnFocusTo?.focus();
    this.#returnFocusTo = null;
    this.emit(new ReturnErrorPopupClosedEvent({ source }));
  }

  async #requestClose(source: PopupCloseSource): Promise<boolean> {
    if (!this.open) return true;
    if (!this.emit(new ReturnErrorPopupCloseEvent({ source }))) return false;
    this.#closeSource = source;
    this.open = false;
    await this.updateComplete;
    await this.#transition;
    return true;
  }

  #onButtonClick = () => {
    void this.#requestClose('button');
  };

  // Escape is handled on keydown so the close request can be vetoed reliably (DECISIONS.md D30).
  #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    void this.#requestClose('escape');
  };

  #onCancel = (event: Event) => {
    event.preventDefault();
  };

  // Chromium may close a modal dialog anyway after repeated cancel vetoes: re-open it if we are
  // still meant to be open.
  #onNativeClose = () => {
    if (this.open && !this.#closeSource && this.isConnected) this.dialog.showModal();
  };
}
