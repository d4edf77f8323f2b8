/**
 * Safe markdown for text from flows (PROTOCOL.md section 1, DECISIONS.md D25).
 *
 * marked only tokenizes; the tokens are rendered to Lit templates here, so every piece of text
 * goes through an escaped Lit binding and no flow text is ever parsed as HTML (no `unsafeHTML`,
 * no `innerHTML`). The subset: paragraphs, a line break for every `\n`, bold, italic, links that
 * pass the URL policy (new tab, `rel="noopener noreferrer"`), ordered and unordered lists. Images
 * become their alt text, headings bold paragraphs, code plain text, raw HTML literal text, and
 * anything else its source text.
 *
 * marked is loaded lazily (`import('marked')`), so it stays out of a card's eager bundle
 * (D36); until it is there, {@link renderMarkdown} shows the plain text with its line breaks.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Token, Tokens } from 'marked';
import type { Localizer } from '../i18n/localizer.js';
import { checkUrl } from '../protocol/url.js';

/** Markdown shows one built-in string: the new-tab hint of external links. */
type MarkdownLocalizer = Localizer<'opensInNewTab'>;

/** Tokens nested deeper than this render as their source text (no recursion without end). */
export const MAX_MARKDOWN_DEPTH = 20;

/**
 * Longer text is shown as plain text without being tokenized: marked's cost grows faster than
 * the input for some shapes (deeply indented lists), and a chat message never needs this much.
 */
export const MAX_MARKDOWN_LENGTH = 20_000;

/** A link the URL policy refused; it renders as its text. */
export interface RefusedLink {
  /** The destination as written in the markdown. */
  href: string;
  /** Why {@link checkUrl} refused it. */
  reason: string;
}

/**
 * A tokenized markdown text, ready to render: the tokens plus the URL verdict of every link that
 * will render. Produced once per text by {@link lexMarkdown}; rendering it has no side effects.
 */
export interface MarkdownDocument {
  readonly text: string;
  /** `null` when the text could not be (or was not) tokenized: it renders as plain text. */
  readonly tokens: readonly Token[] | null;
  /** The checked URL of each link token, or `null` when refused. */
  readonly links: ReadonlyMap<Tokens.Link, string | null>;
  readonly refusedLinks: readonly RefusedLink[];
}

type Marked = typeof import('marked');

let loading: Promise<Marked> | undefined;

/** Loads marked once (a separate chunk in bundles). A failed load may be retried later. */
export function loadMarkdown(): Promise<Marked> {
  loading ??= import('marked').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** A document that renders `text` as plain paragraphs and line breaks. */
export function plainDocument(text: string): MarkdownDocument {
  return { text, tokens: null, links: new Map(), refusedLinks: [] };
}

/**
 * Tokenizes `text` with marked (loaded on first use) and checks its links. Never rejects: text
 * that cannot be tokenized (too long, too deep for marked, marked failed to load) comes back as
 * a plain document.
 */
export async function lexMarkdown(text: string): Promise<MarkdownDocument> {
  if (text.length > MAX_MARKDOWN_LENGTH) return plainDocument(text);
  let marked: Marked;
  try {
    marked = await loadMarkdown();
  } catch {
    return plainDocument(text);
  }
  return lexWith(marked, text);
}

/** Tokenizes with an already loaded marked (see {@link lexMarkdown}). */
export function lexWith(marked: Marked, text: string): MarkdownDocument {
  if (text.length > MAX_MARKDOWN_LENGTH) return plainDocument(text);
  let tokens: Token[];
  try {
    // gfm off: bare URLs stay text, no tables, strike-through or task lists.
    tokens = marked.Lexer.lex(text, { gfm: false, breaks: false, pedantic: false, silent: true });
  } catch {
    return plainDocument(text); // e.g. a RangeError from thousands of nested emphasis markers
  }
  const links = new Map<Tokens.Link, string | null>();
  const refusedLinks: RefusedLink[] = [];
  visitLinks(tokens, 0, (link) => {
    const href = decodeEntities(link.href);
    const verdict = checkUrl(href, 'link');
    links.set(link, verdict.ok ? verdict.url : null);
    if (!verdict.ok) refusedLinks.push({ href, reason: verdict.reason });
  });
  return { text, tokens, links, refusedLinks };
}

/** The inline or block tokens nested in a token, if it has any. */
function childTokens(token: Token): Token[] | undefined {
  return 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : undefined;
}

/** Calls `visit` for every link that {@link renderMarkdown} will render as a link. */
function visitLinks(tokens: readonly Token[], depth: number, visit: (link: Tokens.Link) => void): void {
  if (depth > MAX_MARKDOWN_DEPTH) return;
  for (const token of tokens) {
    switch (token.type) {
      case 'link':
        visit(token as Tokens.Link);
        break;
      case 'image':
      case 'code':
      case 'codespan':
      case 'html':
        continue; // rendered as text: links inside are not links
      case 'list':
        for (const item of (token as Tokens.List).items) visitLinks(item.tokens, depth + 2, visit);
        continue;
    }
    const children = childTokens(token);
    if (children) visitLinks(children, depth + 1, visit);
  }
}

/* ---------------------------------------------------------------------------------------------
 * Rendering
 * ------------------------------------------------------------------------------------------- */

type Part = TemplateResult | string | typeof nothing | readonly Part[];

/** What render functions share while walking one document. */
interface RenderContext {
  readonly doc: MarkdownDocument;
  readonly l: MarkdownLocalizer;
}

/**
 * Renders a document to Lit templates: blocks (`<p>`, `<ul>`, `<ol>`) for the element to place
 * in its own wrapper. Style them with {@link markdownStyles}.
 */
export function renderMarkdown(doc: MarkdownDocument, l: MarkdownLocalizer): TemplateResult {
  if (doc.tokens === null) return renderPlainText(doc.text);
  return html`${renderBlocks(doc.tokens, 0, { doc, l })}`;
}

/**
 * Text as paragraphs (split at blank lines) with a `<br>` for every other `\n`: what a document
 * shows before marked has loaded, and when it cannot be tokenized.
 */
export function renderPlainText(text: string): TemplateResult {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '');
  return html`${paragraphs.map((paragraph) => html`<p>${lines(paragraph)}</p>`)}`;
}

