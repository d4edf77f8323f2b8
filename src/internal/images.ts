import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Localizer } from '../i18n/localizer.js';

/**
 * An image in a fixed aspect box (no layout shift), lazily loaded. A refused URL (`null` after
 * validation) or an image that fails to load ({@link markBrokenImages}) shows a neutral
 * placeholder instead, which keeps the image's name (an empty `alt` marks a decorative image: its
 * placeholder is silent too). Style the box through `.image-frame` and the `image` part.
 */
export function renderImage(url: string | null | undefined, alt: string, l: Localizer): TemplateResult {
  // Two templates rather than one with optional parts: a product list renders hundreds of these.
  if (url) {
    return html`<span class="image-frame" part="image"
      ><img src=${url} alt=${alt} loading="lazy" decoding="async" /><span class="image-placeholder"></span
    ></span>`;
  }
  return html`<span class="image-frame broken" part="image"
    ><span
      class="image-placeholder"
      role=${ifDefined(alt ? 'img' : undefined)}
      aria-label=${ifDefined(alt || undefined)}
      title=${l.t('imageUnavailable')}
    ></span
  ></span>`;
}

/**
 * Shows the placeholder of every `.image-frame` image in `root` that fails to load. One capture
 * listener on the root serves all of them (`error` does not bubble, but the capture phase passes
 * the root), instead of a listener per image: a product list has hundreds.
 */
export function markBrokenImages(root: ShadowRoot): void {
  root.addEventListener('error', markBroken, { capture: true });
}

function markBroken(event: Event) {
  const img = event.target;
  if (!(img instanceof HTMLImageElement)) return;
  const frame = img.parentElement;
  if (!frame?.classList.contains('image-frame')) return;
  // Only classes and ARIA on nodes Lit owns: the <img> stays (hidden) so re-renders find it.
  frame.classList.add('broken');
  img.setAttribute('aria-hidden', 'true');
  const placeholder = frame.querySelector('.image-placeholder');
  if (placeholder && img.alt) {
    placeholder.setAttribute('role', 'img');
    placeholder.setAttribute('aria-label', img.alt);
  }
}

/**
 * Product thumbnails: the first two, then a `+N` badge for the rest (PROTOCOL.md 2.1, 2.2).
 * `names[i]` is the alt text of image `i` when given.
 */
export function renderProductImages(urls: readonly (string | null)[], names: readonly string[], l: Localizer) {
  if (urls.length === 0) return nothing;
  const shown = urls.slice(0, 2);
  const rest = urls.length - shown.length;
  return html`<div class="product-images" part="product-images">
    ${shown.map((url, i) => renderImage(url, names[i] ?? l.t('productImage'), l))}
    ${
      rest > 0
        ? html`<span
            class="more-badge"
            part="more-badge"
            role="img"
            aria-label=${l.t('moreProductsLabel', { count: rest })}
            ><bdi dir="ltr">${l.t('moreProducts', { count: rest })}</bdi></span
          >`
        : nothing
    }
  </div>`;
}

/** Styles of {@link renderImage} and {@link renderProductImages}. */
export const imageStyles = css`
  .image-frame {
    position: relative;
    display: inline-block;
    flex: none;
    inline-size: var(--_image-size, 3.5rem);
    aspect-ratio: 1;
    border-radius: var(--_radius-small);
    overflow: hidden;
    background: var(--_surface-subtle);
  }
  .image-frame img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .image-placeholder {
    display: none;
    position: absolute;
    inset: 0;
    background:
      linear-gradient(135deg, transparent 45%, var(--_border) 45% 55%, transparent 55%), var(--_surface-subtle);
  }
  .image-frame.broken img {
    display: none;
  }
  .image-frame.broken .image-placeholder {
    display: block;
  }
  .product-images {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  .more-badge {
    display: inline-grid;
    place-items: center;
    inline-size: var(--_image-size, 3.5rem);
    aspect-ratio: 1;
    border-radius: var(--_radius-small);
    background: var(--_surface-subtle);
    color: var(--_text-muted);
    font-weight: 600;
  }
`;
