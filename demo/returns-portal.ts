/**
 * The `<returns-portal>` and `<return-error-popup>` gallery: every step and state of the portal in a
 * 320-px chat panel, an interactive journey against a scripted flow client, and the popup.
 * Each portal is opened with `portal.start(activity)`; an in-page `flowClient` answers the step
 * fixtures of `demo-steps.ts`, whose images are drawn on a canvas, so the page works offline.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/returns-portal.js';
import '../src/return-error-popup.js';
import type { ExecutionRequest, FlowClient, ReturnErrorPopup, ReturnsPortal, StepType } from '../src/index.js';
import {
  activity,
  images,
  productSelectionStep,
  productSelectionStepArabic,
  steps,
  stepFor,
  type StepErrorWire,
} from './demo-steps.js';
import { wait } from './reference/returns-flow.js';

// Flow clients ---------------------------------------------------------------------------------

/** What a demo flow answers for one request: a step object, an error object, or a thrown error. */
type Answer = (request: ExecutionRequest) => unknown;

/** A flow client that answers with `answer` after `latency` ms (a throwing `answer` rejects). */
function scriptedClient(answer: Answer, latency = 0): FlowClient {
  return {
    async execute(request, { signal }) {
      await wait(latency, signal);
      return answer(request);
    },
  };
}

/** Answers the fixture of the step each execution asks for (`inputs.step_type`). */
const fixtureAnswer: Answer = (request) => stepFor(request.inputs.step_type);

/** A flow client that never answers: the portal stays in its loading (or submitting) state. */
const silentClient: FlowClient = { execute: () => new Promise(() => {}) };

/** The largest delay `setTimeout` honours: a bigger `timeout` would fire at once. */
const NO_TIMEOUT = 2_147_483_647;

// The gallery ----------------------------------------------------------------------------------

interface GalleryState {
  id: string;
  title: string;
  note?: string;
  /** The step the activity opens on (`inputs.step_type`). */
  stepType: StepType;
  client: () => FlowClient;
  locale?: string;
  dir?: 'rtl';
  dark?: boolean;
  loadingImage?: string;
  timeout?: number;
  now?: string;
  /** What to do once the first step is shown (click something inside the portal). */
  after?: (portal: ReturnsPortal) => Promise<void>;
  /** Whether `start()` resolves (a silent client never answers). */
  settles?: boolean;
  /** The flow-client line(s) and any extra lines of the snippet. */
  clientCode: string;
  extraCode?: string[];
  afterCode?: string[];
}

/** Clicks an element inside the portal's shadow root once it has rendered. */
async function clickInside(portal: ReturnsPortal, selector: string): Promise<void> {
  await portal.updateComplete;
  portal.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
  await portal.updateComplete;
}

const fixtureClientCode = `portal.flowClient = {
  // answer the step each execution asks for
  execute: async ({ inputs }) => steps[inputs.step_type],
};`;

const WEDNESDAY_MORNING = '2025-03-12T10:30:00Z';
const SUNDAY_NOON = '2025-03-16T12:00:00Z';

/** Answers the fixtures, except that the first execution of `failing` answers (or throws) `fail()`. */
function failOnce(failing: StepType, fail: () => unknown): () => FlowClient {
  return () => {
    let failed = false;
    return scriptedClient((request) => {
      if (request.inputs.step_type === failing && !failed) {
        failed = true;
        return fail();
      }
      return fixtureAnswer(request);
    });
  };
}

