/**
 * Hostile input: every payload of the XSS corpus goes through every string leaf (text, URL and
 * markdown fields) of every message and step, into the element that renders it. After each
 * render, every shadow root is scanned: nothing ran, no handler attribute, no script-capable URL,
 * no script-capable element, and text fields show the payload as text.
 *
 * To keep the file fast, payloads are spread over the fields like a Latin square: round `r` puts
 * payload `(r + i) mod P` into field `i`, so P renders per element cover every (field, payload)
 * pair once. Fields whose value the parser rejects (a payload in a date field) are put back to
 * their valid value and rendered together in a second message of the round, which must give
 * the element's error state.
 */
// First: the corpus module installs the canary before any element module is evaluated.
import { canaryCalls, pollutingMembers, xssCorpus } from './xss-corpus.js';
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import {
  formatPath,
  parseActivity,
  parseStep,
  type DeliveryStatusCard,
  type ProtocolErrorEvent,
  type ProtocolIssue,
  type ReturnErrorPopup,
  type ReturnOverdue,
  type ReturnsPortal,
} from '../../src/index.js';
import { lexMarkdown, loadMarkdown } from '../../src/internal/markdown.js';
import { clone, IMAGE_HOST, activityFixtures, stepFixtures, stepErrorAnswer } from '../protocol/fixtures.js';
import { FakeFlow } from '../support/fake-flow.js';
import { choose, control, pick, scopeOf } from '../support/portal-driver.js';

type Json = unknown;
type Path = readonly (string | number)[];
type Obj = Record<string, unknown>;

/** A 1 × 1 PNG: fixture images load without the network. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/* ---------------------------------------------------------------------------------------------
 * JSON paths
 * ------------------------------------------------------------------------------------------- */

/** Every path to a string leaf. */
function stringLeaves(value: Json, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  }
  return [];
}

/** Every path to an object (not array). */
function objectPaths(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectPaths(item, [...path, i]));
  if (value && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...path, key]))];
  }
  return [];
}

function getAt(value: Json, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Obj)[key as string], value);
}

/** A copy of `base` with each path set to its value. */
function withValues(base: Json, values: readonly (readonly [Path, unknown])[]): Json {
  const copy = structuredClone(base);
  for (const [path, value] of values) {
    const parent = getAt(copy, path.slice(0, -1)) as Obj;
    parent[path[path.length - 1] as string] = value;
  }
  return copy;
}

/** Fixture image URLs point at a host that does not exist: use a local pixel instead. */
function localImages(value: Json): Json {
  const copy = structuredClone(value);
  for (const path of stringLeaves(copy)) {
    const text = getAt(copy, path) as string;
    if (
      /\.(png|jpe?g)$/.test(text) &&
      !/\/labels\//.test(text) &&
      (text.startsWith(IMAGE_HOST) || text.startsWith('cdn.'))
    ) {
      const parent = getAt(copy, path.slice(0, -1)) as Obj;
      parent[path[path.length - 1] as string] = PIXEL;
    }
  }
  return copy;
}

/**
 * The message as `JSON.parse` gives it when every object (or the one at `only`) also carries own
 * `__proto__`, `constructor` and `prototype` keys.
 */
function polluted(base: Json, only?: Path): Json {
  const MARK = '__rk_pollute_here__';
  const targets = only ? [only] : objectPaths(base);
  const marked = structuredClone(base);
  for (const path of targets) (getAt(marked, path) as Obj)[MARK] = 0;
  return JSON.parse(JSON.stringify(marked).replaceAll(`"${MARK}":0`, pollutingMembers));
}

/* ---------------------------------------------------------------------------------------------
 * The DOM scan
 * ------------------------------------------------------------------------------------------- */

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'srcset',
  'ping',
  'lowsrc',
  'codebase',
]);

/** Elements that can run script or load a document; none may ever be rendered. */
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'foreignobject',
  'math',
  'base',
  'meta',
  'link',
  'style',
  'animate',
  'set',
  'handler',
  'listener',
  'marquee',
  'video',
  'audio',
  'source',
  'body',
  'noscript',
  'template',
]);

