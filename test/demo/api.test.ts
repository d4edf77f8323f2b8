/**
 * The API reference page (`demo/api.html`) is generated from `custom-elements.json`: it has a
 * section for every element of the manifest, with the manifest's methods, events, parts and so on.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadProbedPage, type PageProbe } from '../support/probed-page.js';

interface ManifestElement {
  tagName?: string;
  members?: { kind: string; name: string; privacy?: string; static?: boolean }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
interface Manifest {
  modules: { declarations?: ManifestElement[] }[];
}

const pageUrl = '/demo/api.html';

let doc: Document;
let probe: PageProbe | undefined;
let manifest: Manifest;

/** Loads the page in an iframe, with the error listeners installed before its scripts run. */
async function loadPage(): Promise<Document> {
  const page = await loadProbedPage(pageUrl, { title: 'returnkit API reference', width: 1100, height: 1200 });
  probe = page.probe;
  return page.doc;
}

const tagsOf = (m: Manifest) =>
  m.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d): d is ManifestElement & { tagName: string } => Boolean(d.tagName));

/** The text of the first cells (`th scope=row`) of the table under `#<tag>-<category>`. */
function rowNames(tag: string, category: string): string[] {
  const heading = doc.getElementById(`${tag}-${category}`);
  expect(heading, `heading #${tag}-${category}`).to.exist;
  const table = heading!.closest('section')!.querySelector('table');
  return table ? [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.trim()) : [];
}

describe('the API reference page (demo/api.html)', function () {
  this.timeout(30_000);

  before(async () => {
    manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    doc = await loadPage();
    const api = doc.getElementById('api')!;
    await waitUntil(() => api.dataset.state, 'the page never rendered', { timeout: 10_000 });
    expect(api.dataset.state).to.equal('ready');
  });

  it('has a section with a heading for every element of the manifest, and a table of contents', () => {
    const tags = tagsOf(manifest).map((d) => d.tagName);
    expect(tags).to.include.members(['delivery-status-card', 'return-overdue', 'return-error-popup', 'returns-portal']);
    for (const tag of tags) {
      const section = doc.getElementById(tag);
      expect(section, tag).to.exist;
      expect(section!.localName).to.equal('section');
      expect(section!.querySelector('h2')!.textContent).to.equal(`<${tag}>`);
      expect(doc.querySelector(`nav a[href="#${tag}"]`), `contents link to ${tag}`).to.exist;
    }
    expect(doc.querySelectorAll('section.element')).to.have.length(tags.length);
  });

  it('links back to the demo index', () => {
    expect(doc.querySelector('a[href="./index.html"]')).to.exist;
  });

  it("lists returns-portal's start method and returns-close event, with their descriptions", () => {
    expect(rowNames('returns-portal', 'methods')).to.include.members(['start', 'back', 'close']);
    expect(rowNames('returns-portal', 'events')).to.include('returns-close');
    const section = doc.getElementById('returns-portal')!;
    const closeRow = [...section.querySelectorAll('tr')].find(
      (tr) => tr.querySelector('th')?.textContent === 'returns-close',
    );
    expect(closeRow!.textContent).to.include('The portal closed');
    // Backticks in descriptions become <code>.
    expect([...closeRow!.querySelectorAll('td code')].map((c) => c.textContent)).to.include('completed');
    const startRow = [...section.querySelectorAll('tr')].find((tr) => tr.querySelector('th')?.textContent === 'start');
    expect(startRow!.textContent).to.include('start(activity: unknown): Promise<boolean>');
  });

  it("lists delivery-status-card's copy-button part and its CSS custom properties", () => {
    expect(rowNames('delivery-status-card', 'css-parts')).to.include('copy-button');
    expect(rowNames('delivery-status-card', 'css-properties')).to.include('--rk-color-accent');
  });

  it('shows every event, part and CSS custom property of the manifest, and only public instance members', () => {
    for (const element of tagsOf(manifest)) {
      const tag = element.tagName;
      expect(rowNames(tag, 'events'), `${tag} events`).to.deep.equal((element.events ?? []).map((e) => e.name));
      expect(rowNames(tag, 'css-parts'), `${tag} parts`).to.deep.equal((element.cssParts ?? []).map((p) => p.name));
      expect(rowNames(tag, 'css-properties'), `${tag} tokens`).to.deep.equal(
        (element.cssProperties ?? []).map((p) => p.name),
      );
      const shown = [...rowNames(tag, 'properties'), ...rowNames(tag, 'methods')];
      const hidden = (element.members ?? []).filter(
        (m) => m.static || m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#'),
      );
      for (const member of hidden) expect(shown, `${tag} hides ${member.name}`).not.to.include(member.name);
    }
    expect(rowNames('returns-portal', 'properties')).to.include.members(['activity', 'flowEndpoint', 'state']);
    expect(rowNames('returns-portal', 'properties'), '@internal').not.to.include('now');
  });

  it('renders descriptions as text: a tag name in a description is code, not an element', () => {
    const row = [...doc.querySelectorAll('#returns-portal tr')].find(
      (tr) => tr.querySelector('th')?.textContent === 'popup-dialog',
    );
    expect([...row!.querySelectorAll('td code')].map((c) => c.textContent)).to.include('<return-error-popup>');
    expect(doc.querySelectorAll('#api return-error-popup, #api script')).to.have.length(0);
  });

  it('has no error or console warning on the page', () => {
    expect(probe, 'the probe ran before the page scripts').to.exist;
    expect(probe!.readyState).to.equal('loading');
    // The page runs Lit's development build (the servers resolve the `development` condition),
    // which announces itself once; any other Lit warning counts.
    const problems = probe!.problems.filter((p) => !p.includes('lit.dev/msg/dev-mode'));
    expect(problems).to.deep.equal([]);
  });
});
