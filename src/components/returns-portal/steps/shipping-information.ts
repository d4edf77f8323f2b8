/**
 * The `shipping_information` step (PROTOCOL.md 4.6, DECISIONS.md D33): the return's status and
 * how to send the parcel, as an ordered list with images and download links.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { renderImage } from '../../../internal/images.js';
import { normaliseStatus, type ReturnInstruction, type ShippingInformationStep } from '../../../protocol/index.js';
import { shippingInformationEnglish } from '../../../i18n/en/portal-steps.js';
import type { StepContext, StepView } from './step-view.js';

function renderDownload(
  instruction: ReturnInstruction,
  index: number,
  context: StepContext,
): TemplateResult | typeof nothing {
  const button = instruction.downloadButton;
  if (!button) return nothing;
  const { l } = context;
  const text = button.text.trim() || l.t('siDownload');
  // A refused URL (PROTOCOL.md section 1) leaves the text, without a link.
  if (!button.url) return html`<p class="si-download-text">${text}</p>`;
  return html`<a
    class="link-button si-download"
    id=${`si-download-${index}`}
    href=${button.url}
    download
    target="_blank"
    rel="noopener noreferrer"
    ><span class="si-download-icon" aria-hidden="true"></span><span>${text}</span
    ><span class="visually-hidden"> ${l.t('opensInNewTab')}</span></a
  >`;
}

function renderInstruction(instruction: ReturnInstruction, index: number, context: StepContext): TemplateResult {
  const { l } = context;
  const images = instruction.imageUrls ?? [];
  return html`<li class="si-instruction">
    <div class="si-instruction-body">
      <p class="si-text">${instruction.text}</p>
      ${instruction.subText ? html`<p class="muted si-subtext">${instruction.subText}</p>` : nothing}
      ${images.length > 0 ? html`<div class="si-images">${images.map((url) => renderImage(url, '', l))}</div>` : nothing}
      ${renderDownload(instruction, index, context)}
    </div>
  </li>`;
}

/** The `shipping_information` view (nothing to fill in: always ready). */
export const shippingInformationView: StepView<ShippingInformationStep> = {
  english: shippingInformationEnglish,

  render(step, context) {
    const { l } = context;
    const status = normaliseStatus(step.payload.status);
    const instructions = step.payload.returnInstructions;
    return html`<div class="si">
      <p class="si-status">
        <span class="si-status-label">${l.t('siStatus')}</span>
        <span class="si-badge ${status.canonical ? `si-${status.canonical}` : ''}"
          >${status.key ? l.t(status.key) : status.label}</span
        >
      </p>
      ${
        instructions.length > 0
          ? html`<section class="card si-steps" aria-labelledby="si-title">
              <h3 class="si-heading" id="si-title">${l.t('siInstructionsTitle')}</h3>
              <ol class="si-instructions">
                ${instructions.map((instruction, index) => renderInstruction(instruction, index, context))}
              </ol>
            </section>`
          : nothing
      }
    </div>`;
  },

  styles: css`
    .si {
      display: grid;
      gap: var(--_space);
    }

    .si-status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }

    .si-status-label {
      color: var(--_text-muted);
      font-size: var(--_font-size-small);
    }

    .si-badge {
      display: inline-block;
      padding-block: 0.125rem;
      padding-inline: 0.625rem;
      border-radius: 999px;
      border: 1px solid var(--_border);
      background: var(--_surface-subtle);
      font-weight: 600;
      font-size: var(--_font-size-small);
      overflow-wrap: anywhere;
    }

    .si-heading {
      margin: 0;
      font-size: 1rem;
    }

    .si-instructions {
      display: grid;
      gap: var(--_space);
      padding-inline-start: 1.5rem;
    }

    .si-instruction::marker {
      font-weight: 600;
    }

    .si-instruction-body {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }

    .si-text {
      font-weight: 600;
    }

    .si-images {
      --_image-size: 6rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }

    .si-download {
      max-inline-size: 100%;
      padding-block: 0.5rem;
      text-align: center;
    }

    .si-download-icon {
      flex: none;
      inline-size: 0.75rem;
      block-size: 0.875rem;
      border-block-end: 2px solid currentColor;
      background: linear-gradient(currentColor, currentColor) center top / 2px 65% no-repeat;
    }

    .si-download-text {
      font-weight: 600;
    }
  `,
};
