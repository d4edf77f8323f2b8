/**
 * The strict-CSP journey (DECISIONS.md D35), loaded by `index.html`, which `scripts/csp-plugin.mjs`
 * serves with the Content-Security-Policy header. `csp.test.ts` embeds the page in an iframe.
 *
 * 1. A `securitypolicyviolation` listener is registered before anything of returnkit loads (the
 *    package is imported dynamically below: static imports would run before this module's body).
 * 2. Every element is rendered: both cards from the fixtures (history expanded, proof of delivery
 *    opened and closed, Return pressed), the error popup opened and closed, and a portal driven
 *    through product_selection (with a photo: `blob:` preview, `data:` upload) → return_options →
 *    important_information → shipping_information → "Return to chat", by an in-page flow client.
 * 3. Probes the page makes on purpose, each of which the policy must block and report (so the
 *    listener provably works): a `style=` attribute (on the page, and inside a shadow root), an inline script, a script through a
 *    duplicate `lit-html` policy, a policy with another name, `eval`.
 * 4. `{ type: 'returnkit-csp', done, violations, ... }` is posted to the parent.
 *
 * Only type imports of the package may be static here.
 */
import type { FlowClient } from '../../../src/context.js';
import type { ExecutionRequest } from '../../../src/protocol/index.js';
import type { ReturnsPortal } from '../../../src/returns-portal.js';
import type { ReturnErrorPopup } from '../../../src/return-error-popup.js';
import { activityFixtures, clone, stepFixtures } from '../../protocol/fixtures.js';

export type Phase = 'journey' | `probe:${string}`;

/** One reported violation, as plain data (it crosses `postMessage`). */
export interface Violation {
  phase: Phase;
  effectiveDirective: string;
  violatedDirective: string;
  blockedURI: string;
  sample: string;
  source: string;
  disposition: string;
}

/** What the page posts to its parent when it is done (or failed). */
export interface CspReport {
  type: 'returnkit-csp';
  done: boolean;
  error?: string;
  /** The steps the portal showed, in order. */
  steps: string[];
  /** The label of the last step's confirm button. */
  lastConfirmLabel: string;
  closeReason: string;
  /** A submitted return's steps (lazy chunks): `return_details`, then the two it opens. */
  lazySteps: string[];
  /** How many constructable sheets the portal's root gained for that lazy view. */
  lazySheetsAdded: number;
  /** `img` sources the elements rendered, by scheme (`https:`, `blob:`, `data:`). */
  imageSchemes: string[];
  /** The scheme of the photo URL sent to the flow. */
  attachmentScheme: string;
  /** The exceptions the probes threw (`name: TypeError`): Trusted Types refusals throw. */
  probeErrors: string[];
  /** Whether a blocked inline script ran anyway (must stay false). */
  inlineScriptRan: boolean;
  violations: Violation[];
}

let phase: Phase = 'journey';
const violations: Violation[] = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    violations.push({
      phase,
      effectiveDirective: event.effectiveDirective,
      violatedDirective: event.violatedDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      disposition: event.disposition,
    });
  },
  true,
);

const report: CspReport = {
  type: 'returnkit-csp',
  done: false,
  steps: [],
  lastConfirmLabel: '',
  closeReason: '',
  lazySteps: [],
  lazySheetsAdded: 0,
  imageSchemes: [],
  attachmentScheme: '',
  probeErrors: [],
  inlineScriptRan: false,
  violations,
};

// No draft left by an earlier run for the same order (D20 keeps one in sessionStorage).
sessionStorage.clear();

const stage = document.getElementById('stage') as HTMLElement;
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function waitFor(what: string, test: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function once(target: EventTarget, type: string): Promise<Event> {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}

/** The shadow root's controls, found by the text of their label (like test/support/portal-driver.ts). */
function control<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, labelText: string): T {
  const controls = [...scope.querySelectorAll<HTMLInputElement>('input, select, textarea')];
  const found = controls.find((c) => [...(c.labels ?? [])].some((label) => label.textContent!.includes(labelText)));
  if (!found) throw new Error(`no control labelled "${labelText}"`);
  return found as unknown as T;
}

