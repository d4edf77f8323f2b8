import { css } from 'lit';

/**
 * Styles of `<return-overdue>` (after `cardFrameStyles`). Logical properties only (right-to-left
 * follows `dir`), tokens from `tokenStyles`, works from 280 px wide.
 */
export const returnOverdueStyles = css`
  p,
  dl,
  dd {
    margin: 0;
  }

  /* Header: icon, title, order number */
  .header {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
  }

  .header-icon {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_warning) 14%, transparent);
    color: var(--_warning);
  }

  .icon {
    inline-size: 1.375rem;
    block-size: 1.375rem;
  }

  .header-text {
    display: grid;
    gap: 0.125rem;
    min-inline-size: 0;
    align-self: center;
  }

  .title {
    font-size: 1.0625em;
    font-weight: 650;
    line-height: 1.3;
  }

  .order-number {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  /* Products and the order facts */
  .summary {
    display: grid;
    gap: var(--_space);
  }

  .details {
    display: grid;
    gap: 0.375rem;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 var(--_space);
  }

  dt {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  dd {
    margin-inline-start: auto;
    text-align: end;
  }

  .total {
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }

  /* Why the window is closed */
  .info {
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  @media (forced-colors: active) {
    .header-icon {
      border: 1px solid CanvasText;
    }
  }
`;
