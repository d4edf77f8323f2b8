import { css } from 'lit';

/**
 * What the two cards share (the elements built on PayloadElement): the host box, the wrapper of
 * the error state, and the card's frame. Each card's own styles come after these.
 */
export const cardFrameStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
  }

  .error-wrap {
    display: contents;
  }

  .card {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    overflow-wrap: anywhere;
  }
`;