function scopeOf(root: ParentNode, text: string, selector = '.card'): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent!.includes(text));
  if (!found) throw new Error(`no ${selector} with "${text}"`);
  return found;
}

function buttonOf(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    (b.getAttribute('aria-label') ?? b.textContent!).includes(text),
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

function choose(scope: ParentNode, labelText: string, optionText: string) {
  const select = control<HTMLSelectElement>(scope, labelText);
  const option = [...select.options].find((o) => o.textContent!.includes(optionText));
  if (!option) throw new Error(`no option "${optionText}" in "${labelText}"`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function collectImageSchemes(root: ParentNode) {
  for (const img of root.querySelectorAll('img')) {
    const scheme = new URL(img.src, location.href).protocol;
    if (!report.imageSchemes.includes(scheme)) report.imageSchemes.push(scheme);
  }
}

/** A small PNG file, drawn here (the photo picker downsizes it and shows a `blob:` preview). */
async function photoFile(): Promise<File> {
  const canvas = new OffscreenCanvas(64, 48);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#1f5fd1';
  context.fillRect(0, 0, 64, 48);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new File([blob], 'sole.png', { type: 'image/png' });
}

/** The returns flow, scripted: each request is answered with the fixture of its `step_type`. */
const flowClient: FlowClient = {
  async execute(request: ExecutionRequest) {
    const type = request.inputs.step_type as keyof typeof stepFixtures;
    const photos = (request.inputs.selected_products as { attachments?: string[] }[] | undefined)?.flatMap(
      (product) => product.attachments ?? [],
    );
    if (photos?.[0]) report.attachmentScheme = new URL(photos[0]).protocol;
    await tick();
    const step = clone(stepFixtures[type]);
    // A blank confirm text on the last step: its button says "Return to chat" (D9).
    if (step.type === 'shipping_information') step.payload.confirmButtonText = '';
    return step;
  },
};

async function renderCards() {
  const card = document.createElement('delivery-status-card');
  card.setAttribute('locale', 'en-GB');
  const payload = clone(activityFixtures.orderTracker.payload);
  // Four events: the history collapses and shows its toggle.
  payload.trackingHistoryItems!.push(
    { date: '2025-03-09T12:00:00', status: 'Ready for Shipment', description: 'Packed.' },
    { date: '2025-03-08T10:15:00', status: 'Custom event', description: 'Label printed.' },
  );
  Object.assign(card, { payload });
  const overdue = document.createElement('return-overdue');
  overdue.setAttribute('locale', 'en-GB');
  Object.assign(overdue, { payload: clone(activityFixtures.returnOverdue.payload) });
  stage.append(card, overdue);
  await Promise.all([card.updateComplete, overdue.updateComplete]);

  // Every state of the delivery card that renders something new.
  const cardRoot = card.shadowRoot!;
  const toggle = cardRoot.querySelector<HTMLButtonElement>('[part~="history-toggle"]');
  if (!toggle) throw new Error(`no history toggle in ${cardRoot.innerHTML.slice(0, 3000)}`);
  toggle.click(); // history: show all events
  await card.updateComplete;
  (cardRoot.querySelector('[part~="proof-button"]') as HTMLButtonElement).click();
  await frame();
  (cardRoot.querySelector('[part~="close-button"]') as HTMLButtonElement).click();
  await frame();
  const returned = once(card, 'chat-event');
  (cardRoot.querySelector('[part~="return-button"]') as HTMLButtonElement).click();
  await returned;
  await card.updateComplete;

  // The overdue card renders its markdown once marked has loaded (a lazy chunk).
  await waitFor('the overdue card markdown', () => !!overdue.shadowRoot!.querySelector('strong'));
  collectImageSchemes(cardRoot);
  collectImageSchemes(overdue.shadowRoot!);
}

async function renderPopup() {
  const popup = document.createElement('return-error-popup') as ReturnErrorPopup;
  popup.setAttribute('locale', 'en-GB');
  stage.append(popup);
  await popup.show(activityFixtures.initialise_return_error.message);
  if (!popup.open) throw new Error('the popup did not open');
  const closed = once(popup, 'return-error-popup-closed');
  buttonOf(popup.shadowRoot!, 'OK').click();
  await closed;
}

async function runPortal() {
  const portal = document.createElement('returns-portal') as ReturnsPortal;
  portal.setAttribute('locale', 'en-GB');
  portal.flowClient = flowClient;
  portal.addEventListener('returns-step', (event) => {
    report.steps.push((event as CustomEvent<{ stepType: string }>).detail.stepType);
  });
  const problems: string[] = [];
  for (const name of ['protocol-error', 'returns-error']) {
    portal.addEventListener(name, (event) =>
      problems.push(`${name}: ${JSON.stringify((event as CustomEvent).detail)}`),
    );
  }
  stage.append(portal);
  const root = portal.shadowRoot!;
  const shown = (type: string) =>
    waitFor(`step ${type}`, () => portal.stepType === type && portal.state === 'ready').catch((error: Error) => {
      const banner = root.querySelector('[part~="error"]')?.textContent?.trim();
      throw new Error(`${error.message} (on ${portal.stepType}, ${portal.state}: ${banner}) ${problems.join('; ')}`);
    });
  const confirm = () => root.querySelector<HTMLButtonElement>('#confirm-button')!;
  const pressConfirm = async () => {
    await portal.updateComplete;
    if (confirm().getAttribute('aria-disabled') !== 'false') {
      const reason = root.querySelector('#confirm-reason')?.textContent?.trim();
      throw new Error(`${portal.stepType} is not complete: ${reason} ${JSON.stringify(portal.draft)}`);
    }
    confirm().click();
  };

  if (!(await portal.start(clone(activityFixtures.initialise_return)))) throw new Error('the portal did not start');
  await shown('product_selection');

  // The shoes: faulty, with a photo (blob: preview, data: attachment) and the required batch code.
  const shoes = scopeOf(root, 'Trail Runner 2');
  control(shoes, 'Trail Runner 2').click();
  await portal.updateComplete;
  choose(shoes, 'How many to return', '2');
  await portal.updateComplete;
  choose(shoes, 'Reason for return', 'Faulty or damaged');
  await portal.updateComplete;
  choose(shoes, 'Specific reason', 'Sole coming apart');
  await portal.updateComplete;
  const files = new DataTransfer();
  files.items.add(await photoFile());
  const fileInput = shoes.querySelector<HTMLInputElement>('input[type="file"]')!;
  fileInput.files = files.files;
  fileInput.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor('the photo to finish', () => !!shoes.querySelector('.ps-photo[data-status="done"]'));
  type(control(shoes, 'Batch code'), 'B2025-031');
  type(control<HTMLTextAreaElement>(shoes, 'Tell us what happened'), 'The sole came off after a week.');
  await portal.updateComplete;
  collectImageSchemes(root);

  const bra = scopeOf(root, 'Everyday Support Bra');
  control(bra, 'Everyday Support Bra').click();
  await portal.updateComplete;
  choose(bra, 'Reason for return', 'Size or fit');
  await portal.updateComplete;
  await pressConfirm();
  await shown('return_options');

  control(scopeOf(root, 'Trail Runner 2', 'fieldset'), 'Refund').click();
  control(scopeOf(root, 'Everyday Support Bra', 'fieldset'), 'Refund').click();
  collectImageSchemes(root);
  await pressConfirm();
  await shown('important_information');

  control(root, 'I confirm the items are unworn').click();
  await pressConfirm();
  await shown('shipping_information');
  collectImageSchemes(root);

  report.lastConfirmLabel = confirm().textContent!.trim();
  const closed = once(portal, 'returns-close');
  confirm().click();
  report.closeReason = ((await closed) as CustomEvent<{ reason: string }>).detail.reason;
}

/**
 * A return already submitted: the flow answers `return_details` (D4: shown as it is), whose view
 * is a lazy chunk with its own styles, added to the portal's root when it arrives; its buttons
 * then open `drop_off_locations` and `cancel_return`, two more lazy views.
 */
async function runSubmittedReturn() {
  const portal = document.createElement('returns-portal') as ReturnsPortal;
  portal.setAttribute('locale', 'en-GB');
  portal.ephemeral = true;
  portal.flowClient = {
    async execute(request: ExecutionRequest) {
      const type = request.inputs.step_type as keyof typeof stepFixtures;
      return clone(stepFixtures[type === 'product_selection' ? 'return_details' : type]);
    },
  };
  stage.append(portal);
  await portal.updateComplete;
  const root = portal.shadowRoot!;
  const sheetsBefore = root.adoptedStyleSheets.length;
  const shown = async (type: string) => {
    await waitFor(`step ${type}`, () => portal.stepType === type && portal.state === 'ready');
    report.lazySteps.push(type);
  };
  await portal.start(clone(activityFixtures.initialise_return));
  await shown('return_details');
  report.lazySheetsAdded = root.adoptedStyleSheets.length - sheetsBefore;
  collectImageSchemes(root);
  buttonOf(root, 'Find a drop-off point').click();
  await shown('drop_off_locations');
  portal.back();
  await shown('return_details');
  buttonOf(root, 'Cancel').click();
  await shown('cancel_return');
}

/** Violations are reported in a task of their own: give them time to arrive. */
async function settle() {
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Things the page does on purpose that the policy must block (and report), each in its own phase. */
const probes: Record<string, () => void> = {
  'style-attribute': () => stage.setAttribute('style', 'outline: 3px solid red'),
  // Inside an element's shadow root: the event is composed, so the document listener sees it.
  'shadow-style-attribute': () => {
    const article = document.querySelector('delivery-status-card')?.shadowRoot?.querySelector('article');
    if (!article) throw new Error('no card to probe');
    article.setAttribute('style', 'outline: 3px solid red');
  },
  // Trusted Types refuse a plain string as script text (a TypeError).
  'inline-script': () => {
    const script = document.createElement('script');
    script.textContent = 'globalThis.rkInlineRan = true';
    document.body.append(script);
  },
  // 'allow-duplicates' lets anyone create another "lit-html" policy; script-src still blocks the script.
  'lit-html-policy-script': () => {
    const duplicate = trustedTypes().createPolicy('lit-html', { createScript: (text: string) => text });
    const script = document.createElement('script');
    script.textContent = duplicate.createScript('globalThis.rkInlineRan = true') as unknown as string;
    document.body.append(script);
  },
  // Refused by the trusted-types directive (a TypeError).
  'other-policy': () => trustedTypes().createPolicy('not-lit', { createHTML: (text: string) => text }),
  // Refused: a string compiled as script (Trusted Types, and script-src has no 'unsafe-eval').
  eval: () => new Function('return 1')(),
};

async function runProbes() {
  for (const [name, probe] of Object.entries(probes)) {
    phase = `probe:${name}`;
    try {
      probe();
    } catch (error) {
      report.probeErrors.push(`${name}: ${error instanceof Error ? error.name : String(error)}`);
    }
    await settle();
  }
  report.inlineScriptRan = (globalThis as { rkInlineRan?: boolean }).rkInlineRan === true;
}

const trustedTypes = () => (globalThis as unknown as { trustedTypes: TrustedTypes }).trustedTypes;

interface TrustedTypes {
  createPolicy(
    name: string,
    rules: { createScript?(text: string): string; createHTML?(text: string): string },
  ): {
    createScript(text: string): unknown;
  };
}

try {
  await import('../../../src/index.js');
  await renderCards();
  await renderPopup();
  await runPortal();
  await runSubmittedReturn();
  await settle();
  report.done = true;
} catch (error) {
  report.error = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
}
await runProbes();
parent.postMessage(report, location.origin);