/** The raster `data:` images the URL policy allows (D21). */
const ALLOWED_DATA = /^data:image\/(?:png|jpeg|webp|gif);base64,/;

/** Custom element tags the elements render themselves (learnt from valid renders). */
const knownCustomTags = new Set(['delivery-status-card', 'return-overdue', 'returns-portal', 'return-error-popup']);

function learnCustomTags(host: Element): void {
  const learn = (el: Element) => {
    if (el.localName.includes('-')) knownCustomTags.add(el.localName);
  };
  if (host.shadowRoot) walk(host.shadowRoot, learn);
  walk(host, learn);
}

/** Visits every element under `root`, entering every shadow root. */
function walk(root: Element | ShadowRoot, visit: (el: Element) => void): void {
  for (const child of Array.from(root.children)) {
    visit(child);
    if (child.shadowRoot) walk(child.shadowRoot, visit);
    walk(child, visit);
  }
}

/** The text of `node`, shadow roots included. */
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  let out = '';
  if (node instanceof Element && node.shadowRoot) out += deepText(node.shadowRoot);
  for (const child of Array.from(node.childNodes)) out += deepText(child);
  return out;
}

/** What a text comparison ignores: white space, controls, invisible formatting characters. */
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;
const squash = (text: string) => text.replace(INVISIBLE, '');

