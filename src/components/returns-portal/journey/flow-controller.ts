import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  buildExecutionInputs,
  parseStep,
  type ExecutionRequest,
  type InitialiseReturnActivity,
  type ProtocolIssue,
  type ReplacementChoice,
  type Step,
  type StepType,
  type UpdatedUserLocation,
} from '../../../protocol/index.js';
import type { ReturnsErrorKind } from '../../../events/returns-error.js';
import type { PhotoView, ProductInfo, StepActions } from '../steps/step-view.js';
import { stepIssues } from '../steps/step-issues.js';
import * as answers from './answers.js';
import {
  answerReceived,
  canGoBack,
  confirmAction,
  detailSpec,
  executionAbandoned,
  executionFailed,
  executionStarted,
  initialJourney,
  isCurrentExecution,
  resumeSpec,
  searchSpec,
  startSpec,
  wentBack,
  type JourneyState,
  type RequestSpec,
} from './journey.js';
import { ExecutionTimeoutError, contextualFlowClient, executeRequest, type RouteHost } from './route.js';
import { blobToDataUrl, downscalePhoto, maxPhotosPerProduct } from './photos.js';
import { clearStoredDraft, readStoredDraft, writeStoredDraft } from './persistence.js';

/** The element that hosts the controller. */
export interface FlowHost extends ReactiveControllerHost, RouteHost {
  /** Milliseconds an execution may take. */
  timeout: number;
  /** No persistence of the draft. */
  ephemeral: boolean;
}

/** What the controller tells its element, which turns it into events and focus. */
export interface FlowListener {
  /** A different step (or the same step replaced) is now current; call `stepShown()` once it rendered. */
  stepChanged(): void;
  /** The return was submitted by the request with these inputs (D5). */
  submitted(inputs: ExecutionRequest['inputs']): void;
  /** An execution failed; `flowMessage` is the flow's own message for `flow` errors. */
  failed(kind: ReturnsErrorKind, flowMessage: string | undefined, duringStart: boolean): void;
  /** An answer failed validation (`fatal`) or was partly dropped. */
  protocolIssues(issues: ProtocolIssue[], fatal: boolean, messageType?: string): void;
}

interface PhotoEntry extends PhotoView {
  readonly blob: Blob;
  readonly url?: string;
}

let photoCounter = 0;

/** PROTOCOL.md 4.10: an execution times out after 30 s unless the portal says otherwise. */
const defaultTimeoutMs = 30_000;

/** Steps of the journey before submission: the ones a stored draft can resume on. */
const journeyBeforeSubmission: ReadonlySet<StepType> = new Set([
  'product_selection',
  'return_options',
  'important_information',
]);

/**
 * The portal's journey in one place (DESIGN.md section 3): the current step, history, answers,
 * the single in-flight execution (with its AbortController and timeout) and errors. State moves
 * only through the pure transitions of `journey.ts`; this class performs their side effects.
 */
export class FlowController implements ReactiveController {
  /** The journey; replaced, never mutated. */
  state: JourneyState = initialJourney;
  /** The validated `initialise_return` activity of the journey. */
  activity: InitialiseReturnActivity | null = null;
  /** Photos per product id (UI state: pending uploads never enter the answers, D1). */
  photos = new Map<string, readonly PhotoEntry[]>();
  /** UI-only flags (disclosures). */
  ui = new Set<string>();
  cancelReason: string | undefined;
  /** Set when the shopper pressed a confirm that was not ready, to show the problems (D32). */
  showProblems = false;

  readonly #host: FlowHost;
  readonly #listener: FlowListener;
  #sequence = 0;
  #knownProducts?: { history: readonly Step[]; current: Step | null; products: ReadonlyMap<string, ProductInfo> };
  #abort: AbortController | null = null;
  #settleStart: ((shown: boolean) => void) | null = null;

  constructor(host: FlowHost, listener: FlowListener) {
    this.#host = host;
    this.#listener = listener;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#releasePhotos();
  }

