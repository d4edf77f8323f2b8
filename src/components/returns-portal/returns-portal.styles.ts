import { css } from 'lit';

/** The portal frame: header, error, step body, footer, and the controls steps share. */
export const portalStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    min-inline-size: 0;
  }

  .portal {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    min-block-size: 0;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .portal[hidden] {
    display: none;
  }

  .header {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-block-end: 1px solid var(--_border);
    background: var(--_surface-subtle);
  }

  .heading {
    flex: 1;
    min-inline-size: 0;
    display: grid;
  }

  .title {
    margin: 0;
    font-size: 1.0625rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .title:focus {
    outline: none;
  }

  .title:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .subtitle {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .step {
    flex: 1;
    overflow-y: auto;
    padding: var(--_space);
    display: grid;
    /* One column that may shrink below its content's min-content width (long words, large text). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    align-content: start;
  }

  /*
   * Nothing in a step may force the panel wider than it is (320 px, 200 % text): containers may
   * shrink below their content's min-content width, and long words break.
   */
  .step {
    overflow-wrap: anywhere;
  }

  .step :where(div, section, form, fieldset, p, label, ul, ol, li, dl, dt, dd, span, a) {
    min-inline-size: 0;
  }

  .footer {
    display: grid;
    /* Like the step body: a flow's very long button text wraps instead of widening the panel. */
    grid-template-columns: minmax(0, 1fr);
    overflow-wrap: anywhere;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .confirm-reason {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: color-mix(in srgb, var(--_danger) 12%, var(--_surface));
    color: var(--_text);
    border-block-end: 1px solid var(--_danger);
  }

  .error > span {
    flex: 1 1 12rem;
  }

  .loading {
    display: grid;
    justify-items: center;
    gap: var(--_space);
    padding-block: calc(var(--_space) * 3);
    color: var(--_text-muted);
  }

  .loading-image {
    max-inline-size: 8rem;
    max-block-size: 8rem;
  }

  .spinner {
    inline-size: 2rem;
    aspect-ratio: 1;
    border-radius: 50%;
    border: 3px solid var(--_border);
    border-block-start-color: var(--_accent);
    animation: spin 0.9s linear infinite;
  }

  .spinner.small {
    inline-size: 1rem;
    border-width: 2px;
    border-block-start-color: currentColor;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  /* Reduced motion: no spinning; the visible "Loading…" / "Please wait…" text carries the state. */
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  /* Buttons shared by the frame and every step. */
  button {
    font: inherit;
    color: inherit;
  }

  .primary,
  .secondary,
  .icon-button,
  .link-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 2.75rem;
    border-radius: var(--_radius-small);
    cursor: pointer;
    text-decoration: none;
  }

  .primary {
    inline-size: 100%;
    min-inline-size: 0;
    padding-inline: var(--_space);
    border: none;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }

  .primary[aria-disabled='true'] {
    background: var(--_surface-subtle);
    color: var(--_text-muted);
    cursor: not-allowed;
    outline-color: var(--_focus);
  }

  .secondary {
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }

  .secondary[aria-disabled='true'],
  .secondary:disabled {
    color: var(--_text-muted);
    cursor: not-allowed;
  }

  .icon-button {
    min-inline-size: 2.75rem;
    padding-inline: 0.5rem;
    border: none;
    background: transparent;
    font-size: var(--_font-size);
  }

  .icon-button.close span {
    font-size: 1.5rem;
    line-height: 1;
  }

  .chevron {
    inline-size: 0.55rem;
    aspect-ratio: 1;
    border-inline-start: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
  }

  :host(:dir(rtl)) .chevron,
  [dir='rtl'] .chevron {
    transform: rotate(-135deg);
  }

  .link-button {
    padding-inline: var(--_space);
    border: 1px solid var(--_accent);
    color: var(--_accent);
    background: transparent;
    font-weight: 600;
  }

  /* A disclosure button (aria-expanded) with a chevron that turns; steps add their own class. */
  .disclosure {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding: 0;
    border: none;
    background: none;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }

  .disclosure-icon {
    flex: none;
    inline-size: 0.5rem;
    aspect-ratio: 1;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform var(--_duration);
  }

  :host(:dir(rtl)) .disclosure-icon,
  [dir='rtl'] .disclosure-icon {
    transform: rotate(135deg);
  }

  .disclosure[aria-expanded='true'] .disclosure-icon {
    transform: rotate(45deg);
  }

  /* Form controls shared by the steps. */
  input[type='text'],
  input[type='number'],
  input[type='search'],
  select,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  textarea {
    min-block-size: 5rem;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  .field-label {
    font-weight: 600;
    font-size: var(--_font-size-small);
  }

  .field-hint {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .field-error {
    color: var(--_danger);
    font-size: var(--_font-size-small);
  }

  .card {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .muted {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: none;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    font-weight: 600;
  }

  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  p {
    margin: 0;
  }
`;
