import { css } from 'lit';

export const popupStyles = css`
  :host {
    display: contents;
  }

  dialog {
    box-sizing: border-box;
    inline-size: min(24rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    margin: auto;
    padding: 0;
    border: none;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow:
      var(--_shadow),
      0 12px 32px rgb(0 0 0 / 0.25);
    overflow: auto;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  dialog[open] {
    animation: popup-in var(--_duration) ease-out;
  }

  dialog[open]::backdrop {
    animation: fade-in var(--_duration) ease-out;
  }

  dialog.closing {
    animation: popup-out var(--_duration) ease-in forwards;
  }

  dialog.closing::backdrop {
    animation: fade-out var(--_duration) ease-in forwards;
  }

  .panel {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    justify-items: start;
  }

  .icon {
    display: inline-grid;
    place-items: center;
    inline-size: 2.25rem;
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--_danger);
    color: var(--_surface);
    font-weight: 700;
    font-size: 1.25rem;
  }

  h2 {
    margin: 0;
    font-size: 1.0625rem;
    line-height: 1.3;
  }

  p {
    margin: 0;
    overflow-wrap: anywhere;
  }

  button {
    justify-self: stretch;
    min-block-size: 2.75rem;
    padding-inline: calc(var(--_space) * 1.5);
    border: none;
    border-radius: var(--_radius-small);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  @keyframes popup-in {
    from {
      opacity: 0;
      transform: translateY(0.5rem) scale(0.98);
    }
  }

  @keyframes popup-out {
    to {
      opacity: 0;
      transform: translateY(0.5rem) scale(0.98);
    }
  }

  @keyframes fade-in {
    from {
      opacity: 0;
    }
  }

  @keyframes fade-out {
    to {
      opacity: 0;
    }
  }
`;