  /**
   * Starts a journey for a validated activity; resolves `true` once its first step is shown (the
   * element calls `stepShown()`), `false` when the start fails or is replaced.
   */
  start(activity: InitialiseReturnActivity): Promise<boolean> {
    this.#abandon();
    this.#settleStart?.(false);
    this.#releasePhotos();
    this.activity = activity;
    this.state = initialJourney;
    this.ui = new Set();
    this.cancelReason = undefined;
    this.showProblems = false;
    this.#shownInputs = undefined;
    const started = new Promise<boolean>((resolve) => (this.#settleStart = resolve));
    // A stored draft resumes a journey that starts at the beginning (D20), not one opened on a
    // submitted return.
    const firstStep = activity.inputs.step_type ?? 'product_selection';
    const stored = !this.#host.ephemeral && firstStep === 'product_selection' ? readStoredDraft(activity) : undefined;
    if (stored) {
      this.state = { ...this.state, answers: Object.freeze(stored.draft) };
      this.#execute(resumeSpec(stored.lastRequestInputs));
    } else {
      this.#execute(startSpec(activity.inputs.step_type));
    }
    return started;
  }

  /**
   * The element rendered the step on screen (its view may have had to load first): a `start()`
   * waiting for its first step resolves `true` (D13).
   */
  stepShown(): void {
    this.#settleStart?.(true);
    this.#settleStart = null;
  }

  /** Stops the journey: aborts the in-flight execution and uploads, drops their answers (D7). */
  stop(): void {
    this.#abandon();
    this.#settleStart?.(false);
    this.#settleStart = null;
    for (const upload of this.#uploads.values()) upload.abort();
    this.#host.requestUpdate();
  }

  /** Confirms the step on screen. Returns `'complete'` when the portal should close as completed. */
  confirm(): 'complete' | 'executing' | 'ignored' {
    const { current } = this.state;
    if (current?.type === 'important_information' && !this.state.inFlight) {
      this.#answer(answers.withUnopenedDefaults(this.state.answers, current));
    }
    const action = confirmAction(this.state, () => crypto.randomUUID(), this.cancelReason);
    if (action.kind === 'complete') return 'complete';
    if (action.kind === 'none') return 'ignored';
    this.#execute(action.spec);
    return 'executing';
  }

  /** Repeats the failed execution with the current answers (D16). */
  retry(): void {
    const spec = this.state.error?.retry;
    if (spec && !this.state.inFlight) this.#execute(spec);
  }

  /** Back to the previous step without executing (D7, D8). */
  back(): boolean {
    if (!canGoBack(this.state)) return false;
    this.#abandon();
    this.state = wentBack(this.state);
    this.showProblems = false;
    this.#host.requestUpdate();
    this.#listener.stepChanged();
    return true;
  }

  get canGoBack(): boolean {
    return canGoBack(this.state);
  }

  /** The request an execution for `spec` sends, built from the answers now (PROTOCOL.md 4.1). */
  requestFor(spec: RequestSpec): ExecutionRequest {
    const { activity } = this;
    if (!activity) throw new Error('no journey was started');
    if (spec.storedInputs) {
      return {
        returnFlowId: activity.returnFlowId,
        externalAccountKey: activity.externalAccountKey,
        inputs: spec.storedInputs,
      };
    }
    const draft = answers.answersForRequest(this.state.answers, spec.pathTypes);
    return {
      returnFlowId: activity.returnFlowId,
      externalAccountKey: activity.externalAccountKey,
      inputs: buildExecutionInputs(activity.inputs, draft, spec.stepType, spec.previousStepType, spec.extras),
    };
  }

  /**
   * Products known on this journey: from the path's `product_selection`, then each step's own (D10).
   * Made once per path (the state is immutable): every render and every tick reads it, and a
   * 1 000-product step would otherwise be walked each time.
   */
  knownProducts(): ReadonlyMap<string, ProductInfo> {
    const { history, current } = this.state;
    const cached = this.#knownProducts;
    if (cached?.history === history && cached.current === current) return cached.products;
    const products = collectProducts(current ? [...history, current] : history);
    this.#knownProducts = { history, current, products };
    return products;
  }


  /** Photo views per product id, for the step views. */
  photoViews(): Map<string, readonly PhotoView[]> {
    return new Map(
      [...this.photos].map(([id, list]) => [
        id,
        list.map(({ key, previewUrl, status }) => ({ key, previewUrl, status })),
      ]),
    );
  }

  /** Whether any photo is still uploading (confirm waits for them, D12). */
  get uploading(): boolean {
    return [...this.photos.values()].some((list) => list.some((photo) => photo.status !== 'done'));
  }

  /** The actions step views call. */
  readonly actions: StepActions = {
    toggleProduct: (id, selected) => {
      if (!selected) this.#dropPhotos(id);
      this.#answer(answers.toggleProduct(this.state.answers, id, selected));
    },
    setQuantity: (id, quantity) => this.#answer(answers.setQuantity(this.state.answers, id, quantity)),
    setReason: (id, reasonId) => {
      if (answers.selectedEntry(this.state.answers, id)?.reason_id !== reasonId) this.#dropPhotos(id);
      this.#answer(answers.setReason(this.state.answers, id, reasonId));
    },
    setSubReason: (id, optionId) => {
      if (answers.selectedEntry(this.state.answers, id)?.reason_option_id !== optionId) this.#dropPhotos(id);
      this.#answer(answers.setSubReason(this.state.answers, id, optionId));
    },
    setComments: (id, text) => this.#answer(answers.setComments(this.state.answers, id, text)),
    setCustomField: (id, name, value) => this.#answer(answers.setCustomField(this.state.answers, id, name, value)),
    addPhotos: (id, files) => void this.#addPhotos(id, files),
    removePhoto: (id, key) => this.#removePhoto(id, key),
    retryPhoto: (id, key) => this.#retryPhoto(id, key),
    setReturnOption: (id, option) => this.#answer(answers.setReturnOption(this.#ensureSelected(id), id, option)),
    setReplacement: (id, choice: ReplacementChoice) =>
      this.#answer(answers.setReplacement(this.#ensureSelected(id), id, choice)),
    setAcknowledged: (value) => this.#answer(answers.setAcknowledged(this.state.answers, value)),
    setUnopenedQuantity: (id, quantity) => this.#answer(answers.setUnopenedQuantity(this.state.answers, id, quantity)),
    openDetail: (stepType: StepType) => {
      const spec = detailSpec(this.state, stepType);
      if (spec) this.#execute(spec);
    },
    searchLocation: (location: UpdatedUserLocation) => {
      const spec = searchSpec(this.state, location);
      if (spec) this.#execute(spec);
    },
    setCancelReason: (reasonId) => {
      this.cancelReason = reasonId;
      this.#host.requestUpdate();
    },
    toggleUi: (key) => {
      this.ui = new Set(this.ui);
      if (!this.ui.delete(key)) this.ui.add(key);
      this.#host.requestUpdate();
    },
  };

  /** The answers with an entry for `id`, made with its known quantity when missing (D10). */
  #ensureSelected(id: string): answers.Answers {
    return answers.ensureSelected(this.state.answers, id, this.knownProducts().get(id)?.quantity ?? 1);
  }

  #answer(next: answers.Answers): void {
    if (next === this.state.answers) return;
    this.state = { ...this.state, answers: next };
    this.#persist();
    this.#host.requestUpdate();
  }

  /** The inputs of the request whose answer is on screen (what a resume sends again). */
  #shownInputs: ExecutionRequest['inputs'] | undefined;

  /** Saves the answers and the step on screen for this order (D20), unless ephemeral or done. */
  #persist(): void {
    const { activity } = this;
    if (!activity || this.#host.ephemeral || this.state.submitted || !this.#shownInputs) return;
    if (this.state.current?.type !== undefined && !journeyBeforeSubmission.has(this.state.current.type)) return;
    writeStoredDraft(activity, { draft: this.state.answers, lastRequestInputs: this.#shownInputs });
  }

  #execute(spec: RequestSpec): void {
    this.#abort?.abort(new DOMException('A newer execution replaced this one', 'AbortError'));
    const abort = new AbortController();
    this.#abort = abort;
    const id = ++this.#sequence;
    const request = this.requestFor(spec);
    this.state = executionStarted(this.state, id, spec);
    this.#host.requestUpdate();
    const { timeout } = this.#host;
    const timeoutMs = typeof timeout === 'number' && timeout > 0 ? timeout : defaultTimeoutMs;
    executeRequest(this.#host, request, abort.signal, timeoutMs).then(
      (answer) => this.#onAnswer(id, request, answer),
      (error: unknown) => this.#onFailure(id, error),
    );
  }

  /** Drops the in-flight execution: aborted, and its answer will be ignored. */
  #abandon(): void {
    this.#abort?.abort(new DOMException('The portal moved on', 'AbortError'));
    this.#abort = null;
    this.state = executionAbandoned(this.state);
  }

  #onAnswer(id: number, request: ExecutionRequest, answer: unknown): void {
    if (!isCurrentExecution(this.state, id)) return;
    const result = parseStep(answer);
    if (!result.ok) {
      this.#listener.protocolIssues(result.issues, true, messageTypeOf(answer));
      this.#fail(id, 'protocol');
      return;
    }
    const step = result.value;
    if (step.type === 'error') {
      this.#listener.protocolIssues(result.warnings, false, step.type);
      this.#fail(id, 'flow', step.message);
      return;
    }
    // Checked here, not by the view: an after-submission view may still be loading (D36).
    this.#listener.protocolIssues([...result.warnings, ...stepIssues(step)], false, step.type);
    const previousType = this.state.current?.type;
    const outcome = answerReceived(this.state, id, step);
    this.state = outcome.state;
    this.#shownInputs = request.inputs;
    if (outcome.submitted || outcome.cancelled) {
      if (this.activity) clearStoredDraft(this.activity);
    } else {
      this.#persist();
    }
    // Disclosures and per-step flags belong to the step they were set on.
    if (step.type !== previousType) this.ui = new Set();
    this.#abort = null;
    this.showProblems = false;
    if (outcome.cancelled) {
      this.#releasePhotos();
      this.ui = new Set();
      this.cancelReason = undefined;
    }
    this.#host.requestUpdate();
    if (outcome.submitted) this.#listener.submitted(request.inputs);
    this.#listener.stepChanged();
  }

