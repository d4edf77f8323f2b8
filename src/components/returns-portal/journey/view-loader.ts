/**
 * Loads the step views the portal needs (DECISIONS.md D36: every view but the first step's is a lazy
 * chunk). The shown step's view is loaded with a failure the shopper can retry; the view an
 * answer will probably need is loaded ahead — the step type an execution in flight asked for, and
 * the shown step's `nextType` — so that in real use the chunk arrives with the answer. A loaded
 * lazy view's styles are added to the portal's shadow root before it first renders there.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Step, StepType } from '../../../protocol/index.js';
import { addStyles } from '../../../internal/adopt-styles.js';
import type { JourneyState } from './journey.js';
import { isLazyStepType, loadStepView, stepView, type AnyStepView } from '../steps/index.js';

/** Where the view of a step is. */
export type ViewStatus =
  | { readonly kind: 'ready'; readonly view: AnyStepView }
  | { readonly kind: 'loading' }
  /** Its import failed; `retry()` tries again. */
  | { readonly kind: 'failed' };

const loading: ViewStatus = { kind: 'loading' };
const failed: ViewStatus = { kind: 'failed' };

/** The step views of one portal: a controller that acts on each update, before it renders. */
export class StepViewLoader implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #journey: () => JourneyState;
  // What the last update saw: loads start when these change, not on every render.
  #seenCurrent: Step | null = null;
  #seenInFlight: JourneyState['inFlight'] = null;
  /** The shown step whose view failed to load. */
  #failed: Step | null = null;

  /** @param journey reads the journey state (the flow controller's) */
  constructor(host: ReactiveElement, journey: () => JourneyState) {
    this.#host = host;
    this.#journey = journey;
    host.addController(this);
  }

  /** The view of `step`, or why it cannot render yet. */
  status(step: Step): ViewStatus {
    const view = stepView(step.type);
    if (view) return { kind: 'ready', view };
    return this.#failed === step ? failed : loading;
  }

  /** Tries again to load the view of the shown step, after a failure. */
  retry(): void {
    const step = this.#failed;
    if (!step || step !== this.#journey().current) return;
    this.#failed = null;
    this.#load(step);
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    const { current, inFlight } = this.#journey();
    if (current !== this.#seenCurrent) {
      this.#seenCurrent = current;
      this.#failed = null;
      if (current) this.#load(current);
      if (current?.nextType) this.#prefetch(current.nextType);
    }
    if (inFlight !== this.#seenInFlight) {
      this.#seenInFlight = inFlight;
      if (inFlight) this.#prefetch(inFlight.spec.stepType);
    }
    const styles = current && isLazyStepType(current.type) ? stepView(current.type)?.styles : undefined;
    const root = this.#host.renderRoot;
    if (styles && root instanceof ShadowRoot) addStyles(root, styles);
  }

  /** Loads the view of the shown `step`; a failure is shown while `step` is on screen. */
  #load(step: Step): void {
    if (stepView(step.type)) return;
    loadStepView(step.type).then(
      () => this.#host.requestUpdate(),
      () => {
        if (this.#journey().current !== step) return;
        this.#failed = step;
        this.#host.requestUpdate();
      },
    );
  }

  /** Loads a view that may be needed soon; a failure is retried when a step needs it. */
  #prefetch(type: StepType): void {
    if (isLazyStepType(type) && !stepView(type)) loadStepView(type).catch(() => {});
  }
}