/** Text with a `<br>` for each line break. */
function lines(text: string): Part[] {
  const parts: Part[] = [];
  text.split(/\r\n?|\n/).forEach((line, i) => {
    if (i > 0) parts.push(html`<br />`);
    if (line !== '') parts.push(line);
  });
  return parts;
}

function renderBlocks(tokens: readonly Token[], depth: number, ctx: RenderContext): Part[] {
  return tokens.map((token) => renderBlock(token, depth, ctx));
}

function renderBlock(token: Token, depth: number, ctx: RenderContext): Part {
  if (depth > MAX_MARKDOWN_DEPTH) return html`<p>${lines(token.raw)}</p>`;
  switch (token.type) {
    case 'space':
    case 'def': // a link reference definition is not content
      return nothing;
    case 'paragraph':
      return html`<p>${renderInlines((token as Tokens.Paragraph).tokens, depth + 1, ctx)}</p>`;
    case 'heading':
      return html`<p class="heading">
        <strong>${renderInlines((token as Tokens.Heading).tokens, depth + 1, ctx)}</strong>
      </p>`;
    case 'text': {
      // The content of a tight list item: inline tokens without a paragraph around them.
      const text = token as Tokens.Text;
      return text.tokens ? renderInlines(text.tokens, depth + 1, ctx) : lines(decodeEntities(text.text));
    }
    case 'list':
      return renderList(token as Tokens.List, depth, ctx);
    case 'blockquote':
      // Not in the subset: its content is kept, the quote marks are dropped.
      return renderBlocks((token as Tokens.Blockquote).tokens, depth + 1, ctx);
    case 'hr':
      return html`<hr />`;
    case 'code':
      return html`<p>${lines((token as Tokens.Code).text)}</p>`;
    case 'html':
      // Raw HTML is data: shown as the literal text the flow sent.
      return renderPlainText((token as Tokens.HTML).text);
    default:
      return renderPlainText(token.raw);
  }
}

function renderList(list: Tokens.List, depth: number, ctx: RenderContext): TemplateResult {
  const items = list.items.map((item) => html`<li>${renderBlocks(item.tokens, depth + 2, ctx)}</li>`);
  if (!list.ordered)
    return html`<ul>
      ${items}
    </ul>`;
  const start = typeof list.start === 'number' && list.start !== 1 ? list.start : undefined;
  return html`<ol start=${ifDefined(start)}>
    ${items}
  </ol>`;
}

function renderInlines(tokens: readonly Token[], depth: number, ctx: RenderContext): Part[] {
  return tokens.map((token) => renderInline(token, depth, ctx));
}