const stepStates: GalleryState[] = [
  {
    id: 'product-selection',
    title: 'product_selection',
    note: 'three products: one with sub-reasons, photos and custom fields, one not returnable',
    stepType: 'product_selection',
    client: () => scriptedClient(fixtureAnswer),
    clientCode: fixtureClientCode,
  },
  {
    id: 'return-options',
    title: 'return_options',
    note: 'refund, replacement with colour and size, store credit unavailable, delivery details',
    stepType: 'return_options',
    client: () => scriptedClient(fixtureAnswer),
    clientCode: fixtureClientCode,
  },
  {
    id: 'important-information',
    title: 'important_information',
    note: 'the submitting step: acknowledgement, unopened quantity, categories',
    stepType: 'important_information',
    client: () => scriptedClient(fixtureAnswer),
    clientCode: fixtureClientCode,
  },
  {
    id: 'shipping-information',
    title: 'shipping_information',
    note: 'instructions with a label image and a download link; Done closes',
    stepType: 'shipping_information',
    client: () => scriptedClient(fixtureAnswer),
    clientCode: fixtureClientCode,
  },
  {
    id: 'return-details',
    title: 'return_details',
    note: 'a submitted return; its buttons open the steps below, no confirm',
    stepType: 'return_details',
    client: () => scriptedClient(fixtureAnswer),
    clientCode: fixtureClientCode,
  },
  {
    id: 'drop-off-locations',
    title: 'drop_off_locations',
    note: 'portal.now fixed to Wednesday 12 March 2025, 10:30 London time',
    stepType: 'drop_off_locations',
    client: () => scriptedClient(fixtureAnswer),
    now: WEDNESDAY_MORNING,
    clientCode: fixtureClientCode,
  },
  {
    id: 'cancel-return',
    title: 'cancel_return',
    note: 'a reason is required; confirming opens a fresh product_selection',
    stepType: 'cancel_return',
    client: () => scriptedClient(fixtureAnswer),
    clientCode: fixtureClientCode,
  },
];

const flowError: StepErrorWire = {
  type: 'error',
  message: 'Drop-off points are not available for returns collected by courier.',
};

const stateStates: GalleryState[] = [
  {
    id: 'loading',
    title: 'Loading',
    note: 'a flow client that never answers',
    stepType: 'product_selection',
    client: () => silentClient,
    timeout: NO_TIMEOUT,
    settles: false,
    clientCode: `portal.flowClient = { execute: () => new Promise(() => {}) };`,
    extraCode: [`portal.timeout = 2_147_483_647; // the default 30 s would fail the start`],
  },
  {
    id: 'loading-image',
    title: 'Loading, with loadingImage',
    note: 'a canvas-drawn PNG data URL',
    stepType: 'product_selection',
    client: () => silentClient,
    timeout: NO_TIMEOUT,
    loadingImage: images.parcel,
    settles: false,
    clientCode: `portal.flowClient = { execute: () => new Promise(() => {}) };`,
    extraCode: [
      `portal.timeout = 2_147_483_647;`,
      `portal.loadingImage = 'data:image/png;base64,…'; // or loading-image="https://…"`,
    ],
  },
  {
    id: 'submitting',
    title: 'Submitting',
    note: 'a reason chosen and Cancel return pressed; the flow never answers',
    stepType: 'cancel_return',
    client: () =>
      scriptedClient((request) =>
        request.inputs.step_type === 'cancel_return' ? fixtureAnswer(request) : new Promise(() => {}),
      ),
    timeout: NO_TIMEOUT,
    after: async (portal) => {
      await clickInside(portal, 'input[type="radio"]');
      await clickInside(portal, '#confirm-button');
    },
    clientCode: `portal.flowClient = {
  execute: ({ inputs }) =>
    inputs.step_type === 'cancel_return' ? Promise.resolve(steps.cancel_return) : new Promise(() => {}),
};`,
    extraCode: [`portal.timeout = 2_147_483_647;`],
    afterCode: [
      `const root = portal.shadowRoot;`,
      `root.querySelector('input[type="radio"]').click();`,
      `await portal.updateComplete;`,
      `root.querySelector('#confirm-button').click();`,
    ],
  },
  {
    id: 'header-error',
    title: 'Error in the step header, with Retry',
    note: '“How to send it back” pressed; that execution rejected. Retry succeeds.',
    stepType: 'return_details',
    client: failOnce('shipping_information', () => {
      throw new Error('Network error');
    }),
    after: (portal) => clickInside(portal, 'button[data-type="shipping_info"]'),
    clientCode: `let failed = false;
portal.flowClient = {
  async execute({ inputs }) {
    if (inputs.step_type === 'shipping_information' && !failed) {
      failed = true;
      throw new Error('Network error'); // rejects: generic message + Retry
    }
    return steps[inputs.step_type];
  },
};`,
    afterCode: [`portal.shadowRoot.querySelector('button[data-type="shipping_info"]').click();`],
  },
  {
    id: 'flow-error',
    title: 'A { type: "error" } answer',
    note: '“Find a drop-off point” pressed; the flow’s message, no Retry',
    stepType: 'return_details',
    client: failOnce('drop_off_locations', () => structuredClone(flowError)),
    after: (portal) => clickInside(portal, 'button[data-type="drop_off_locations"]'),
    clientCode: `let failed = false;
portal.flowClient = {
  async execute({ inputs }) {
    if (inputs.step_type === 'drop_off_locations' && !failed) {
      failed = true;
      return { type: 'error', message: '${flowError.message}' };
    }
    return steps[inputs.step_type];
  },
};`,
    afterCode: [`portal.shadowRoot.querySelector('button[data-type="drop_off_locations"]').click();`],
  },
];

