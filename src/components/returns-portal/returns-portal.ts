import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ReturnkitElement } from '../../internal/returnkit-element.js';
import { returnsPortalEnglish } from '../../i18n/en/returns-portal.js';
import { jsonAttribute, InvalidJson } from '../../internal/payload-element.js';
import { tokenStyles } from '../../styles/tokens.styles.js';
import { imageStyles, markBrokenImages } from '../../internal/images.js';
import type { FlowClient } from '../../context.js';
import {
  checkUrl,
  parseActivity,
  type Draft,
  type InitialiseReturnActivity,
  type ProtocolIssue,
  type StepType,
} from '../../protocol/index.js';
import { ReturnsCloseEvent, type ReturnsCloseReason } from '../../events/returns-close.js';
import { ReturnsErrorEvent, type ReturnsErrorKind } from '../../events/returns-error.js';
import { ReturnsStepEvent } from '../../events/returns-step.js';
import { ReturnsSubmittedEvent } from '../../events/returns-submitted.js';
import type { ReturnErrorPopup } from '../return-error-popup/return-error-popup.js';
// The portal shows its own popup when a start fails: make sure the tag is defined.
import '../../return-error-popup.js';
import { FlowController } from './journey/flow-controller.js';
import { answersForRequest } from './journey/answers.js';
import { pathTypes } from './journey/journey.js';
import { StepViewLoader } from './journey/view-loader.js';
import { stepProgress, stepTitle } from './steps/step-titles.js';
import { eagerStepViews, type AnyStepView } from './steps/index.js';
import type { PortalEagerStringKey, Problem, StepContext } from './steps/step-view.js';
import { viewLocalizer } from './steps/view-localizer.js';
import { portalStyles } from './returns-portal.styles.js';

