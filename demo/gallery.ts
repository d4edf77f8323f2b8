/**
 * What the card galleries share: the HTML snippet under each state, generated from the payload the
 * state renders so the two can never drift apart, the figure around each state, and the event log.
 */
import { html, type TemplateResult } from 'lit';

/** One state of a card gallery. */
export interface CardState {
  title: string;
  note?: string;
  payload?: unknown;
  /** A JSON attribute as written (also invalid JSON, for the error state). */
  json?: string;
  locale?: string;
  dir?: string;
  className?: string;
  /** Script lines of the snippet, after the card (e.g. pressing a button). */
  script?: string[];
}

/** JSON for reading, with data: URLs shortened (`data:image/png;base64,…`). */
export function readableJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => (typeof v === 'string' && v.startsWith('data:') ? `${v.slice(0, v.indexOf(',') + 1)}…` : v),
    2,
  );
}

/** The text of the `payload` attribute: the state's JSON (pretty-printed when it parses). */
function payloadText(state: CardState): string {
  if (state.json === undefined) return readableJson(state.payload);
  try {
    return readableJson(JSON.parse(state.json));
  } catch {
    return state.json; // invalid JSON is shown as given
  }
}

/** The wrapper a state's class stands for in a snippet (the page styles it from its CSS file). */
const wrappers: Record<string, string | undefined> = { dark: 'color-scheme: dark', narrow: 'inline-size: 280px' };

/** The HTML (and any script) that reproduces a state of the card `tag`. */
export function cardSnippet(tag: string, state: CardState): string {
  const value = payloadText(state).replaceAll('&', '&amp;').replaceAll("'", '&#39;');
  const attributes = [`locale="${state.locale ?? 'en-GB'}"`, ...(state.dir ? [`dir="${state.dir}"`] : [])];
  let card = `<${tag} ${attributes.join(' ')} payload='${value}'></${tag}>`;
  const wrapper = wrappers[state.className ?? ''];
  if (wrapper) card = `<div style="${wrapper}">\n${card.replace(/^/gm, '  ')}\n</div>`;
  if (!state.script?.length) return card;
  const lines = [`import 'returnkit/${tag}.js';`, ...state.script];
  return `${card}\n<script type="module">\n${lines.map((line) => `  ${line}`).join('\n')}\n</script>`;
}

/**
 * One state of a gallery: its caption, the card in a panel, and the card's code. `className`
 * `dark` darkens the panel; any other class goes on the figure (`narrow`, `pending`).
 */
export function galleryItem(tag: string, state: CardState, card: TemplateResult): TemplateResult {
  const dark = state.className === 'dark';
  return html`<li>
    <figure class="state ${dark ? '' : (state.className ?? '')}">
      <figcaption>${state.title}${state.note ? html`<small>${state.note}</small>` : ''}</figcaption>
      <div class="panel ${dark ? 'dark' : ''}">${card}</div>
      <details>
        <summary>Code</summary>
        <pre><code>${cardSnippet(tag, state)}</code></pre>
      </details>
    </figure>
  </li>`;
}

/** Adds a line at the top of the page's event log (`#log`). */
export function writeLog(line: string): void {
  const log = document.querySelector<HTMLElement>('#log');
  if (log) log.textContent = `${line}\n${log.textContent ?? ''}`;
}