const eurosFor = <T>(value: T): T =>
  JSON.parse(JSON.stringify(value).replaceAll('"currencyCode":"GBP"', '"currencyCode":"EUR"')) as T;

const contextStates: GalleryState[] = [
  {
    id: 'dark-product-selection',
    title: 'Dark: product_selection',
    note: 'color-scheme: dark wrapper',
    stepType: 'product_selection',
    dark: true,
    client: () => scriptedClient(fixtureAnswer),
    clientCode: fixtureClientCode,
  },
  {
    id: 'dark-drop-off',
    title: 'Dark: drop_off_locations',
    note: 'portal.now on a Sunday: the Post Office is closed today',
    stepType: 'drop_off_locations',
    dark: true,
    now: SUNDAY_NOON,
    client: () => scriptedClient(fixtureAnswer),
    clientCode: fixtureClientCode,
  },
  {
    id: 'rtl',
    title: 'Right to left',
    note: 'locale="ar" dir="rtl", with an Arabic payload',
    stepType: 'product_selection',
    locale: 'ar',
    dir: 'rtl',
    client: () =>
      scriptedClient((request) =>
        request.inputs.step_type === 'product_selection'
          ? structuredClone(productSelectionStepArabic)
          : fixtureAnswer(request),
      ),
    clientCode: `portal.flowClient = {
  execute: async ({ inputs }) =>
    inputs.step_type === 'product_selection' ? productSelectionStepArabic : steps[inputs.step_type],
};`,
  },
  {
    id: 'de-return-details',
    title: 'German (de-DE): return_details',
    note: 'prices in EUR, dates in German',
    stepType: 'return_details',
    locale: 'de-DE',
    client: () => scriptedClient((request) => eurosFor(fixtureAnswer(request))),
    clientCode: fixtureClientCode,
  },
  {
    id: 'de-drop-off',
    title: 'German (de-DE): drop_off_locations',
    note: 'in kilometres, on Wednesday morning',
    stepType: 'drop_off_locations',
    locale: 'de-DE',
    now: WEDNESDAY_MORNING,
    client: () =>
      scriptedClient((request) => {
        const step = structuredClone(steps.drop_off_locations);
        step.payload.distanceUnit = 'km';
        return request.inputs.step_type === 'drop_off_locations' ? step : fixtureAnswer(request);
      }),
    clientCode: fixtureClientCode,
  },
];

/** The HTML and JavaScript that reproduce a state. */
function snippet(state: GalleryState): string {
  const attributes = [
    `locale="${state.locale ?? 'en-GB'}"`,
    ...(state.dir ? [`dir="${state.dir}"`] : []),
    'ephemeral',
    `style="block-size: 560px"`,
  ].join(' ');
  const lines = [
    `import 'returnkit/returns-portal.js';`,
    `import { ${state.clientCode.includes('Arabic') ? 'steps, productSelectionStepArabic' : 'steps'} } from './demo-steps.js';`,
    `const portal = document.querySelector('returns-portal');`,
    state.clientCode,
    ...(state.now ? [`portal.now = () => new Date('${state.now}'); // test seam: a fixed clock`] : []),
    ...(state.extraCode ?? []),
    `${state.afterCode ? 'await ' : ''}portal.start({
  type: 'initialise_return',
  returnFlowId: '6f1c2a9e-1b7d-4c55-9a0e-3f2b8d7c4e11',
  externalAccountKey: 'returns-master-uk',
  inputs: { order_number: 'NW-100245', step_type: '${state.stepType}' },
});`,
    ...(state.afterCode ?? []),
  ];
  const wrapper = state.dark ? `<div style="color-scheme: dark">\n  ` : '';
  const end = state.dark ? `\n</div>` : '';
  return `${wrapper}<returns-portal ${attributes}></returns-portal>${end}
<script type="module">
${lines.join('\n').replace(/^/gm, '  ')}
</script>`;
}

