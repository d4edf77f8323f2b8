import { css } from 'lit';

/**
 * The design tokens every element reads. Public tokens are `--rk-*` custom properties a host (or
 * `returnkit/themes/default.css`) may set; each has a fallback that follows the page's colour
 * scheme through `light-dark()`, so the elements look right with no theme loaded. Elements use
 * the private `--_*` copies resolved here once.
 */
export const tokenStyles = css`
  :host {
    --_font: var(--rk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--rk-font-size, 0.9375rem);
    --_font-size-small: var(--rk-font-size-small, 0.8125rem);
    --_text: var(--rk-color-text, light-dark(#1b1d21, #eceef1));
    --_text-muted: var(--rk-color-text-muted, light-dark(#5b616b, #a9afb8));
    --_surface: var(--rk-color-surface, light-dark(#ffffff, #1d1f23));
    --_surface-subtle: var(--rk-color-surface-subtle, light-dark(#f3f4f6, #2a2d33));
    --_border: var(--rk-color-border, light-dark(#d6d9de, #3b3f46));
    --_accent: var(--rk-color-accent, light-dark(#1f5fd1, #7fa8ff));
    --_on-accent: var(--rk-color-on-accent, light-dark(#ffffff, #0b1220));
    --_success: var(--rk-color-success, light-dark(#1b7a3d, #6fd394));
    --_warning: var(--rk-color-warning, light-dark(#8a5a00, #f0c060));
    --_danger: var(--rk-color-danger, light-dark(#b3261e, #ff8a80));
    --_focus: var(--rk-color-focus, light-dark(#1f5fd1, #9bbcff));
    --_radius: var(--rk-radius, 12px);
    --_radius-small: var(--rk-radius-small, 6px);
    --_space: var(--rk-spacing, 0.75rem);
    --_shadow: var(--rk-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
    --_duration: var(--rk-transition-duration, 160ms);

    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_text);
  }

  :host([hidden]) {
    display: none !important;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