function renderInline(token: Token, depth: number, ctx: RenderContext): Part {
  if (depth > MAX_MARKDOWN_DEPTH) return lines(token.raw);
  switch (token.type) {
    case 'text': {
      const text = token as Tokens.Text;
      return text.tokens ? renderInlines(text.tokens, depth + 1, ctx) : lines(decodeEntities(text.text));
    }
    case 'escape':
      return (token as Tokens.Escape).text;
    case 'strong':
      return html`<strong>${renderInlines((token as Tokens.Strong).tokens, depth + 1, ctx)}</strong>`;
    case 'em':
      return html`<em>${renderInlines((token as Tokens.Em).tokens, depth + 1, ctx)}</em>`;
    case 'br':
      return html`<br />`;
    case 'codespan':
      return (token as Tokens.Codespan).text;
    case 'link':
      return renderLink(token as Tokens.Link, depth, ctx);
    case 'image':
      // Never an <img>: the alt text, as plain text.
      return plainText((token as Tokens.Image).tokens, depth + 1);
    case 'html':
      return lines((token as Tokens.Tag).text);
    default:
      return lines(token.raw);
  }
}

function renderLink(link: Tokens.Link, depth: number, ctx: RenderContext): Part {
  const content = renderInlines(link.tokens, depth + 1, ctx);
  const url = ctx.doc.links.get(link);
  // A refused link (or one never checked) is its text, not clickable.
  if (!url) return content;
  return html`<a href=${url} target="_blank" rel="noopener noreferrer"
    >${content}<span class="visually-hidden"> ${ctx.l.t('opensInNewTab')}</span></a
  >`;
}

/** The text of inline tokens without any markup (an image's alt text). */
function plainText(tokens: readonly Token[], depth: number): string {
  let out = '';
  for (const token of tokens) {
    const children = childTokens(token);
    if (depth > MAX_MARKDOWN_DEPTH) out += token.raw;
    else if (children) out += plainText(children, depth + 1);
    else if (token.type === 'text') out += decodeEntities((token as Tokens.Text).text);
    else if (token.type === 'br') out += ' ';
    else out += 'text' in token && typeof token.text === 'string' ? token.text : token.raw;
  }
  return out;
}

/* ---------------------------------------------------------------------------------------------
 * Character references
 * ------------------------------------------------------------------------------------------- */

/*
 * marked resolves numeric character references but leaves named ones as written. Flows that
 * escape their text for HTML send `&amp;`; the common named references are decoded here (as
 * text, never through the HTML parser). Unknown names stay as written.
 */
const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
  pound: '£',
  middot: '·',
  bull: '•',
  times: '×',
  deg: '°',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g;

/** Replaces character references (`&amp;`, `&#38;`, `&#x26;`) with the characters they name. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) return Object.hasOwn(NAMED_REFERENCES, name) ? (NAMED_REFERENCES[name] ?? whole) : whole;
      const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}

/* ---------------------------------------------------------------------------------------------
 * Controller
 * ------------------------------------------------------------------------------------------- */

/** Options of {@link MarkdownController}. */
export interface MarkdownControllerOptions {
  /** Called once per text with the links the URL policy refused (to report them). */
  onRefusedLinks?: (links: readonly RefusedLink[]) => void;
}

/**
 * Holds the markdown an element shows (one per field): give it the text in `willUpdate` with `setText`, render
 * with `render(localizer)`. The text is tokenized once per distinct value; until marked is
 * loaded the plain text shows (with its line breaks), then the host re-renders. A stale result
 * (the text changed meanwhile) is dropped.
 */
export class MarkdownController {
  readonly #host: ReactiveControllerHost;
  readonly #options: MarkdownControllerOptions;
  #text: string | undefined;
  #doc: MarkdownDocument | undefined;

  constructor(host: ReactiveControllerHost, options: MarkdownControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
  }

  /** The text being shown, if any. */
  get text(): string | undefined {
    return this.#text;
  }

  /** `true` once the current text is tokenized (or known to stay plain). */
  get ready(): boolean {
    return this.#text !== undefined && this.#doc !== undefined;
  }

  /** Sets the text to show; tokenizes it when it differs from the current one. */
  setText(text: string | undefined): void {
    if (text === this.#text) return;
    this.#text = text;
    this.#doc = undefined;
    if (text === undefined) return;
    void lexMarkdown(text).then((doc) => {
      if (this.#text !== text) return;
      this.#doc = doc;
      if (doc.refusedLinks.length > 0) this.#options.onRefusedLinks?.(doc.refusedLinks);
      this.#host.requestUpdate();
    });
  }

  /** The current text as markdown, or as plain text while it is being tokenized. */
  render(l: MarkdownLocalizer): TemplateResult | typeof nothing {
    if (this.#text === undefined) return nothing;
    return this.#doc ? renderMarkdown(this.#doc, l) : renderPlainText(this.#text);
  }
}