function renderState(state: GalleryState): TemplateResult {
  return html`<li>
    <figure class="state">
      <figcaption>${state.title}${state.note ? html`<small>${state.note}</small>` : nothing}</figcaption>
      <div class="panel ${state.dark ? 'dark' : ''}">
        <returns-portal
          id=${state.id}
          ephemeral
          locale=${state.locale ?? 'en-GB'}
          dir=${ifDefined(state.dir)}
          loading-image=${ifDefined(state.loadingImage)}
        ></returns-portal>
      </div>
      <div class="actions">
        <button type="button" @click=${() => void startState(state)}>Restart</button>
      </div>
      <details>
        <summary>Code</summary>
        <pre><code>${snippet(state)}</code></pre>
      </details>
    </figure>
  </li>`;
}

/** Opens one gallery portal; resolves once its first step is shown (and `after` ran). */
async function startState(state: GalleryState): Promise<void> {
  const portal = document.querySelector<ReturnsPortal>(`#${state.id}`);
  if (!portal) return;
  portal.flowClient = state.client();
  if (state.timeout !== undefined) portal.timeout = state.timeout;
  if (state.now) {
    const now = new Date(state.now);
    portal.now = () => now;
  }
  const started = portal.start(activity(state.stepType));
  if (state.settles === false) return;
  if ((await started) && state.after) await state.after(portal);
}

// The page log: events of the gallery portals --------------------------------------------------

/** JSON with data: URLs shortened, so that the log stays readable. */
function json(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) =>
      typeof v === 'string' && v.startsWith('data:') ? `${v.slice(0, v.indexOf(',') + 1)}…(${v.length} chars)` : v,
    indent,
  );
}

const pageLog = document.querySelector<HTMLElement>('#log');
function writePage(line: string) {
  if (pageLog) pageLog.textContent = `${line}\n${pageLog.textContent ?? ''}`;
}

const portalEvents = ['returns-step', 'returns-submitted', 'returns-error', 'returns-close', 'protocol-error'] as const;

/** The panel an event came from, by the id of its element. */
function origin(event: Event): string {
  const target = event.target as HTMLElement | null;
  return target?.id ? `#${target.id}` : `<${target?.localName ?? '?'}>`;
}

for (const name of portalEvents) {
  document.addEventListener(name, (event) => {
    if ((event.target as HTMLElement | null)?.closest('#journey')) return; // logged beside the journey
    const { detail } = event as CustomEvent<unknown>;
    const shown =
      name === 'returns-step'
        ? { stepType: (detail as { stepType: string }).stepType, nextType: (detail as { nextType: unknown }).nextType }
        : detail;
    writePage(`${name} ${origin(event)} ${json(shown)}`);
  });
}
document.addEventListener('return-error-popup-closed', (event) =>
  writePage(`return-error-popup-closed ${origin(event)} ${json(event.detail)}`),
);

// Render the gallery and open every portal -----------------------------------------------------

const targets: [string, GalleryState[]][] = [
  ['#steps', stepStates],
  ['#states', stateStates],
  ['#contexts', contextStates],
];
for (const [selector, states] of targets) {
  const target = document.querySelector<HTMLElement>(selector);
  if (target) render(states.map(renderState), target);
}

/**
 * Each portal moves focus to its step title when a step appears, which scrolls the page: once
 * the gallery has opened, put the reader back where they were.
 */
async function openQuietly(starts: Promise<unknown>[]): Promise<void> {
  const { scrollX, scrollY } = window;
  await Promise.allSettled(starts);
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  window.scrollTo(scrollX, scrollY);
}

// The failed start and the popup ---------------------------------------------------------------

