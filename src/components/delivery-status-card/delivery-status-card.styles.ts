import { css } from 'lit';

/**
 * Styles of `<delivery-status-card>` (after `cardFrameStyles`). Logical properties only
 * (right-to-left follows `dir`), tokens from `tokenStyles`, works from 280 px wide.
 */
export const cardStyles = css`
  :host {
    --_marker: 1.25rem;
    --_tone: var(--_accent);
  }

  p,
  h2,
  dl,
  dd,
  ol {
    margin: 0;
  }

  button {
    font: inherit;
    color: inherit;
  }

  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
  }

  .card[dir='rtl'] .flip-rtl {
    transform: scaleX(-1);
  }

  .section {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .label,
  .eyebrow,
  dt {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  /* Tones: colour is always paired with an icon and text. */
  .tone-neutral {
    --_tone: var(--_text-muted);
  }
  .tone-progress {
    --_tone: var(--_accent);
  }
  .tone-success {
    --_tone: var(--_success);
  }
  .tone-warning {
    --_tone: var(--_warning);
  }
  .tone-danger {
    --_tone: var(--_danger);
  }

  /* Header */
  .header {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .header-top {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem calc(var(--_space) / 2);
  }

  .eyebrow {
    font-weight: 600;
    letter-spacing: 0.02em;
  }

  .shipment {
    padding: 0.0625rem 0.5rem;
    border-radius: 999px;
    background: var(--_surface-subtle);
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
    white-space: nowrap;
  }

  .order-number {
    font-weight: 600;
  }

  .status {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    justify-self: start;
    padding: 0.25rem 0.625rem;
    border-radius: var(--_radius-small);
    background: color-mix(in srgb, var(--_tone) 12%, transparent);
    border: 1px solid color-mix(in srgb, var(--_tone) 35%, transparent);
    font-size: 1.0625em;
    font-weight: 650;
  }

  .status .icon {
    color: var(--_tone);
  }

  .tone-neutral.status {
    background: var(--_surface-subtle);
    border-color: var(--_border);
  }

  /* Stage indicator */
  .stages {
    position: relative;
    z-index: 0;
    list-style: none;
    padding: 0;
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    margin-block-start: 0.25rem;
  }

  .stage {
    position: relative;
    display: grid;
    justify-items: center;
    align-content: start;
    gap: 0.25rem;
    padding-inline: 0.125rem;
    text-align: center;
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
    line-height: 1.25;
  }

  /* The line from the previous marker to this one. */
  .stage::before {
    content: '';
    position: absolute;
    inset-block-start: calc(var(--_marker) / 2 - 1px);
    inset-inline-end: 50%;
    inline-size: 100%;
    block-size: 2px;
    background: var(--_border);
  }

  .stage:first-child::before {
    display: none;
  }

  .stage.done::before,
  .stage.current::before {
    background: var(--_accent);
  }

  .marker {
    position: relative;
    z-index: 1;
    display: grid;
    place-items: center;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_on-accent);
  }

  .marker .icon {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    stroke-width: 3;
  }

  .done .marker {
    border-color: var(--_accent);
    background: var(--_accent);
  }

  .current .marker {
    border-color: var(--_tone);
    background: var(--_tone);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_tone) 25%, transparent);
  }

  .current .marker:empty::after {
    content: '';
    inline-size: 0.375rem;
    block-size: 0.375rem;
    border-radius: 50%;
    background: var(--_on-accent);
  }

  .current .stage-label {
    color: var(--_text);
    font-weight: 600;
  }

  /* Products */
  .products {
    display: block;
  }

  /* Details */
  .details {
    display: grid;
    gap: 0.375rem;
  }

  .details .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 var(--_space);
  }

  dd {
    text-align: end;
    margin-inline-start: auto;
  }

  /* Tracking */
  .tracking-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
  }

  .tracking-number {
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    font-size: 0.95em;
    letter-spacing: 0.02em;
    user-select: all;
  }

  .tracking-link {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }

  .copy-feedback {
    font-size: var(--_font-size-small);
    color: var(--_success);
  }

  .copy-feedback:empty {
    display: none;
  }

  .copy-feedback.failed {
    color: var(--_text);
  }

  /* Buttons */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    min-block-size: 2.75rem;
    padding-block: 0.375rem;
    padding-inline: 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    cursor: pointer;
    transition:
      background-color var(--_duration),
      border-color var(--_duration);
  }

  .button:hover {
    background: var(--_surface-subtle);
  }

  .copy-button {
    min-inline-size: 2.75rem;
  }

  .link-button,
  .proof-button {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2.75rem;
    padding: 0;
    border: none;
    background: none;
    color: var(--_accent);
    cursor: pointer;
    text-align: start;
  }

  .link-button:hover .chevron,
  .link-button:hover {
    text-decoration: underline;
  }

  .chevron {
    transition: transform var(--_duration);
  }

  .chevron.open {
    transform: rotate(180deg);
  }

  /* History */
  .timeline {
    list-style: none;
    padding: 0;
    display: grid;
  }

  .event {
    position: relative;
    display: grid;
    gap: 0.0625rem;
    padding-inline-start: 1.5rem;
    padding-block-end: 0.75rem;
  }

  .event:last-child {
    padding-block-end: 0;
  }

  /* The line down to the next (older) event. */
  .event::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.3125rem - 1px);
    inset-block: 0.875rem 0;
    inline-size: 2px;
    background: var(--_border);
  }

  .event:last-child::before {
    display: none;
  }

  .event-marker {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.375rem;
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
  }

  .event:first-child .event-marker {
    border-color: var(--_accent);
    background: var(--_accent);
  }

  .event-status {
    font-weight: 600;
  }

  .event-description {
    color: var(--_text);
  }

  .event-date {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  /* Proof of delivery */
  .proof-button {
    justify-self: start;
    gap: var(--_space);
  }

  .proof-button:hover .proof-button-text {
    text-decoration: underline;
  }

  .proof-dialog {
    inline-size: min(calc(100vw - 2rem), 36rem);
    max-block-size: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.35);
    overflow: auto;
  }

  .proof-dialog[open] {
    animation: dialog-in var(--_duration) ease-out;
  }

  .proof-dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }

  @keyframes dialog-in {
    from {
      opacity: 0;
      transform: scale(0.97);
    }
  }

  .dialog-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space) calc(var(--_space) / 2);
  }

  .dialog-title {
    font-size: 1em;
    font-weight: 650;
  }

  .icon-button {
    display: inline-grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border: none;
    border-radius: var(--_radius-small);
    background: none;
    cursor: pointer;
  }

  .icon-button:hover {
    background: var(--_surface-subtle);
  }

  .proof-large {
    padding: 0 var(--_space) var(--_space);
  }

  .proof-large .image-frame {
    inline-size: 100%;
    aspect-ratio: 4 / 3;
  }

  .proof-large .image-frame img {
    object-fit: contain;
  }

  /* Return */
  .return {
    gap: 0.375rem;
  }

  .return-button {
    inline-size: 100%;
    border-color: transparent;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }

  .return-button:hover {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_text));
  }

  .return-button[aria-disabled='true'] {
    border-color: var(--_border);
    background: var(--_surface-subtle);
    color: var(--_text-muted);
    cursor: default;
  }

  .return-deadline {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
    text-align: center;
  }

  @media (forced-colors: active) {
    .done .marker,
    .current .marker,
    .event:first-child .event-marker {
      background: CanvasText;
      border-color: CanvasText;
      color: Canvas;
    }
    .status {
      border-color: CanvasText;
    }
    .return-button[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