/** The states of DECISIONS.md D14. */
export type PortalState = 'idle' | 'loading' | 'ready' | 'submitting' | 'error' | 'closed';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Start it with `start(activity)` (or the `activity` property / JSON attribute) and an
 * `initialise_return` activity. It reaches the returns flow through the first of: the `flowClient`
 * property, a client provided through `flowClientContext`, the `returns-flow-execute` event, the
 * `flow-endpoint` attribute. The portal is a labelled region that fills its container; the host
 * positions it. Hosts must not remove it before `returns-close`.
 *
 * @tagname returns-portal
 * @summary The in-chat returns portal: executes the returns flow step by step
 * (`product_selection` → `return_options` → `important_information` → `shipping_information`, and
 * after submission `return_details`, `drop_off_locations`, `cancel_return`).
 *
 * @fires returns-step - A step is shown (after it rendered and took focus; a step's view other than
 * the first step's may have had to load first).
 * @fires returns-submitted - The step that submits the return succeeded.
 * @fires returns-error - An execution failed; `detail.message` is the text shown.
 * @fires returns-close - The portal closed: `completed`, `dismissed` or `failed`.
 * @fires returns-flow-execute - Asks the host to execute the returns flow when no client is set.
 * @fires protocol-error - An activity or step answer failed validation, or something was dropped.
 *
 * @csspart base - The portal region.
 * @csspart header - The header with back, title, progress and close.
 * @csspart back-button - The Back button.
 * @csspart close-button - The close button.
 * @csspart title - The step title (focused on every step change).
 * @csspart order-number - "Order NW-100245" in the header.
 * @csspart progress - "Step 2 of 4".
 * @csspart error - The error message in the step header, or in the body when a step could not load.
 * @csspart retry-button - The Retry button.
 * @csspart step - The body of the current step.
 * @csspart loading - The loading state (a step, or its view, loading).
 * @csspart footer - The footer with the confirm button.
 * @csspart button - Every button of the portal.
 * @csspart confirm-button - The confirm button.
 * @csspart image - Product and instruction images.
 * @csspart popup-dialog - The error popup's dialog (and the other `popup-*` parts of `<return-error-popup>`).
 *
 * @cssprop --rk-color-surface - Background of the portal.
 * @cssprop --rk-color-surface-subtle - Background of cards and the header.
 * @cssprop --rk-color-text - Text colour.
 * @cssprop --rk-color-text-muted - Secondary text.
 * @cssprop --rk-color-border - Borders.
 * @cssprop --rk-color-accent - Primary buttons and selection.
 * @cssprop --rk-color-on-accent - Text on primary buttons.
 * @cssprop --rk-color-danger - Errors.
 * @cssprop --rk-color-focus - Focus ring.
 * @cssprop --rk-radius - Corner radius.
 * @cssprop --rk-spacing - Base spacing.
 * @cssprop --rk-font-family - Font.
 */
export class ReturnsPortal extends ReturnkitElement<PortalEagerStringKey> {
  // The lazy views' styles are added to the shadow root when they load (journey/view-loader.ts).
  static override styles = [
    tokenStyles,
    imageStyles,
    portalStyles,
    ...Object.values(eagerStepViews).flatMap((view) => (view.styles ? [view.styles] : [])),
  ];

  /** The `initialise_return` activity; setting a different one starts it, `null` closes. Also a JSON attribute. */
  @property({ converter: jsonAttribute }) activity?: unknown;

  /** How to reach the returns flow (first route). */
  @property({ attribute: false }) flowClient?: FlowClient;

  /** An HTTP endpoint for the returns flow, used with the fetch client when no other route exists. */
  @property({ attribute: 'flow-endpoint' }) flowEndpoint?: string;

  /**
   * Milliseconds an execution may take before it fails with a timeout. `Infinity` (or anything
   * beyond what timers allow, about 24.8 days) means no timeout; a value that is not a positive
   * number means the default.
   */
  @property({ type: Number }) timeout = 30_000;

  /** No persistence: the draft is not kept in `sessionStorage` for this portal. */
  @property({ type: Boolean }) ephemeral = false;

  /** An image shown while the first step loads (http/https, or a `data:image`/`blob:` URL). */
  @property({ attribute: 'loading-image' }) loadingImage?: string;

  /** Whether the portal is open. Setting it `false` equals `close()`; setting it `true` does nothing. */
  @property({ type: Boolean, reflect: true }) open = false;

  /**
   * The clock for opening hours; a test seam, not public API (D19).
   * @internal
   */
  now: () => Date = () => new Date();

  @state() private startFailed = false;
  @state() private closed = false;

  @query('.title') private titleElement?: HTMLElement;
  @query('return-error-popup') private popup?: ReturnErrorPopup;

  readonly #flow = new FlowController(this, {
    stepChanged: () => (this.#stepChanged = true),
    submitted: (inputs) =>
      this.emit(
        new ReturnsSubmittedEvent({ orderNumber: String(inputs.order_number), inputs: deepFreeze({ ...inputs }) }),
      ),
    failed: (kind, flowMessage, duringStart) => this.#onFailed(kind, flowMessage, duringStart),
    protocolIssues: (issues, fatal, messageType) => this.#report(issues, fatal, messageType),
  });

  readonly #views = new StepViewLoader(this, () => this.#flow.state);

  /** A step change not announced yet: done once its view renders (it may have to load first). */
  #stepChanged = false;
  /** Whether a step of the current journey was shown already (the next one is a step change). */
  #shownFirstStep = false;

  /**
   * Focus follows every step change. The first step of a journey takes focus only once the shopper
   * has interacted with the page (the Return button, a form), so a portal declared in a CMS page
   * does not grab focus and scroll the page on load.
   */
  #shouldTakeFocus(): boolean {
    if (this.#shownFirstStep || this.matches(':focus-within')) return true;
    return globalThis.navigator?.userActivation?.hasBeenActive ?? true;
  }
  #lastActivityJson: string | undefined;
  #pendingStart: { activity: unknown; resolve: (shown: boolean) => void } | null = null;
  #announcement = '';

  constructor() {
    super(returnsPortalEnglish);
  }

  /** The type of the step on screen, or `null`. */
  get stepType(): StepType | null {
    return this.#flow.state.current?.type ?? null;
  }

  /** Where the portal is (DECISIONS.md D14). */
  get state(): PortalState {
    const { current, inFlight, error } = this.#flow.state;
    if (this.closed) return 'closed';
    if (!this.#flow.activity && !this.startFailed) return 'idle';
    if (inFlight) return current ? 'submitting' : 'loading';
    if (error || this.startFailed) return 'error';
    if (!current) return 'idle';
    // A step whose view is still loading is not shown yet; one whose view failed shows an error.
    const view = this.#views.status(current).kind;
    return view === 'ready' ? 'ready' : view === 'failed' ? 'error' : 'loading';
  }

  /** The answers the next confirm would send (PROTOCOL.md 4.1, DECISIONS.md D1), frozen. */
  get draft(): Readonly<Draft> {
    const { state } = this.#flow;
    return deepFreeze(structuredClone(answersForRequest(state.answers, pathTypes(state))));
  }

  /**
   * Validates an `initialise_return` activity, opens the portal and executes the returns flow for
   * its first step. Never rejects: resolves `true` once that step is shown, `false` when the start
   * failed (the portal then shows its error popup and closes with `failed`).
   */
  start(activity: unknown): Promise<boolean> {
    if (!this.isConnected) {
      this.#pendingStart?.resolve(false);
      return new Promise((resolve) => (this.#pendingStart = { activity, resolve }));
    }
    const result = activity instanceof InvalidJson ? null : parseActivity(activity);
    this.#shownFirstStep = false;
    this.#stepChanged = false; // a step of the previous journey whose view was still loading
    this.open = true;
    this.closed = false;
    this.startFailed = false;
    if (!result?.ok || result.value.type !== 'initialise_return') {
      const issues: ProtocolIssue[] = !result
        ? [{ path: '', message: `invalid JSON: ${(activity as InvalidJson).message}` }]
        : result.ok
          ? [{ path: 'type', message: `expected "initialise_return", got "${result.value.type}"` }]
          : result.issues;
      this.#flow.stop();
      this.#report(issues, true, typeOf(activity));
      this.#onFailed('protocol', undefined, true);
      return Promise.resolve(false);
    }
    this.#report(result.warnings, false, 'initialise_return');
    return this.#flow.start(result.value as InitialiseReturnActivity);
  }

  /** Back to the previous step, answers intact, without executing the flow (a no-op where Back is hidden). */
  back(): void {
    this.#flow.back();
  }

  /** Closes the portal (`returns-close` with `dismissed`); aborts the execution in flight. */
  close(): void {
    this.#closeWith('dismissed');
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (root instanceof ShadowRoot) markBrokenImages(root);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const pending = this.#pendingStart;
    if (pending) {
      this.#pendingStart = null;
      void this.start(pending.activity).then(pending.resolve);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('activity')) this.#activityChanged();
    if (changed.has('open') && changed.get('open') === true && !this.open && !this.closed && !this.startFailed) {
      this.#closeWith('dismissed');
    }
    const step = this.#flow.state.current;
    if (this.#stepChanged && step && this.#views.status(step).kind === 'ready') {
      const title = stepTitle(step, this.localizer);
      const progress = stepProgress(this.#flow.state, this.localizer);
      this.#announcement = progress ? this.localizer.t('stepAnnouncement', { title, progress }) : title;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const step = this.#flow.state.current;
    // The event contract: `returns-step` after the step rendered and took focus, so not while its
    // view loads (or failed to).
    const viewPending = step !== null && this.#views.status(step).kind !== 'ready';
    if (this.#stepChanged && !viewPending) {
      this.#stepChanged = false;
      if (this.#shouldTakeFocus()) this.titleElement?.focus();
      this.#shownFirstStep = true;
      if (step) {
        // The host gets its own frozen copy, made on first read: copying a 1 000-product step
        // costs milliseconds that a page with no listener reading it should not pay.
        const { payload } = step;
        let copy: Readonly<Record<string, unknown>> | undefined;
        this.emit(
          new ReturnsStepEvent({
            stepType: step.type,
            nextType: step.nextType ?? null,
            get payload() {
              return (copy ??= deepFreeze(structuredClone(payload)));
            },
          }),
        );
        this.#flow.stepShown();
      }
    }
  }

  override render(): TemplateResult {
    const { l } = this;
    return html`<section
        class="portal"
        part="base"
        aria-label=${l.t('returnsPortalLabel')}
        dir=${this.direction}
        ?hidden=${this.startFailed || this.closed || !this.open}
        @rk-step-back=${this.#onStepBack}
      >
        ${this.#renderHeader()} ${this.#renderError()}
        <div class="step" part="step" aria-busy=${this.#busy() ? 'true' : 'false'}>${this.#renderBody()}</div>
        ${this.#renderFooter()}
        <div class="visually-hidden" aria-live="polite">${this.#announcement}</div>
      </section>
      ${this.startFailed ? this.#renderPopup() : nothing}`;
  }

  /** The popup of a failed start: made only then, so that a journey does not pay for one. */
  #renderPopup(): TemplateResult {
    return html`<return-error-popup
      exportparts="dialog: popup-dialog, base: popup-base, icon: popup-icon, title: popup-title, message: popup-message, button: popup-button"
      .locale=${this.locale}
      .strings=${this.strings}
      @return-error-popup-close=${stopAtShadowRoot}
      @return-error-popup-closed=${this.#onPopupClosed}
    ></return-error-popup>`;
  }

  private get l() {
    return this.localizer;
  }

  #renderHeader(): TemplateResult {
    const { l } = this;
    const step = this.#flow.state.current;
    const title = step ? stepTitle(step, l) : l.t('returnsPortalLabel');
    const progress = step ? stepProgress(this.#flow.state, l) : undefined;
    const orderNumber = this.#flow.activity?.inputs.order_number;
    return html`<header class="header" part="header">
      ${
        this.#flow.canGoBack
          ? html`<button type="button" class="icon-button back" part="button back-button" @click=${this.#onBack}>
              <span aria-hidden="true" class="chevron"></span><span>${l.t('back')}</span>
            </button>`
          : nothing
      }
      <div class="heading">
        <h2 class="title" part="title" tabindex="-1">${title}</h2>
        <p class="subtitle">
          ${orderNumber ? html`<span part="order-number">${l.t('orderNumber', { orderNumber })}</span>` : nothing}
          ${progress ? html`<span class="progress" part="progress">${progress}</span>` : nothing}
        </p>
      </div>
      <button
        type="button"
        class="icon-button close"
        part="button close-button"
        aria-label=${l.t('closePortal')}
        @click=${this.#onClose}
      >
        <span aria-hidden="true">×</span>
      </button>
    </header>`;
  }

  #renderError(): TemplateResult | typeof nothing {
    const { error } = this.#flow.state;
    if (!error || !this.#flow.state.current) return nothing;
    return html`<div class="error" part="error" role="alert">
      <span>${this.#errorMessage(error.kind, error.message)}</span>
      ${
        error.retry
          ? html`<button type="button" class="secondary" part="button retry-button" @click=${this.#onRetry}>
              ${this.l.t('retry')}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** An execution is in flight, or the shown step's view is loading. */
  #busy(): boolean {
    const { current, inFlight } = this.#flow.state;
    return inFlight !== null || (current !== null && this.#views.status(current).kind === 'loading');
  }

  #renderBody(): TemplateResult {
    const step = this.#flow.state.current;
    if (!step) return this.#renderLoading();
    const status = this.#views.status(step);
    if (status.kind === 'ready') return status.view.render(step as never, this.#stepContext(status.view));
    return status.kind === 'loading' ? this.#renderLoading() : this.#renderViewError();
  }

  /** The step's view could not be loaded (offline, a deploy removed the chunk): Retry imports it again. */
  #renderViewError(): TemplateResult {
    const { l } = this;
    return html`<div class="error view-error" part="error" role="alert">
      <span>${l.t('returnsGenericError')}</span>
      <button type="button" class="secondary" part="button retry-button" @click=${this.#onRetryView}>
        ${l.t('retry')}
      </button>
    </div>`;
  }

  #renderLoading(): TemplateResult {
    const image = this.loadingImage ? checkUrl(this.loadingImage, 'image') : undefined;
    return html`<div class="loading" part="loading" role="status">
      ${image?.ok ? html`<img class="loading-image" src=${image.url} alt="" />` : html`<span class="spinner" aria-hidden="true"></span>`}
      <span>${this.l.t('loading')}</span>
    </div>`;
  }

  #renderFooter(): TemplateResult | typeof nothing {
    const step = this.#flow.state.current;
    if (!step || step.type === 'return_details' || this.#views.status(step).kind !== 'ready') return nothing;
    const { l } = this;
    const busy = this.#flow.state.inFlight !== null;
    const problems = this.#problems();
    const notReady = busy || problems.length > 0;
    // D9: a last step without its own text says "Return to chat".
    const label = confirmLabel(step) || l.t('returnToChat');
    return html`<footer class="footer" part="footer">
      ${
        problems.length > 0 && !busy
          ? html`<p id="confirm-reason" class="confirm-reason">
              ${l.t('confirmNotReady', { reason: problems[0].message })}
            </p>`
          : nothing
      }
      <button
        id="confirm-button"
        type="button"
        class="primary confirm"
        part="button confirm-button"
        aria-disabled=${notReady ? 'true' : 'false'}
        aria-describedby=${ifDefined(problems.length > 0 && !busy ? 'confirm-reason' : undefined)}
        @click=${this.#onConfirm}
      >
        ${busy ? html`<span class="spinner small" aria-hidden="true"></span>` : nothing}
        <span>${busy ? l.t('working') : label}</span>
      </button>
    </footer>`;
  }

  /** What `view` reads; its localizer has the view's own English (a lazy view's chunk carries it). */
  #stepContext(view: AnyStepView): StepContext {
    const flow = this.#flow;
    return {
      l: viewLocalizer(this.l, view),
      answers: flow.state.answers,
      busy: flow.state.inFlight !== null,
      // On read: product_selection lists its own products and never asks for these.
      get products() {
        return flow.knownProducts();
      },
      photos: flow.photoViews(),
      ui: flow.ui,
      ...(flow.cancelReason !== undefined ? { cancelReason: flow.cancelReason } : {}),
      showProblems: flow.showProblems,
      now: this.now(),
      actions: flow.actions,
    };
  }

  #problems(): Problem[] {
    const step = this.#flow.state.current;
    const status = step && this.#views.status(step);
    if (status?.kind !== 'ready') return [];
    const problems = status.view.problems?.(step as never, this.#stepContext(status.view)) ?? [];
    if (this.#flow.uploading) problems.push({ fieldId: 'confirm-button', message: this.l.t('photosStillUploading') });
    return problems;
  }

  #errorMessage(kind: ReturnsErrorKind, flowMessage: string | undefined): string {
    return kind === 'flow' && flowMessage ? flowMessage : this.l.t('returnsGenericError');
  }

  #activityChanged(): void {
    const { activity } = this;
    if (activity === null) {
      this.#lastActivityJson = undefined;
      if (this.open) this.close();
      return;
    }
    if (activity === undefined) return;
    const json = activity instanceof InvalidJson ? `invalid:${activity.message}` : safeJson(activity);
    if (json !== undefined && json === this.#lastActivityJson) return;
    this.#lastActivityJson = json;
    void this.start(activity);
  }

  #onFailed(kind: ReturnsErrorKind, flowMessage: string | undefined, duringStart: boolean): void {
    const message = this.#errorMessage(kind, flowMessage);
    this.emit(new ReturnsErrorEvent({ kind, message }));
    if (duringStart) {
      this.startFailed = true;
      void this.updateComplete.then(() => this.popup?.show(message));
    } else {
      this.#announcement = message;
    }
  }

  #report(issues: ProtocolIssue[], fatal: boolean, messageType?: string): void {
    this.reportProtocolError(issues, messageType ? { messageType, fatal } : { fatal });
  }

  #closeWith(reason: ReturnsCloseReason): void {
    if (this.closed) return;
    this.#flow.stop();
    this.closed = true;
    this.open = false;
    this.emit(new ReturnsCloseEvent({ reason }));
  }

  #onPopupClosed = (event: Event) => {
    event.stopPropagation();
    if (this.startFailed) this.#closeWith('failed');
  };

  #onBack = () => this.back();
  // A step's own "go back" control (e.g. "Keep my return" on cancel_return) asks through this event.
  #onStepBack = (event: Event) => {
    event.stopPropagation();
    this.back();
  };
  #onClose = () => this.close();
  #onRetry = () => this.#flow.retry();
  #onRetryView = () => this.#views.retry();

  #onConfirm = () => {
    if (this.#flow.state.inFlight) return;
    const problems = this.#problems();
    if (problems.length > 0) {
      this.#flow.showProblems = true;
      this.requestUpdate();
      void this.updateComplete.then(() => {
        const field = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(problems[0].fieldId)}`);
        field?.focus();
        field?.scrollIntoView({ block: 'nearest' }); // focus alone does not always scroll the step body
      });
      return;
    }
    if (this.#flow.confirm() === 'complete') this.#closeWith('completed');
  };
}

function confirmLabel(step: { payload: object }): string {
  const text = (step.payload as { confirmButtonText?: unknown }).confirmButtonText;
  return typeof text === 'string' ? text.trim() : '';
}

function stopAtShadowRoot(event: Event) {
  event.stopPropagation();
}

function safeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function typeOf(activity: unknown): string | undefined {
  const type = (activity as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : undefined;
}
