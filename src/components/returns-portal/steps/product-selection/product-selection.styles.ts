import { css } from 'lit';

/**
 * Styles of the `product_selection` view. Every selector starts with `ps-` (the portal adopts all
 * step styles in one shadow root). Logical properties only, so right-to-left just works; laid out
 * for a 280–320 px chat panel.
 */
export const productSelectionStyles = css`
  .ps-summary {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    margin: 0;
  }

  .ps-summary > div {
    display: grid;
    min-inline-size: 0;
  }

  .ps-summary dt {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .ps-summary dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .ps-products {
    position: relative;
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  /*
   * Block flow, not grid: ticking one product of a long order then lays out that card and moves
   * the ones below, where a grid would place all of its rows again.
   */
  .ps-list {
    display: flow-root;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .ps-list > li + li {
    margin-block-start: var(--_space);
  }

  .ps-product {
    /*
     * 3.5rem in a 320 px panel, smaller below and with large text (the portal is an inline-size
     * container): the thumbnail must never squeeze the product's name and details off the card.
     */
    --_image-size: min(3.5rem, 18cqi);
    /* Long orders: cards off screen are not laid out until scrolled to. */
    content-visibility: auto;
    contain-intrinsic-size: auto 6rem;
  }

  .ps-product.ps-picked {
    border-color: var(--_accent);
  }

  .ps-head {
    position: relative;
    display: grid;
    grid-template-columns: auto auto minmax(0, 1fr);
    align-items: start;
    gap: calc(var(--_space) * 0.625);
  }

  .ps-pick {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    margin-block-start: 0.125rem;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .ps-info {
    display: grid;
    gap: 0.125rem;
    min-inline-size: 0;
  }

  .ps-name {
    font-weight: 600;
    overflow-wrap: anywhere;
    cursor: pointer;
  }

  /* The whole head of the card is the label's hit area (a large touch target). */
  .ps-name::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  .ps-details-line {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  /* Items wrap as wholes where they fit; a long one (or large text) still wraps inside. */
  .ps-details-line > span {
    display: inline-block;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }

  /* An unknown detail is an empty span (Lit's empty text and marker comment leave it :empty). */
  .ps-details-line > span:empty {
    display: none;
  }

  /* A dot between the details shown, silent for screen readers. */
  .ps-details-line > span:not(:empty) ~ span:not(:empty)::before {
    content: '· ' / '';
  }

  .ps-price {
    font-weight: 600;
  }

  .ps-unavailable {
    background: var(--_surface-subtle);
  }

  .ps-unavailable .ps-name {
    cursor: not-allowed;
  }

  .ps-unavailable .ps-pick:disabled {
    cursor: not-allowed;
  }

  .ps-unavailable .image-frame {
    filter: grayscale(1);
    opacity: 0.6;
  }

  .ps-unavailable-reason {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .ps-unavailable-reason strong {
    color: var(--_text);
  }

  .ps-answers {
    display: grid;
    gap: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .ps-quantity select {
    inline-size: auto;
    min-inline-size: 6rem;
    justify-self: start;
  }

  .ps-optional {
    font-weight: 400;
    color: var(--_text-muted);
  }

  /* Photos */

  .ps-photos {
    position: relative;
    gap: calc(var(--_space) / 2);
  }

  .ps-photo-list {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .ps-photo-list:empty {
    display: none;
  }

  .ps-photo {
    --_image-size: 3rem;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }

  .ps-photo-state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    min-inline-size: 0;
    font-size: var(--_font-size-small);
  }

  .ps-photo-status {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }

  .ps-photo[data-status='failed'] .ps-photo-status {
    color: var(--_danger);
  }

  .ps-photo[data-status='uploading'] .ps-photo-status {
    color: var(--_text-muted);
  }

  .ps-photo-retry {
    padding-inline: 0.75rem;
    font-size: var(--_font-size-small);
  }

  .ps-photo-remove span {
    font-size: 1.25rem;
    line-height: 1;
  }

  .ps-photo-add {
    position: relative;
    justify-self: start;
  }

  .ps-file-button {
    font-weight: 600;
  }

  .ps-file:focus-visible + .ps-file-button {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .ps-file[aria-invalid='true'] + .ps-file-button {
    border-color: var(--_danger);
  }

  /* A plus sign drawn with borders, so no icon font or SVG is needed. */
  .ps-plus {
    position: relative;
    inline-size: 0.75rem;
    block-size: 0.75rem;
  }

  .ps-plus::before,
  .ps-plus::after {
    content: '';
    position: absolute;
    inset-block-start: calc(50% - 1px);
    inset-inline: 0;
    border-block-start: 2px solid currentColor;
  }

  .ps-plus::after {
    transform: rotate(90deg);
  }

  @media (forced-colors: active) {
    .ps-product.ps-picked {
      border-width: 2px;
    }
  }
`;
