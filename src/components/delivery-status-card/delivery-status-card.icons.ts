import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { StatusStage } from '../../protocol/index.js';

/*
 * Small stroked icons (24 × 24 grid, `currentColor`), decorative: each sits next to text that says
 * the same thing, so they are hidden from assistive technology.
 */

const paths = {
  box: svg`<path d="M21 8 12 3 3 8v8l9 5 9-5z" /><path d="m3 8 9 5 9-5M12 13v8" />`,
  truck: svg`<path d="M3 6h11v10H3zM14 10h4l3 3v3h-7" /><circle cx="7" cy="17.5" r="1.75" /><circle cx="17" cy="17.5" r="1.75" />`,
  check: svg`<path d="m5 12.5 4.5 4.5L19 7.5" />`,
  checkCircle: svg`<circle cx="12" cy="12" r="9" /><path d="m8 12.5 3 3 5-6" />`,
  alert: svg`<path d="M12 3 2 20h20z" /><path d="M12 10v4.5M12 17.2v.3" />`,
  undo: svg`<path d="M9 14 4 9l5-5" /><path d="M4 9h10a6 6 0 0 1 0 12h-3" />`,
  info: svg`<circle cx="12" cy="12" r="9" /><path d="M12 11v5.5M12 7.8v.3" />`,
  copy: svg`<rect x="8" y="8" width="12" height="12" rx="2" /><path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" />`,
  external: svg`<path d="M14 4h6v6M20 4l-9 9" /><path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />`,
  close: svg`<path d="M6 6l12 12M18 6 6 18" />`,
  chevron: svg`<path d="m6 9 6 6 6-6" />`,
} satisfies Record<string, SVGTemplateResult>;

/** The name of an icon. */
export type IconName = keyof typeof paths;

/** A decorative icon; mirrored in right-to-left text when it points in a direction. */
export function icon(name: IconName, className = ''): TemplateResult {
  return html`<svg
    class="icon ${className}"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${paths[name]}
  </svg>`;
}

/** The icon of a stage (`null`: an unknown status), so a status never relies on colour alone. */
export function stageIcon(stage: StatusStage | null): TemplateResult {
  switch (stage) {
    case null:
      return icon('info');
    case 'ordered':
    case 'ready_for_pickup':
      return icon('box');
    case 'on_its_way':
      return icon('truck', 'flip-rtl');
    case 'delivered':
    case 'return_received':
      return icon('checkCircle');
    case 'problem':
      return icon('alert');
    default:
      return icon('undo', 'flip-rtl');
  }
}
