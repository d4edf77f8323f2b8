/**
 * The `cancel_return` step (PROTOCOL.md 4.9, DECISIONS.md D6): the confirmation screen of a
 * cancellation. The portal renders the title (`payload.title`) in its header and the confirm
 * button (`confirmButtonText`); this view renders the description, the reasons as a radio group
 * (a choice is required when the flow lists reasons) and a "Keep my return" button.
 *
 * "Keep my return" must leave without executing anything: it dispatches a bubbling, composed
 * `rk-step-back` event from the button, and the portal answers it with `back()` — the same as its
 * own Back button. A side-effect-free view (D37): the chosen reason goes through
 * `context.actions.setCancelReason`.
 */
import { css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CancelReturnStep } from '../../../protocol/index.js';
import { cancelReturnEnglish } from '../../../i18n/en/portal-steps.js';
import type { Problem, StepContext, StepView } from './step-view.js';

/** The event "Keep my return" dispatches; the portal goes back to the details on it. */
export const STEP_BACK_EVENT = 'rk-step-back';

/** The id of reason `index`'s radio (the first is where focus goes when a choice is missing). */
const reasonId = (index: number) => `cr-reason-${index}`;

/** Whether the chosen reason is one of the step's reasons. */
function hasReason(step: CancelReturnStep, context: StepContext): boolean {
  const reasons = step.payload.reasons ?? [];
  return reasons.some((reason) => reason.id === context.cancelReason);
}

function keepReturn(event: Event) {
  event.currentTarget?.dispatchEvent(new CustomEvent(STEP_BACK_EVENT, { bubbles: true, composed: true }));
}

export const cancelReturnView: StepView<CancelReturnStep> = {
  english: cancelReturnEnglish,

  render(step, context) {
    const { l, actions, showProblems } = context;
    const { description, reasons = [], cancelButtonText } = step.payload;
    const missing = reasons.length > 0 && !hasReason(step, context);
    const showError = showProblems && missing;
    return html`${description?.trim() ? html`<p class="cr-description">${description}</p>` : nothing}
      ${
        reasons.length > 0
          ? html`<fieldset class="cr-reasons">
              <legend>${l.t('crReasonsLegend')}</legend>
              ${showError ? html`<p id="cr-reasons-error" class="field-error">${l.t('crReasonError')}</p>` : nothing}
              <div class="cr-options">
                ${reasons.map(
                  (reason, index) =>
                    html`<label class="cr-option">
                      <input
                        type="radio"
                        name="cr-reason"
                        id=${reasonId(index)}
                        .value=${reason.id}
                        .checked=${context.cancelReason === reason.id}
                        aria-describedby=${ifDefined(showError ? 'cr-reasons-error' : undefined)}
                        @change=${() => actions.setCancelReason(reason.id)}
                      />
                      <span>${reason.text}</span>
                    </label>`,
                )}
              </div>
            </fieldset>`
          : nothing
      }
      <button type="button" class="secondary cr-keep" @click=${keepReturn}>
        ${cancelButtonText?.trim() || l.t('crKeepReturn')}
      </button>`;
  },

  problems(step, context): Problem[] {
    const reasons = step.payload.reasons ?? [];
    if (reasons.length === 0 || hasReason(step, context)) return [];
    return [{ fieldId: reasonId(0), message: context.l.t('crReasonRequired') }];
  },

  styles: css`
    .cr-description {
      overflow-wrap: anywhere;
    }

    .cr-reasons {
      display: grid;
      gap: 0.5rem;
    }

    .cr-options {
      display: grid;
      gap: 0.25rem;
    }

    .cr-option {
      display: flex;
      align-items: flex-start;
      gap: 0.625rem;
      min-block-size: 2.75rem;
      padding: 0.5rem 0.625rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      cursor: pointer;
      overflow-wrap: anywhere;
    }

    .cr-option:has(input:checked) {
      border-color: var(--_accent);
      background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
    }

    .cr-option input {
      flex: none;
      inline-size: 1.125rem;
      block-size: 1.125rem;
      margin: 0.125rem 0 0;
    }

    .cr-keep {
      inline-size: 100%;
    }
  `,
};
