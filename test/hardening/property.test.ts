/**
 * Property-based tests: arbitrary JSON and mutated valid messages into the parse functions and
 * into every element. The parsers never throw and always answer `ok` with a value or a non-empty
 * list of issues; the elements never let an exception escape and either render the message or
 * show their error state with a fatal `protocol-error`.
 *
 * Run counts: `globalThis.__FUZZ_RUNS` (set by web-test-runner.fuzz.config.mjs for `npm run fuzz`),
 * else 200 per parse function and 50 per element. Every property logs `fuzz: <target> <n> runs`.
 */
import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import {
  parseActivity,
  parseOrderTrackerPayload,
  parseReturnOverduePayload,
  parseStep,
  renderActivity,
  type DeliveryStatusCard,
  type ParseResult,
  type ProtocolErrorEvent,
  type ProtocolIssue,
  type ReturnErrorPopup,
  type ReturnOverdue,
  type ReturnsPortal,
} from '../../src/index.js';
import { lexMarkdown, loadMarkdown } from '../../src/internal/markdown.js';
import { activityFixtures, clone } from '../protocol/fixtures.js';
import { FakeFlow } from '../support/fake-flow.js';
import { activity, anyString, anyValue, nested, stepAnswer, stepTypes, type Json } from './arbitraries.js';

declare global {
  var __FUZZ_RUNS: number | undefined;
}

const FUZZ_RUNS = typeof globalThis.__FUZZ_RUNS === 'number' ? globalThis.__FUZZ_RUNS : undefined;
const PARSE_RUNS = FUZZ_RUNS ?? 200;
const ELEMENT_RUNS = FUZZ_RUNS ?? 50;
/** A fuzz run reports a failure once, without spending minutes shrinking renders. */
const params = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  ...(FUZZ_RUNS ? { endOnFailure: true } : {}),
});

/* ---------------------------------------------------------------------------------------------
 * Checks
 * ------------------------------------------------------------------------------------------- */

/** Why an issue list is malformed, or `null`. */
function badIssues(issues: unknown, allowEmpty: boolean): string | null {
  if (!Array.isArray(issues)) return 'not an array';
  if (!allowEmpty && issues.length === 0) return 'empty';
  for (const issue of issues as ProtocolIssue[]) {
    if (typeof issue?.path !== 'string') return `path ${String(issue?.path)} is not a string`;
    if (typeof issue.message !== 'string' || issue.message.trim() === '') return 'an empty message';
  }
  return null;
}

/** Why a parse result breaks the contract (D21), or `null`. */
function badResult(result: ParseResult<unknown>): string | null {
  if (result === null || typeof result !== 'object') return 'not an object';
  if (result.ok === true) {
    if ('issues' in result) return 'ok with issues';
    if (!('value' in result)) return 'ok without a value';
    const bad = badIssues(result.warnings, true);
    return bad ? `warnings: ${bad}` : null;
  }
  if (result.ok === false) {
    if ('value' in result) return 'not ok with a value';
    const bad = badIssues(result.issues, false);
    return bad ? `issues: ${bad}` : null;
  }
  return `ok is ${String((result as { ok: unknown }).ok)}`;
}

