import { css } from 'lit';

/**
 * Styles of rendered markdown ({@link renderMarkdown} in `markdown.ts`): put them in the
 * element's `styles` and the blocks in an element with the class `markdown`. Logical properties
 * only; long words and URLs wrap inside a 280 px panel.
 */
export const markdownStyles = css`
  .markdown {
    overflow-wrap: anywhere;
  }

  .markdown p,
  .markdown ul,
  .markdown ol {
    margin-block: 0 0.5em;
    margin-inline: 0;
  }

  .markdown > :last-child,
  .markdown li > :last-child {
    margin-block-end: 0;
  }

  .markdown ul,
  .markdown ol {
    padding-inline-start: 1.25em;
  }

  .markdown li + li {
    margin-block-start: 0.125em;
  }

  .markdown li > ul,
  .markdown li > ol,
  .markdown li > p + p {
    margin-block: 0.125em 0;
  }

  .markdown li > p {
    margin-block-end: 0;
  }

  .markdown .heading {
    margin-block-end: 0.25em;
  }

  .markdown a {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: from-font;
    text-underline-offset: 0.15em;
    border-radius: 2px;
    transition: text-decoration-color var(--_duration);
  }

  .markdown a:hover {
    text-decoration-color: transparent;
  }

  .markdown hr {
    border: 0;
    border-block-start: 1px solid var(--_border);
    margin-block: 0.75em;
  }

  @media (forced-colors: active) {
    .markdown a {
      color: LinkText;
    }
  }
`;