/** Every security violation under `host` (its shadow root and everything nested). */
function violations(host: Element): string[] {
  const found: string[] = [];
  const visit = (el: Element) => {
    const tag = el.localName;
    if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}> element`);
    if (el instanceof HTMLUnknownElement) found.push(`unknown element <${tag}>`);
    if (tag.includes('-') && !knownCustomTags.has(tag)) found.push(`unexpected custom element <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${name}="${attr.value.slice(0, 60)}">`);
      if (name === 'srcdoc' || name === 'style') found.push(`<${tag} ${name}> attribute`);
      if (URL_ATTRIBUTES.has(name) || name.endsWith(':href')) {
        const url = squash(attr.value).toLowerCase();
        if (url.startsWith('javascript:') || url.startsWith('vbscript:') || url.startsWith('livescript:')) {
          found.push(`<${tag} ${name}="${attr.value.slice(0, 60)}">`);
        } else if (url.startsWith('data:') && !(ALLOWED_DATA.test(url) && tag === 'img' && name === 'src')) {
          found.push(`<${tag} ${name}="${attr.value.slice(0, 60)}">`);
        }
      }
    }
  };
  visit(host);
  if (host.shadowRoot) walk(host.shadowRoot, visit);
  walk(host, visit);
  return found;
}

/* ---------------------------------------------------------------------------------------------
 * Targets: one element, one base message, the fields to mutate
 * ------------------------------------------------------------------------------------------- */

interface RenderOutcome {
  /** `true` when the element rendered the message (not its error state). */
  shown: boolean;
}

interface Target {
  readonly name: string;
  readonly base: Json;
  /** Paths (from the message root) of the string leaves to mutate. */
  readonly fields: Path[];
  /** Whether the parser accepts the message. */
  validate(message: Json): ProtocolIssue[] | null;
  /** Creates the element (once per target). */
  setUp(): Promise<Element>;
  /** Renders one message into the element and waits until it settled. */
  render(message: Json): Promise<RenderOutcome>;
}

const issuesOf = (result: { ok: boolean; issues?: ProtocolIssue[] }) => (result.ok ? null : (result.issues ?? []));

async function settleMarkdown(el: ReturnOverdue, message: Json): Promise<void> {
  await el.updateComplete;
  const text = (message as { payload?: { infoText?: unknown } }).payload?.infoText;
  if (typeof text === 'string') await lexMarkdown(text);
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

function cardTarget(name: 'delivery-status-card' | 'return-overdue', activity: Json): Target {
  const base = localImages(activity);
  let el: DeliveryStatusCard | ReturnOverdue;
  let fatal = false;
  return {
    name,
    base,
    fields: stringLeaves(base).filter((path) => path[0] === 'payload'),
    validate: (message) => issuesOf(parseActivity(message)),
    async setUp() {
      el = await fixture<DeliveryStatusCard | ReturnOverdue>(
        name === 'delivery-status-card'
          ? html`<delivery-status-card locale="en-GB"></delivery-status-card>`
          : html`<return-overdue locale="en-GB"></return-overdue>`,
      );
      el.addEventListener('protocol-error', (event) => {
        if ((event as ProtocolErrorEvent).detail.fatal) fatal = true;
      });
      return el;
    },
    async render(message) {
      fatal = false;
      el.payload = (message as Obj).payload;
      if (name === 'return-overdue') await settleMarkdown(el as ReturnOverdue, message);
      else await el.updateComplete;
      const errorShown = el.shadowRoot!.querySelector('[part~="error"]') !== null;
      return { shown: !errorShown && !fatal };
    },
  };
}

function popupTarget(): Target {
  let el: ReturnErrorPopup;
  return {
    name: 'return-error-popup',
    base: clone(activityFixtures.initialise_return_error),
    fields: [['message']],
    validate: (message) => issuesOf(parseActivity(message)),
    async setUp() {
      el = await fixture<ReturnErrorPopup>(html`<return-error-popup locale="en-GB"></return-error-popup>`);
      el.open = true;
      await el.updateComplete;
      return el;
    },
    async render(message) {
      el.message = (message as { message: string }).message;
      await el.updateComplete;
      return { shown: true };
    },
  };
}

/** The portal, started on a step whose execution answers `message` (or on an activity). */
function portalTarget(
  name: string,
  base: Json,
  kind: 'step' | 'activity' | 'error-answer',
  stepType = 'product_selection',
): Target {
  let portal: ReturnsPortal;
  const flow = new FakeFlow();
  const activity = clone(activityFixtures.initialise_return) as unknown as { inputs: Obj };
  activity.inputs.step_type = stepType;
  const firstStep = localImages(stepFixtures.product_selection);
  return {
    name,
    base,
    fields: stringLeaves(base),
    validate: (message) => issuesOf(kind === 'activity' ? parseActivity(message) : parseStep(message)),
    async setUp() {
      portal = await fixture<ReturnsPortal>(
        html`<returns-portal locale="en-GB" .flowClient=${flow} .timeout=${60_000}></returns-portal>`,
      );
      return portal;
    },
    async render(message) {
      sessionStorage.clear();
      const count = flow.executions.length + 1;
      const started = portal.start(kind === 'activity' ? message : activity);
      const executed = flow.next(count).then((execution) => {
        execution.answer(kind === 'activity' ? firstStep : message);
      });
      // An activity that fails validation never executes the flow.
      const shown = await Promise.race([started, executed.then(() => started)]);
      await portal.updateComplete;
      // The error answer of a first execution shows its message in the portal's popup (made
      // only for a failed start).
      const popup = portal.shadowRoot!.querySelector('return-error-popup');
      await popup?.updateComplete;
      const flowMessage = (message as { message?: unknown }).message;
      const popupShows = popup !== null && popup.open && popup.message === flowMessage;
      return { shown: kind === 'error-answer' ? !shown && popupShows : shown };
    },
  };
}

const targets: Target[] = [
  cardTarget('delivery-status-card', activityFixtures.orderTracker),
  cardTarget('return-overdue', activityFixtures.returnOverdue),
  popupTarget(),
  ...Object.entries(stepFixtures).map(([type, step]) =>
    portalTarget(`returns-portal ${type}`, localImages(step), 'step', type),
  ),
  portalTarget('returns-portal initialise_return', clone(activityFixtures.initialise_return), 'activity'),
  portalTarget('returns-portal error answer', clone(stepErrorAnswer), 'error-answer'),
];

/* ---------------------------------------------------------------------------------------------
 * Running a target
 * ------------------------------------------------------------------------------------------- */

const MAX_REPORTED = 25;

/** Whether an issue path names this field, one of its ancestors or one of its descendants. */
function related(issuePath: string, field: string): boolean {
  if (issuePath === '' || issuePath === field) return true;
  const under = (a: string, b: string) => a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
  return under(issuePath, field) || under(field, issuePath);
}

/**
 * Splits the assignments of a round into groups the parser accepts together, and those it
 * rejects even alone.
 */
function partition(
  target: Target,
  assignments: (readonly [Path, string])[],
): { groups: (readonly [Path, string])[][]; rejected: (readonly [Path, string])[] } {
  const rejected: (readonly [Path, string])[] = [];
  let accepted = assignments;
  const whole = target.validate(withValues(target.base, accepted));
  if (whole === null) return { groups: [accepted], rejected };
  // Blame the fields the issues name, confirm each one alone, keep the rest together.
  const suspects = accepted.filter(([path]) => whole.some((issue) => related(issue.path, formatPath(path))));
  for (const assignment of suspects.length > 0 ? suspects : accepted) {
    if (target.validate(withValues(target.base, [assignment])) !== null) rejected.push(assignment);
  }
  accepted = accepted.filter((assignment) => !rejected.includes(assignment));
  const groups: (readonly [Path, string])[][] = [];
  // Greedy: add fields to the current group while the parser still accepts it.
  let current: (readonly [Path, string])[] = [];
  if (target.validate(withValues(target.base, accepted)) === null) return { groups: [accepted], rejected };
  for (const assignment of accepted) {
    const next = [...current, assignment];
    if (target.validate(withValues(target.base, next)) === null) current = next;
    else if (target.validate(withValues(target.base, [assignment])) !== null) rejected.push(assignment);
    else {
      if (current.length > 0) groups.push(current);
      current = [assignment];
    }
  }
  if (current.length > 0) groups.push(current);
  return { groups, rejected };
}

interface Stats {
  renders: number;
  pairs: number;
  rejectedPairs: number;
  textChecks: number;
}
const statsByTarget = new Map<string, Stats>();

/** The fields whose value shows as text: a unique marker per field, rendered once. */
async function displayedFields(target: Target, el: Element): Promise<Set<string>> {
  const markers = target.fields.map((path, i) => [path, `zq${i}qz`] as const);
  const { groups } = partition(target, markers);
  const shown = new Set<string>();
  for (const group of groups) {
    const outcome = await target.render(withValues(target.base, group));
    learnCustomTags(el);
    if (!outcome.shown) continue;
    const text = deepText(el);
    for (const [path, marker] of group) if (text.includes(marker)) shown.add(formatPath(path));
  }
  return shown;
}

async function runTarget(target: Target): Promise<string[]> {
  const el = await target.setUp();
  const problems: string[] = [];
  const report = (problem: string) => {
    if (problems.length < MAX_REPORTED) problems.push(problem);
    else if (problems.length === MAX_REPORTED) problems.push('…more');
  };
  // A valid render first: the custom tags it uses are known; it must pass the scan itself.
  const valid = await target.render(target.base);
  if (!valid.shown) report(`${target.name}: the valid fixture did not render`);
  learnCustomTags(el);
  for (const v of violations(el)) report(`${target.name} (valid fixture): ${v}`);
  const displayed = await displayedFields(target, el);
  const stats: Stats = { renders: 0, pairs: 0, rejectedPairs: 0, textChecks: 0 };
  const P = xssCorpus.length;
  for (let round = 0; round < P; round++) {
    const assignments = target.fields.map((path, i) => [path, xssCorpus[(round + i) % P]!.payload] as const);
    const { groups, rejected } = partition(target, assignments);
    stats.pairs += assignments.length;
    stats.rejectedPairs += rejected.length;
    const batches: { values: (readonly [Path, string])[]; valid: boolean }[] = [
      ...groups.map((values) => ({ values, valid: true })),
      ...(rejected.length > 0 ? [{ values: rejected, valid: false }] : []),
    ];
    for (const { values, valid } of batches) {
      const outcome = await target.render(withValues(target.base, values));
      stats.renders += 1;
      const where = () =>
        `${target.name} round ${round} [${values
          .map(([path, p]) => `${formatPath(path)}=${JSON.stringify(p).slice(0, 50)}`)
          .join(', ')
          .slice(0, 300)}]`;
      for (const v of violations(el)) report(`${where()}: ${v}`);
      if (canaryCalls.length > 0) report(`${where()}: the canary was called ${canaryCalls.splice(0).length} time(s)`);
      if (valid && !outcome.shown) report(`${where()}: a message the parser accepts was not rendered`);
      if (!valid && outcome.shown) report(`${where()}: a message the parser rejects was rendered`);
      if (!valid) continue;
      const text = squash(deepText(el));
      const missing = values.filter(([path, payload]) => {
        // Markdown fields transform their text (links, emphasis, entities): only the scan applies.
        if (!displayed.has(formatPath(path)) || path.at(-1) === 'infoText') return false;
        stats.textChecks += 1;
        return !text.includes(squash(payload));
      });
      // A field can be hidden by another one of the batch (an unknown button type without a usable
      // url is left out): check a missing one alone before calling it a bug.
      for (const assignment of missing) {
        const [path, payload] = assignment;
        const alone = await target.render(withValues(target.base, [assignment]));
        stats.renders += 1;
        if (!alone.shown || !squash(deepText(el)).includes(squash(payload))) {
          report(`${target.name}: ${formatPath(path)}=${JSON.stringify(payload)} is not shown as text`);
        }
      }
    }
  }
  statsByTarget.set(target.name, stats);
  return problems;
}

/* ---------------------------------------------------------------------------------------------
 * Tests
 * ------------------------------------------------------------------------------------------- */

const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(event.reason)}`);
let prototypeKeysBefore: string[] = [];