function safeParse(parse: (json: unknown) => ParseResult<unknown>, json: Json): string | null {
  let result: ParseResult<unknown>;
  try {
    result = parse(json);
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
  return badResult(result);
}

/** Uncaught exceptions and rejections anywhere on the page while a property runs. */
const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(event.reason)}`);

const macrotask = () => new Promise((resolve) => setTimeout(resolve));

/** Records the `protocol-error` events an element dispatches. */
function recordErrors(el: Element): ProtocolErrorEvent[] {
  const events: ProtocolErrorEvent[] = [];
  el.addEventListener('protocol-error', (event) => events.push(event as ProtocolErrorEvent));
  return events;
}

function badEvents(events: ProtocolErrorEvent[]): string | null {
  for (const { detail } of events) {
    if (typeof detail.fatal !== 'boolean') return 'an event without fatal';
    const bad = badIssues(detail.issues, false);
    if (bad) return `event issues: ${bad}`;
  }
  return null;
}

async function timed(name: string, runs: number, body: () => Promise<void> | void): Promise<void> {
  const start = performance.now();
  let failed = true;
  try {
    await body();
    failed = false;
  } finally {
    const ms = Math.round(performance.now() - start);
    console.log(`fuzz: ${name} ${runs} runs in ${ms} ms${failed ? ' (FAILED)' : ''}`);
  }
}

let container: HTMLDivElement;

describe('hardening: property-based tests', function () {
  this.timeout(FUZZ_RUNS ? 0 : 20_000);

  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    container = document.createElement('div');
    container.style.width = '360px';
    document.body.append(container);
    await loadMarkdown();
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    container.remove();
  });

  afterEach(() => {
    uncaught.length = 0;
    container.replaceChildren();
  });

  describe('parse functions', () => {
    it('parseStep never throws; ok xor issues; every issue has a path and a message', async () => {
      await timed('parseStep', PARSE_RUNS, () =>
        fc.assert(
          fc.property(stepAnswer(), (json) => {
            expect(safeParse(parseStep, json)).to.equal(null);
          }),
          params(PARSE_RUNS),
        ),
      );
    });

    it('parseActivity never throws; ok xor issues; every issue has a path and a message', async () => {
      await timed('parseActivity', PARSE_RUNS, () =>
        fc.assert(
          fc.property(activity(), (json) => {
            expect(safeParse(parseActivity, json)).to.equal(null);
          }),
          params(PARSE_RUNS),
        ),
      );
    });

    it('parseStep and parseActivity take any JSON value', async () => {
      await timed('parse(jsonValue)', PARSE_RUNS, () =>
        fc.assert(
          fc.property(fc.jsonValue(), (json) => {
            expect(safeParse(parseStep, json)).to.equal(null);
            expect(safeParse(parseActivity, json)).to.equal(null);
          }),
          params(PARSE_RUNS),
        ),
      );
    });

    describe('deep nesting (regressions found by `npm run fuzz`)', () => {
      // 6 000–8 000 nested objects is where zod still reads the custom input but the unsafe-key
      // scan of src/protocol/json.ts overflows the stack; deeper, zod's own overflow is caught.
      const cases = [
        [1_000, 'object'],
        [6_000, 'object'],
        [7_000, 'object'],
        [8_000, 'object'],
        [12_000, 'object'],
        [1_000, 'array'],
        [3_000, 'array'],
        [10_000, 'array'],
      ] as const;
      for (const [depth, kind] of cases) {
        const message = () => {
          const json = clone(activityFixtures.initialise_return) as unknown as { inputs: Record<string, unknown> };
          json.inputs.deep = nested(depth, kind);
          return json;
        };
        it(`parseActivity: a custom input nested ${depth} ${kind}s deep`, () => {
          expect(safeParse(parseActivity, message())).to.equal(null);
        });
        it(`renderActivity: a custom input nested ${depth} ${kind}s deep starts or fails cleanly`, async () => {
          uncaught.length = 0;
          const flow = new FakeFlow();
          const el = renderActivity(message(), { locale: 'en-GB', flowClient: flow });
          const events = recordErrors(el!);
          container.replaceChildren(el!);
          await el!.updateComplete;
          await macrotask();
          expect(uncaught).to.deep.equal([]);
          const outcome =
            flow.executions.length === 1 ? 'executed' : events.some((e) => e.detail.fatal) ? 'rejected' : 'neither';
          expect(outcome).to.not.equal('neither');
        });
      }
    });

    it('a parse leaves its input untouched and gives the same answer twice', () => {
      fc.assert(
        fc.property(stepAnswer(), (json) => {
          let before: string | undefined;
          try {
            before = JSON.stringify(json);
          } catch {
            return; // BigInt-free, but deep values can exceed the stack: nothing to compare
          }
          const first = parseStep(json);
          expect(JSON.stringify(json)).to.equal(before);
          expect(JSON.stringify(parseStep(json))).to.equal(JSON.stringify(first));
        }),
        { numRuns: Math.min(PARSE_RUNS, 100) },
      );
    });
  });

  describe('elements', () => {
    const cards = [
      {
        tag: 'delivery-status-card',
        type: 'orderTracker' as const,
        parse: parseOrderTrackerPayload as (p: unknown) => ParseResult<unknown>,
      },
      {
        tag: 'return-overdue',
        type: 'returnOverdue' as const,
        parse: parseReturnOverduePayload as (p: unknown) => ParseResult<unknown>,
      },
    ];

    for (const card of cards) {
      it(`<${card.tag}>: renders the payload or its error state with a fatal protocol-error`, async () => {
        const payloads = fc.oneof(
          { weight: 5, arbitrary: activity(card.type).map((a) => (a as { payload?: unknown } | null)?.payload) },
          { weight: 2, arbitrary: fc.jsonValue() },
          { weight: 1, arbitrary: anyValue },
        );
        await timed(card.tag, ELEMENT_RUNS, () =>
          fc.assert(
            fc.asyncProperty(payloads, async (payload) => {
              uncaught.length = 0;
              const el = document.createElement(card.tag) as DeliveryStatusCard | ReturnOverdue;
              el.locale = 'en-GB';
              const events = recordErrors(el);
              el.payload = payload;
              container.replaceChildren(el);
              await el.updateComplete;
              const info = (payload as { infoText?: unknown } | null)?.infoText;
              if (typeof info === 'string') {
                await lexMarkdown(info);
                await macrotask();
                await el.updateComplete;
              }
              await macrotask();
              expect(uncaught).to.deep.equal([]);
              expect(badEvents(events)).to.equal(null);
              const fatal = events.some((e) => e.detail.fatal);
              const errorShown = el.shadowRoot!.querySelector('[part~="error"]') !== null;
              if (payload === undefined || payload === null) {
                expect(el.shadowRoot!.querySelector('[part~="base"]') === null, 'empty').to.equal(true);
                expect(events.length).to.equal(0);
                return;
              }
              const ok = card.parse(payload).ok;
              expect({ ok, errorShown, fatal }).to.deep.equal({ ok, errorShown: !ok, fatal: !ok });
              if (ok) expect(el.shadowRoot!.querySelector('[part~="base"]') !== null, 'rendered').to.equal(true);
            }),
            params(ELEMENT_RUNS),
          ),
        );
      });
    }

    it('<return-error-popup>: shows any message as text', async () => {
      const popup = document.createElement('return-error-popup') as ReturnErrorPopup;
      popup.locale = 'en-GB';
      container.append(popup);
      popup.open = true;
      await popup.updateComplete;
      await timed('return-error-popup', ELEMENT_RUNS, () =>
        fc.assert(
          fc.asyncProperty(anyString, async (message) => {
            uncaught.length = 0;
            popup.message = message;
            await popup.updateComplete;
            expect(uncaught).to.deep.equal([]);
            const shown = popup.shadowRoot!.querySelector('[part~="message"]')!.textContent!;
            if (message !== '') expect(shown === message, 'message shown verbatim').to.equal(true);
            else expect(shown.length > 0, 'generic message').to.equal(true);
          }),
          params(ELEMENT_RUNS),
        ),
      );
    });

    it('renderActivity: never throws, and what it returns renders or reports', async () => {
      const offline = { execute: () => Promise.reject(new Error('offline')) };
      await timed('renderActivity', ELEMENT_RUNS, () =>
        fc.assert(
          fc.asyncProperty(activity(), async (json) => {
            uncaught.length = 0;
            const el = renderActivity(json, { locale: 'en-GB', flowClient: offline });
            if (!el) {
              const type = (json as { type?: unknown } | null)?.type;
              expect(
                typeof type === 'string' && Object.hasOwn(activityFixtures, type),
                `null for type ${String(type)}`,
              ).to.equal(false);
              return;
            }
            const events = recordErrors(el);
            container.replaceChildren(el);
            await el.updateComplete;
            await macrotask();
            expect(uncaught).to.deep.equal([]);
            expect(badEvents(events)).to.equal(null);
            if (!parseActivity(json).ok)
              expect(
                events.some((e) => e.detail.fatal),
                'fatal event',
              ).to.equal(true);
            container.replaceChildren();
          }),
          params(ELEMENT_RUNS),
        ),
      );
    });

    for (const stepType of stepTypes) {
      it(`<returns-portal> on ${stepType}: shows the answer, or fails with a fatal protocol-error`, async () => {
        const flow = new FakeFlow();
        const portal = document.createElement('returns-portal') as ReturnsPortal;
        portal.locale = 'en-GB';
        portal.flowClient = flow;
        portal.timeout = 600_000;
        const events = recordErrors(portal);
        container.append(portal);
        await portal.updateComplete;
        const start = clone(activityFixtures.initialise_return) as unknown as { inputs: Record<string, unknown> };
        start.inputs.step_type = stepType;
        await timed(`returns-portal ${stepType}`, ELEMENT_RUNS, () =>
          fc.assert(
            fc.asyncProperty(stepAnswer(stepType), async (answer) => {
              uncaught.length = 0;
              events.length = 0;
              sessionStorage.clear();
              const count = flow.executions.length + 1;
              const started = portal.start(start);
              (await flow.next(count)).answer(answer);
              const shown = await started;
              await portal.updateComplete;
              await macrotask();
              expect(uncaught).to.deep.equal([]);
              expect(badEvents(events)).to.equal(null);
              const parsed = parseStep(answer);
              const fatal = events.some((e) => e.detail.fatal);
              const popup = portal.shadowRoot!.querySelector('return-error-popup')!;
              if (parsed.ok && parsed.value.type !== 'error') {
                expect({ shown, fatal, state: portal.state }).to.deep.equal({
                  shown: true,
                  fatal: false,
                  state: 'ready',
                });
                expect(portal.shadowRoot!.querySelector('[part~="step"]')!.childElementCount > 0, 'step').to.equal(
                  true,
                );
              } else if (parsed.ok) {
                expect({ shown, fatal, popup: popup.open }).to.deep.equal({ shown: false, fatal: false, popup: true });
              } else {
                expect({ shown, fatal, popup: popup.open }).to.deep.equal({ shown: false, fatal: true, popup: true });
              }
            }),
            params(ELEMENT_RUNS),
          ),
        );
      });
    }
  });
});
