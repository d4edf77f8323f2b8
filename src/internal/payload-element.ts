import { markBrokenImages } from './images.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ReturnkitElement } from './returnkit-element.js';
import { renderCardError, type CardErrorStringKey } from './card-error.js';
import type { ParseResult, ProtocolIssue } from '../protocol/index.js';
import type { StringKey } from '../i18n/strings.js';

/** What a JSON attribute held when it could not be parsed; reported instead of thrown. */
export class InvalidJson {
  constructor(readonly message: string) {}
}

/** Reads a JSON attribute (`payload='{…}'` in a CMS page) without ever throwing. */
export const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value);
    } catch (error) {
      return new InvalidJson(error instanceof Error ? error.message : String(error));
    }
  },
};

/** The validated state of an element's `payload`. */
export type PayloadView<P> =
  { kind: 'empty' } | { kind: 'valid'; payload: P } | { kind: 'invalid'; issues: ProtocolIssue[] };

/**
 * Base of the elements that render one activity payload (the cards): a `payload` property that is
 * also a JSON attribute, validated once at the boundary when its JSON changes, with
 * `protocol-error` for what failed. Renders nothing without a payload and the compact error state
 * for an invalid one; subclasses render a valid payload in `renderPayload`. Its English strings
 * (`K`, see {@link ReturnkitElement}) include those of the error state.
 */
export abstract class PayloadElement<P, K extends StringKey> extends ReturnkitElement<K | CardErrorStringKey> {
  /** The activity payload, as an object or as a JSON string attribute. */
  @property({ converter: jsonAttribute }) payload?: unknown;

  /** The result of validating `payload`; render from this, never from `payload`. */
  @state() protected view: PayloadView<P> = { kind: 'empty' };

  /** The activity `type` used in `protocol-error` details. */
  protected abstract readonly messageType: string;

  /** Validates a payload; paths start at the message root (`payload.status`). */
  protected abstract parsePayload(payload: unknown): ParseResult<P>;

  /** Renders a valid payload. */
  protected abstract renderPayload(payload: P): TemplateResult;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (root instanceof ShadowRoot) markBrokenImages(root);
    return root;
  }

  override render(): TemplateResult | typeof nothing {
    const { view } = this;
    if (view.kind === 'empty') return nothing;
    if (view.kind === 'invalid') {
      return html`<div class="error-wrap" dir=${this.direction}>${renderCardError(this.localizer)}</div>`;
    }
    return this.renderPayload(view.payload);
  }

  /** Called when a payload whose JSON differs from the previous one was validated. */
  protected payloadReplaced(): void {}

  #lastJson: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('payload')) this.#readPayload();
  }

  #readPayload(): void {
    const { payload } = this;
    if (payload === undefined || payload === null) {
      this.#lastJson = undefined;
      this.view = { kind: 'empty' };
      return;
    }
    if (payload instanceof InvalidJson) {
      this.#lastJson = undefined;
      this.#reject([{ path: '', message: `invalid JSON: ${payload.message}` }]);
      return;
    }
    // Frameworks re-assign equal objects on every render: validate only what changed (D28).
    const json = safeStringify(payload);
    if (json !== undefined && json === this.#lastJson) return;
    this.#lastJson = json;
    const result = this.parsePayload(payload);
    if (result.ok) {
      this.view = { kind: 'valid', payload: result.value };
      this.reportProtocolError(result.warnings, { messageType: this.messageType, fatal: false });
    } else {
      this.#reject(result.issues);
    }
    this.payloadReplaced();
  }

  #reject(issues: ProtocolIssue[]): void {
    this.view = { kind: 'invalid', issues };
    this.reportProtocolError(issues, { messageType: this.messageType, fatal: true });
  }
}

function safeStringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined; // cyclic or BigInt: always re-validate (and fail there with a path)
  }
}
