/**
 * The API reference page (`demo/api.html`), generated in the browser from `custom-elements.json`
 * (the manifest `npm run analyze` writes from the elements' JSDoc), never written by hand: for
 * every element with a `tagName`, its summary and description, attributes, public properties and
 * methods, events, CSS parts, CSS custom properties and slots, as tables under headings, with a
 * table of contents.
 *
 * Text from the manifest only ever reaches the page through Lit text bindings: a `code span` in
 * backticks becomes `<code>`, `**bold**` becomes `<strong>`, nothing else is interpreted.
 */
import { html, nothing, render, type TemplateResult } from 'lit';

/** The parts of the custom-elements manifest schema (v1) this page reads. */
interface TypeRef {
  text?: string;
}
interface Reference {
  name: string;
  module?: string;
}
interface Documented {
  name: string;
  summary?: string;
  description?: string;
  deprecated?: boolean | string;
}
interface Attribute extends Documented {
  type?: TypeRef;
  default?: string;
  fieldName?: string;
  inheritedFrom?: Reference;
}
interface Parameter extends Documented {
  type?: TypeRef;
  optional?: boolean;
  rest?: boolean;
  default?: string;
}
interface Member extends Documented {
  kind: 'field' | 'method';
  type?: TypeRef;
  default?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: Parameter[];
  return?: { type?: TypeRef; description?: string };
  inheritedFrom?: Reference;
}
interface ElementEvent extends Documented {
  type?: TypeRef;
  inheritedFrom?: Reference;
}
interface CssProperty extends Documented {
  syntax?: string;
  default?: string;
}
interface Declaration extends Documented {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: ElementEvent[];
  cssParts?: Documented[];
  cssProperties?: CssProperty[];
  slots?: Documented[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

/** An element of the manifest: a declaration with a tag name. */
export type ElementDoc = Declaration & { tagName: string };

const manifestUrl = new URL('../custom-elements.json', import.meta.url);

/** The elements of the manifest (declarations with a `tagName`), one per tag, sorted by tag. */
export function elementsOf(manifest: Manifest): ElementDoc[] {
  const byTag = new Map<string, ElementDoc>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const { tagName } = declaration;
      if (tagName && !byTag.has(tagName)) byTag.set(tagName, { ...declaration, tagName });
    }
  }
  return [...byTag.values()].sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** Public API only: not static, private or protected, not `#private`, `_underscored` or `@internal`. */
function isPublic(member: Member): boolean {
  if (member.static || (member.privacy !== undefined && member.privacy !== 'public')) return false;
  if (member.name.startsWith('#') || member.name.startsWith('_')) return false;
  return !(member.description ?? '').includes('@internal');
}

export function publicProperties(element: ElementDoc): Member[] {
  return (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
}

export function publicMethods(element: ElementDoc): Member[] {
  return (element.members ?? []).filter((member) => member.kind === 'method' && isPublic(member));
}

/** `**bold**` inside a plain-text run. */
function strong(text: string): TemplateResult[] {
  return text.split('**').map((part, i, parts) => {
    const closed = i % 2 === 1 && i < parts.length - 1;
    return closed ? html`<strong>${part}</strong>` : html`${i % 2 === 1 ? `**${part}` : part}`;
  });
}

/** One run of documentation text: backtick spans as `<code>`, the rest as text. */
function inline(text: string): TemplateResult[] {
  const parts = text.replace(/\s*\n\s*/g, ' ').split('`');
  return parts.map((part, i) => {
    // An unmatched last backtick is text, not the start of a code span.
    if (i % 2 === 1 && i === parts.length - 1) return html`\`${strong(part)}`;
    return i % 2 === 1 ? html`<code>${part}</code>` : html`${strong(part)}`;
  });
}

/** A description as paragraphs (blank lines separate them). */
function paragraphs(text: string | undefined): TemplateResult | typeof nothing {
  const blocks = (text ?? '')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return blocks.length ? html`${blocks.map((block) => html`<p>${inline(block)}</p>`)}` : nothing;
}

/** An empty cell: a dash on screen, words for a screen reader. */
const none = (words: string) => html`<span aria-hidden="true">—</span><span class="visually-hidden">${words}</span>`;

/** The description cell of a row: its text (or a dash), a deprecation and where it comes from. */
function describe(item: Documented & { inheritedFrom?: Reference }): TemplateResult {
  const { deprecated, inheritedFrom } = item;
  return html`${item.description ? paragraphs(item.description) : none('no description')}
  ${
    deprecated
      ? html`<p class="note">
          <strong>Deprecated.</strong> ${typeof deprecated === 'string' ? inline(deprecated) : nothing}
        </p>`
      : nothing
  }
  ${inheritedFrom ? html`<p class="note">Inherited from <code>${inheritedFrom.name}</code>.</p>` : nothing}`;
}

const code = (text: string | undefined) => (text ? html`<code>${text}</code>` : none('none'));

function signature(method: Member): string {
  const params = (method.parameters ?? []).map(
    (p) => `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`,
  );
  return `${method.name}(${params.join(', ')}): ${method.return?.type?.text ?? 'void'}`;
}

interface Category {
  key: string;
  title: string;
  /** What "none" reads as. */
  none: string;
  columns: string[];
  rows: (element: ElementDoc) => { name: string; cells: TemplateResult[] }[];
}

const categories: Category[] = [
  {
    key: 'attributes',
    title: 'Attributes',
    none: 'No attributes.',
    columns: ['Attribute', 'Property', 'Type', 'Default', 'Description'],
    rows: (element) =>
      (element.attributes ?? []).map((a) => ({
        name: a.name,
        cells: [code(a.fieldName), code(a.type?.text), code(a.default), describe(a)],
      })),
  },
  {
    key: 'properties',
    title: 'Properties',
    none: 'No public properties.',
    columns: ['Property', 'Attribute', 'Type', 'Default', 'Description'],
    rows: (element) =>
      publicProperties(element).map((p) => ({
        name: p.name,
        cells: [
          code(p.attribute),
          html`${code(p.type?.text)}${p.readonly ? html` <span class="note">(read-only)</span>` : nothing}`,
          code(p.default),
          describe(p),
        ],
      })),
  },
  {
    key: 'methods',
    title: 'Methods',
    none: 'No public methods.',
    columns: ['Method', 'Signature', 'Description'],
    rows: (element) =>
      publicMethods(element).map((m) => ({
        name: m.name,
        cells: [
          code(signature(m)),
          html`${describe(m)}
          ${
            m.parameters?.some((p) => p.description)
              ? html`<ul class="params">
                  ${m.parameters.map((p) => html`<li><code>${p.name}</code>: ${inline(p.description ?? '—')}</li>`)}
                </ul>`
              : nothing
          }
          ${m.return?.description ? html`<p>Returns ${inline(m.return.description)}</p>` : nothing}`,
        ],
      })),
  },
  {
    key: 'events',
    title: 'Events',
    none: 'No events.',
    columns: ['Event', 'Type', 'Description'],
    rows: (element) => (element.events ?? []).map((e) => ({ name: e.name, cells: [code(e.type?.text), describe(e)] })),
  },
  {
    key: 'css-parts',
    title: 'CSS parts',
    none: 'No CSS parts.',
    columns: ['Part', 'Description'],
    rows: (element) => (element.cssParts ?? []).map((p) => ({ name: p.name, cells: [describe(p)] })),
  },
  {
    key: 'css-properties',
    title: 'CSS custom properties',
    none: 'No CSS custom properties.',
    columns: ['Property', 'Default', 'Description'],
    rows: (element) =>
      (element.cssProperties ?? []).map((p) => ({ name: p.name, cells: [code(p.default), describe(p)] })),
  },
  {
    key: 'slots',
    title: 'Slots',
    none: 'No slots: the element renders everything from its data.',
    columns: ['Slot', 'Description'],
    rows: (element) =>
      (element.slots ?? []).map((s) => ({ name: s.name === '' ? '(default)' : s.name, cells: [describe(s)] })),
  },
];

function renderCategory(element: ElementDoc, category: Category): TemplateResult {
  const id = `${element.tagName}-${category.key}`;
  const rows = category.rows(element);
  return html`<section class="category" aria-labelledby=${id}>
    <h3 id=${id}>${category.title} <span class="count">(${rows.length})</span></h3>
    ${
      rows.length === 0
        ? html`<p class="none">${category.none}</p>`
        : html`<div class="table-wrap">
            <table aria-labelledby="${id}">
              <thead>
                <tr>
                  ${category.columns.map((column) => html`<th scope="col">${column}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (row) =>
                    html`<tr>
                      <th scope="row"><code>${row.name}</code></th>
                      ${row.cells.map((cell) => html`<td>${cell}</td>`)}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}

function renderElement(element: ElementDoc): TemplateResult {
  const { tagName } = element;
  return html`<section class="element" id=${tagName} aria-labelledby="${tagName}-heading">
    <h2 id="${tagName}-heading"><code>&lt;${tagName}&gt;</code></h2>
    <p class="class-name">Class <code>${element.name}</code></p>
    ${element.summary ? html`<div class="summary">${paragraphs(element.summary)}</div>` : nothing}
    ${paragraphs(element.description)} ${categories.map((category) => renderCategory(element, category))}
  </section>`;
}

function renderContents(elements: ElementDoc[]): TemplateResult {
  return html`<nav aria-labelledby="contents-heading">
    <h2 id="contents-heading">Contents</h2>
    <ul class="toc">
      ${elements.map(
        (element) =>
          html`<li>
            <a href="#${element.tagName}"><code>&lt;${element.tagName}&gt;</code></a>
            <ul>
              ${categories.map(
                (category) =>
                  html`<li>
                    <a href="#${element.tagName}-${category.key}">${category.title}</a>
                    (${category.rows(element).length})
                  </li>`,
              )}
            </ul>
          </li>`,
      )}
    </ul>
  </nav>`;
}

/** Renders the reference for `manifest` into `target`. */
export function renderApi(manifest: Manifest, target: HTMLElement): void {
  const elements = elementsOf(manifest);
  render(
    html`${renderContents(elements)} ${elements.map(renderElement)}
      <p class="generated">
        Generated from <a href=${manifestUrl.href}><code>custom-elements.json</code></a> (schema
        ${manifest.schemaVersion}).
      </p>`,
    target,
  );
}

async function main(): Promise<void> {
  const target = document.querySelector<HTMLElement>('#api');
  const status = document.querySelector<HTMLElement>('#api-status');
  if (!target) return;
  try {
    const response = await fetch(manifestUrl, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${manifestUrl.pathname} answered HTTP ${response.status}`);
    renderApi((await response.json()) as Manifest, target);
    status?.remove();
    target.dataset.state = 'ready';
    // The sections exist only now: go to the one the address names (`api.html#returns-portal-events`).
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  } catch (error) {
    if (status) status.textContent = `Could not load the manifest: ${error instanceof Error ? error.message : error}`;
    target.dataset.state = 'error';
  }
}

void main();