  #onFailure(id: number, error: unknown): void {
    if (!isCurrentExecution(this.state, id)) return;
    this.#fail(id, error instanceof ExecutionTimeoutError ? 'timeout' : 'generic');
  }

  #fail(id: number, kind: ReturnsErrorKind, flowMessage?: string): void {
    // A resume the flow no longer accepts starts afresh, the stored answers kept to pre-fill (D20).
    if (this.state.inFlight?.spec.purpose === 'resume' && this.activity) {
      this.#execute(startSpec(this.activity.inputs.step_type));
      return;
    }
    const duringStart = this.state.current === null;
    this.state = executionFailed(this.state, id, kind, flowMessage);
    this.#abort = null;
    this.#host.requestUpdate();
    this.#listener.failed(kind, flowMessage, duringStart);
    if (duringStart) {
      this.#settleStart?.(false);
      this.#settleStart = null;
    }
  }

  // Photos (D12) ---------------------------------------------------------------------------

  #uploads = new Map<string, AbortController>();

  async #addPhotos(id: string, files: readonly File[]): Promise<void> {
    const room = maxPhotosPerProduct - (this.photos.get(id)?.length ?? 0);
    for (const file of files.slice(0, Math.max(0, room))) {
      let blob: Blob;
      try {
        blob = await downscalePhoto(file);
      } catch {
        blob = file; // not decodable here: let the upload decide, the preview shows a placeholder
      }
      const photo: PhotoEntry = {
        key: `photo-${++photoCounter}`,
        blob,
        previewUrl: URL.createObjectURL(blob),
        status: 'uploading',
      };
      this.#setPhotos(id, [...(this.photos.get(id) ?? []), photo]);
      void this.#upload(id, photo);
    }
  }

  async #upload(id: string, photo: PhotoEntry): Promise<void> {
    const abort = new AbortController();
    this.#uploads.set(photo.key, abort);
    let url: string | undefined;
    try {
      const client = contextualFlowClient(this.#host);
      url = client?.upload
        ? await client.upload(photo.blob, { signal: abort.signal })
        : await blobToDataUrl(photo.blob);
    } catch {
      url = undefined;
    } finally {
      this.#uploads.delete(photo.key);
    }
    if (abort.signal.aborted) return;
    const list = this.photos.get(id);
    if (!list?.some((p) => p.key === photo.key)) return; // removed meanwhile
    const finished: PhotoEntry = url ? { ...photo, status: 'done', url } : { ...photo, status: 'failed' };
    this.#setPhotos(
      id,
      list.map((p) => (p.key === photo.key ? finished : p)),
    );
  }

  #retryPhoto(id: string, key: string): void {
    const list = this.photos.get(id);
    const photo = list?.find((p) => p.key === key);
    if (!list || photo?.status !== 'failed') return;
    const again: PhotoEntry = { ...photo, status: 'uploading' };
    this.#setPhotos(
      id,
      list.map((p) => (p.key === key ? again : p)),
    );
    void this.#upload(id, again);
  }

  #removePhoto(id: string, key: string): void {
    const list = this.photos.get(id) ?? [];
    const photo = list.find((p) => p.key === key);
    if (!photo) return;
    this.#uploads.get(key)?.abort();
    URL.revokeObjectURL(photo.previewUrl);
    this.#setPhotos(
      id,
      list.filter((p) => p.key !== key),
    );
  }

  /** Replaces a product's photos and keeps `attachments` to the finished URLs, in order. */
  #setPhotos(id: string, list: readonly PhotoEntry[]): void {
    this.photos = new Map(this.photos);
    if (list.length > 0) this.photos.set(id, list);
    else this.photos.delete(id);
    const urls = list.flatMap((photo) => (photo.status === 'done' && photo.url ? [photo.url] : []));
    this.state = { ...this.state, answers: answers.setAttachments(this.state.answers, id, urls) };
    this.#host.requestUpdate();
  }

  #dropPhotos(id: string): void {
    for (const photo of this.photos.get(id) ?? []) {
      this.#uploads.get(photo.key)?.abort();
      URL.revokeObjectURL(photo.previewUrl);
    }
    if (this.photos.has(id)) {
      this.photos = new Map(this.photos);
      this.photos.delete(id);
    }
  }

  #releasePhotos(): void {
    for (const id of [...this.photos.keys()]) this.#dropPhotos(id);
  }
}