describe('hardening: XSS corpus through every field of every element', function () {
  this.timeout(120_000);

  before(async () => {
    prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    await loadMarkdown(); // the lazy markdown chunk: later texts tokenize without waiting on the network
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    const lines = [...statsByTarget].map(
      ([name, s]) =>
        `xss: ${name}: ${s.pairs} field×payload pairs (${s.rejectedPairs} rejected by the parser), ${s.renders} renders, ${s.textChecks} text checks`,
    );
    console.log(lines.join('\n'));
  });

  it('has a corpus of at least 100 distinct payloads', () => {
    expect(xssCorpus.length).to.be.at.least(100);
    expect(new Set(xssCorpus.map((p) => p.payload)).size).to.equal(xssCorpus.length);
  });

  it('the canary works (a sanity check of the harness)', async () => {
    const probe = document.createElement('div');
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__xssCanary()');
    img.src = '/no-such-image.png';
    probe.append(img);
    document.body.append(probe);
    await new Promise((resolve) => img.addEventListener('error', resolve));
    probe.remove();
    expect(canaryCalls.splice(0).length).to.be.at.least(1);
    expect(violations(probe).length).to.equal(1);
  });

  for (const target of targets) {
    it(`${target.name}: ${target.fields.length} fields × ${xssCorpus.length} payloads`, async () => {
      const problems = await runTarget(target);
      expect(problems).to.deep.equal([]);
    });
  }

  it('returns-portal product_selection: fields shown only after picking a product, a reason and a sub-reason', async () => {
    const flow = new FakeFlow();
    const portal = await fixture<ReturnsPortal>(
      html`<returns-portal locale="en-GB" .flowClient=${flow} .timeout=${60_000}></returns-portal>`,
    );
    const activity = clone(activityFixtures.initialise_return);
    const problems: string[] = [];
    for (const { payload } of xssCorpus) {
      const step = localImages(stepFixtures.product_selection) as {
        payload: { products: { id: string; reasonsForReturn: { id: string; options: Obj[] }[] }[] };
      };
      const shoes = step.payload.products[0]!;
      shoes.id = payload; // answers are keyed by product id
      const faulty = shoes.reasonsForReturn[1]!;
      faulty.id = payload;
      const sole = faulty.options[0] as { id: string; text: string; commentsLabel: string; customFields: Obj[] };
      Object.assign(sole, { id: payload, text: payload, commentsLabel: payload });
      Object.assign(sole.customFields[0]!, { label: payload, placeholder: payload });
      Object.assign(sole.customFields[1]!, { name: payload });
      if (parseStep(step).ok !== true) {
        problems.push(`${JSON.stringify(payload)}: rejected by parseStep`);
        continue;
      }
      sessionStorage.clear();
      const count = flow.executions.length + 1;
      const started = portal.start(activity);
      (await flow.next(count)).answer(step);
      if (!(await started)) {
        problems.push(`${JSON.stringify(payload)}: the step did not show`);
        continue;
      }
      const scope = scopeOf(portal, 'Trail Runner 2');
      await pick(portal, scope, 'Trail Runner 2');
      await choose(portal, scope, 'Reason for return', 'Faulty or damaged');
      const specific = control<HTMLSelectElement>(scope, 'Specific reason');
      specific.value = specific.options[1]!.value;
      specific.dispatchEvent(new Event('change', { bubbles: true }));
      await portal.updateComplete;
      const where = `${JSON.stringify(payload).slice(0, 60)}`;
      for (const v of violations(portal)) problems.push(`${where}: ${v}`);
      if (canaryCalls.length > 0) problems.push(`${where}: the canary was called`);
      const text = squash(deepText(portal));
      // The sub-reason option, the comments label and the custom field label: three times as text.
      const shown = text.split(squash(payload)).length - 1;
      if (shown < 3) problems.push(`${where}: shown ${shown} time(s) as text, expected at least 3`);
      const placeholders = [...portal.shadowRoot!.querySelectorAll('input')].map((input) => input.placeholder);
      if (!placeholders.includes(payload)) problems.push(`${where}: not the placeholder of a custom field`);
    }
    expect(problems.slice(0, MAX_REPORTED)).to.deep.equal([]);
  });

  describe('prototype-named ids and names as answer keys', () => {
    const KEYS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
    /** Keys the portal drops from everything it sends, by design (D21, `sanitiseJson`). */
    const DROPPED = new Set(['__proto__', 'constructor', 'prototype']);

    async function portalOn(step: Json) {
      const flow = new FakeFlow();
      const portal = await fixture<ReturnsPortal>(
        html`<returns-portal locale="en-GB" .flowClient=${flow} .timeout=${60_000}></returns-portal>`,
      );
      sessionStorage.clear();
      const started = portal.start(clone(activityFixtures.initialise_return));
      (await flow.next(1)).answer(step);
      expect(await started).to.equal(true);
      return { portal, flow };
    }

    const typeInto = async (portal: ReturnsPortal, input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await portal.updateComplete;
    };

    for (const key of KEYS) {
      it(`a required custom field named "${key}" starts empty and blocks confirming until filled`, async () => {
        const step = localImages(stepFixtures.product_selection) as {
          payload: { products: { reasonsForReturn: { options: Obj[] }[] }[] };
        };
        Object.assign(step.payload.products[0]!.reasonsForReturn[1]!.options[0]!, {
          requestImage: false,
          requestComments: false,
          customFields: [
            { name: 'batch_code', label: 'Batch code', required: true },
            { name: key, label: 'Second field', required: true },
          ],
        });
        const { portal, flow } = await portalOn(step);
        const scope = scopeOf(portal, 'Trail Runner 2');
        await pick(portal, scope, 'Trail Runner 2');
        await choose(portal, scope, 'Reason for return', 'Faulty or damaged');
        await choose(portal, scope, 'Specific reason', 'Sole coming apart');
        await typeInto(portal, control(scope, 'Batch code'), 'B1');
        const second = control(scope, 'Second field');
        expect(second.value, 'the empty field shows').to.equal('');
        const disabled = portal.shadowRoot!.querySelector('#confirm-button')!.getAttribute('aria-disabled');
        expect(disabled, 'confirm with the required field empty').to.equal('true');
        await typeInto(portal, second, 'v');
        (portal.shadowRoot!.querySelector('#confirm-button') as HTMLButtonElement).click();
        const { request } = await flow.next(2);
        const [entry] = request.inputs.selected_products as { custom_fields?: Obj }[];
        const expected = DROPPED.has(key) ? { batch_code: 'B1' } : { batch_code: 'B1', [key]: 'v' };
        expect(JSON.stringify(entry?.custom_fields)).to.equal(JSON.stringify(expected));
      });

      it(`an unopened-quantity selector for product id "${key}" shows and sends its default`, async () => {
        // product_selection (two products, no reasons needed) → important_information.
        const selection = localImages(stepFixtures.product_selection) as {
          nextType: string;
          payload: { areReturnReasonsRequired: boolean; products: Obj[] };
        };
        selection.nextType = 'important_information';
        selection.payload.areReturnReasonsRequired = false;
        selection.payload.products = [
          { ...selection.payload.products[1], id: key, name: 'Odd product', quantity: 1 },
          { ...selection.payload.products[1], id: 'p2', name: 'Plain product', quantity: 1 },
        ];
        const { portal, flow } = await portalOn(selection);
        await pick(portal, scopeOf(portal, 'Odd product'), 'Odd product');
        await pick(portal, scopeOf(portal, 'Plain product'), 'Plain product');
        (portal.shadowRoot!.querySelector('#confirm-button') as HTMLButtonElement).click();
        const info = clone(stepFixtures.important_information) as unknown as { payload: { categories: Obj[] } };
        info.payload.categories = [
          {
            type: 'unopened_items',
            title: 'Unopened items',
            products: [{ id: key }, { id: 'p2' }],
            quantitySelector: { isEnabled: true, label: 'Unopened' },
          },
        ];
        (await flow.next(2)).answer(info);
        await portal.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        const inputs = [...portal.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="number"]')];
        expect(inputs.length, 'quantity inputs').to.equal(2);
        await typeInto(portal, inputs[1]!, '0'); // the plain product: the answers now hold a quantity object
        const shownDefault = inputs[0]!.value;
        const ack = [...portal.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].at(-1)!;
        ack.click();
        await portal.updateComplete;
        (portal.shadowRoot!.querySelector('#confirm-button') as HTMLButtonElement).click();
        const execution = await Promise.race([flow.next(3), aTimeout(2000).then(() => null)]);
        const quantities = execution?.request.inputs.unopened_quantities as Obj | undefined;
        // Order-free: the default is filled in after the quantity the shopper typed.
        const sent = execution ? JSON.stringify(Object.entries(quantities ?? {}).sort()) : 'no execution';
        expect({ shownDefault, sent }).to.deep.equal({
          shownDefault: '1',
          sent: JSON.stringify(
            DROPPED.has(key)
              ? [['p2', 0]]
              : [
                  [key, 1],
                  ['p2', 0],
                ].sort(),
          ),
        });
      });
    }
  });

  it('prototype-pollution keys in every object of every message change no prototype', async () => {
    const problems: string[] = [];
    for (const target of targets) {
      const el = await target.setUp();
      const variants = [polluted(target.base), ...objectPaths(target.base).map((path) => polluted(target.base, path))];
      for (const message of variants) {
        target.validate(message);
        await target.render(message);
        for (const v of violations(el)) problems.push(`${target.name}: ${v}`);
      }
    }
    expect(problems.slice(0, MAX_REPORTED)).to.deep.equal([]);
  });

  it('ran no code, threw nothing and polluted no prototype, after everything', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200)); // late image errors, timers
    expect(canaryCalls.length, 'canary calls').to.equal(0);
    expect(uncaught).to.deep.equal([]);
    expect(({} as Obj).polluted).to.equal(undefined);
    expect(({} as Obj).isAdmin).to.equal(undefined);
    expect(([] as unknown as Obj).polluted).to.equal(undefined);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeKeysBefore);
  });
});