const failedPortal = document.querySelector<ReturnsPortal>('#failed-start');
const failedState = document.querySelector<HTMLElement>('#failed-start-state');
function showFailedState() {
  if (failedPortal && failedState) failedState.textContent = `portal.state: ${failedPortal.state}`;
}
document.querySelector('#show-failed-start')?.addEventListener('click', () => {
  if (!failedPortal) return;
  failedPortal.flowClient = scriptedClient(
    (): StepErrorWire => ({
      type: 'error',
      message: 'We could not find order NW-999999. Please check the number and try again.',
    }),
    300,
  );
  const started = failedPortal.start(activity('product_selection', 'NW-999999'));
  showFailedState();
  void started.then(showFailedState);
});
failedPortal?.addEventListener('returns-close', () => showFailedState());
showFailedState();

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-popup]')) {
  button.addEventListener('click', () => {
    const popup = document.querySelector<ReturnErrorPopup>(`#${button.dataset.popup ?? ''}`);
    void popup?.show(button.dataset.message ?? '');
  });
}

// Try the whole journey ------------------------------------------------------------------------

const journeyPortal = document.querySelector<ReturnsPortal>('#journey-portal');
const journeyLog = document.querySelector<HTMLElement>('#journey-log');
const journeyStart = document.querySelector<HTMLSelectElement>('#journey-start');
let journeyClock = performance.now();

function writeJourney(label: string, value: unknown) {
  if (!journeyLog) return;
  const at = ((performance.now() - journeyClock) / 1000).toFixed(2).padStart(6);
  journeyLog.textContent += `${at}s ${label}\n${json(value, 2)}\n\n`;
  journeyLog.scrollTop = journeyLog.scrollHeight;
}

type SelectedProduct = { id: string; quantity: number };

/**
 * The returns flow of the journey: answers the step each execution asks for, shows only the
 * products chosen on `product_selection`, and refuses more than one unit of a product.
 */
function journeyAnswer(request: ExecutionRequest): unknown {
  const { inputs } = request;
  const selected = (inputs.selected_products ?? []) as SelectedProduct[];
  const chosen = new Set(selected.map((product) => product.id));
  const keep = <P extends { id: string }>(products: P[]) =>
    chosen.size === 0 ? products : products.filter((product) => chosen.has(product.id));

  if (inputs.previous_step_type === 'product_selection') {
    const tooMany = selected.find((product) => product.quantity > 1);
    if (tooMany) {
      const name = productSelectionStep.payload.products.find((p) => p.id === tooMany.id)?.name ?? tooMany.id;
      const error: StepErrorWire = {
        type: 'error',
        message: `You can return at most 1 of “${name}” per return. Lower the quantity to continue.`,
      };
      return error;
    }
  }
  switch (inputs.step_type) {
    case 'return_options': {
      const step = structuredClone(steps.return_options);
      step.payload.products = keep(step.payload.products);
      return step;
    }
    case 'important_information': {
      const step = structuredClone(steps.important_information);
      step.payload.categories = step.payload.categories.flatMap((category) => {
        if (!category.products) return [category];
        const products = keep(category.products);
        return products.length > 0 ? [{ ...category, products }] : [];
      });
      return step;
    }
    default:
      return stepFor(inputs.step_type);
  }
}

const JOURNEY_LATENCY = 600;
const journeyClient: FlowClient = {
  async execute(request, { signal }) {
    writeJourney(`→ execute (inputs)`, request.inputs);
    try {
      await wait(JOURNEY_LATENCY, signal);
    } catch (reason) {
      writeJourney(`× aborted`, String(reason));
      throw reason;
    }
    const answer = journeyAnswer(request) as { type: string; message?: string };
    writeJourney(`← answer`, answer.type === 'error' ? answer : { type: answer.type });
    return answer;
  },
};

if (journeyPortal) {
  journeyPortal.flowClient = journeyClient;
  for (const name of portalEvents) {
    journeyPortal.addEventListener(name, (event) => {
      const { detail } = event as CustomEvent<unknown>;
      writeJourney(`● ${name}`, detail);
    });
  }
}

function startJourney(): Promise<boolean> {
  if (!journeyPortal) return Promise.resolve(false);
  if (journeyLog) journeyLog.textContent = '';
  journeyClock = performance.now();
  const stepType = (journeyStart?.value ?? 'product_selection') as StepType;
  const opening = activity(stepType);
  writeJourney('portal.start(activity)', opening);
  return journeyPortal.start(opening);
}
document.querySelector('#journey-restart')?.addEventListener('click', () => void startJourney());

void openQuietly([...[...stepStates, ...stateStates, ...contextStates].map(startState), startJourney()]);
