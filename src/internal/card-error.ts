import { css, html, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localizer.js';

/** The strings {@link renderCardError} shows. */
export type CardErrorStringKey = 'cardError' | 'cardErrorDetail';

/**
 * The compact error state of a card whose payload failed validation: says the card could not be
 * shown, in the shopper's language (the details go to the host in `protocol-error`).
 */
export function renderCardError(l: Localizer<CardErrorStringKey>): TemplateResult {
  return html`<div class="card-error" part="base error" role="status">
    <strong>${l.t('cardError')}</strong>
    <span>${l.t('cardErrorDetail')}</span>
  </div>`;
}

/** Styles of {@link renderCardError}. */
export const cardErrorStyles = css`
  .card-error {
    display: grid;
    gap: 0.125rem;
    padding: var(--_space);
    border: 1px dashed var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: var(--_font-size-small);
  }
  .card-error strong {
    color: var(--_danger);
  }
`;