/** Only the fields that are set, so that a later step's silence never hides an earlier answer. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}


/** Every product the steps list, by id, later steps completing earlier ones. */
function collectProducts(steps: readonly Step[]): ReadonlyMap<string, ProductInfo> {
  const known = new Map<string, Partial<ProductInfo>>();
  for (const step of steps) {
    for (const product of listedProducts(step)) known.set(product.id, { ...known.get(product.id), ...product });
  }
  return new Map(
    [...known].map(([id, p]) => [id, { ...p, id, name: p.name ?? id, image: p.image ?? null, quantity: p.quantity ?? 1 }]),
  );
}
/** The products a step lists, with what it says of them (D10). */
function listedProducts(step: Step): (Partial<ProductInfo> & { id: string })[] {
  switch (step.type) {
    case 'product_selection':
      return step.payload.products.map(({ id, name, image, quantity, price, colour, size }) => ({
        id,
        ...defined({ name, image: image ?? undefined, quantity, price, colour, size }),
      }));
    case 'return_options':
      return step.payload.products.map(({ id, name, image, quantity }) => ({
        id,
        ...defined({ name, image: image ?? undefined, quantity }),
      }));
    case 'important_information':
      return step.payload.categories.flatMap((category) =>
        (category.products ?? []).map(({ id, name, image, quantity }) => ({
          id,
          ...defined({ name, image: image ?? undefined, quantity }),
        })),
      );
    default:
      return [];
  }
}

function messageTypeOf(answer: unknown): string | undefined {
  const type = (answer as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : undefined;
}
