/**
 * What every benchmark page shares: the registry the harness (scripts/bench.mjs) reads, the
 * timing of one sample, and small DOM helpers for the hand-written baselines.
 */
import type { CSSResultOrNative } from 'lit';

/** A benchmark as the harness sees it: one sample per `runBenchmark(\`${id}/${contender}\`)`. */
export interface BenchmarkInfo {
  readonly id: string;
  readonly description: string;
  readonly contenders: readonly string[];
  /** The contender the others are compared with (the ratio column), if any. */
  readonly baseline?: string;
}

/** A run of one contender: resolves to the times of its samples, in ms. */
export type Sampler = () => Promise<number[]>;

/** A memory cycle: create, attach and detach `count` elements. */
export type Cycler = (count: number) => Promise<void>;

declare global {
  interface Window {
    benchmarks: BenchmarkInfo[];
    runBenchmark: (name: string) => Promise<number[]>;
    memoryTargets: string[];
    runCycles: (name: string, count: number) => Promise<void>;
    gc?: () => void;
  }
}

const samplers = new Map<string, Sampler>();
const cyclers = new Map<string, Cycler>();
window.benchmarks = [];
window.memoryTargets = [];

export function register(info: BenchmarkInfo, run: Record<string, Sampler>): void {
  window.benchmarks.push(info);
  for (const contender of info.contenders) {
    const sampler = run[contender];
    if (!sampler) throw new Error(`${info.id}: no sampler for ${contender}`);
    samplers.set(`${info.id}/${contender}`, sampler);
  }
}

export function registerMemory(name: string, cycle: Cycler): void {
  window.memoryTargets.push(name);
  cyclers.set(name, cycle);
}

window.runBenchmark = async (name) => {
  const sampler = samplers.get(name);
  if (!sampler) throw new Error(`unknown benchmark ${name}`);
  return sampler();
};

window.runCycles = async (name, count) => {
  const cycle = cyclers.get(name);
  if (!cycle) throw new Error(`unknown memory target ${name}`);
  await cycle(count);
};

/** Forces style and layout, so a sample ends with the DOM laid out ("JSON to painted DOM"). */
export function forceLayout(): number {
  return document.body.offsetHeight;
}

/**
 * Times `work` (which must end with the DOM in place): garbage collection first, outside the
 * timing, then `performance.now()` around the work and a forced layout, then `cleanup`.
 */
export async function sample(work: () => Promise<void> | void, cleanup: () => void = () => {}): Promise<number> {
  window.gc?.();
  const start = performance.now();
  await work();
  forceLayout();
  const time = performance.now() - start;
  cleanup();
  return time;
}

/** Throws when a check fails: a benchmark that renders the wrong thing must not report a time. */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`benchmark check failed: ${message}`);
}

/** A 1 × 1 PNG: no image request leaves the page, for either contender. */
export const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** The constructable style sheets of a Lit element, to give a baseline the same CSS. */
export function sheetsOf(styles: readonly CSSResultOrNative[]): CSSStyleSheet[] {
  return styles.map((style) => {
    const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
    if (!sheet) throw new Error('no constructable style sheet');
    return sheet;
  });
}

type Child = Node | string | null | undefined | false;

/** `document.createElement` with attributes and children: the baselines' only helper. */
export function h(tag: string, attrs: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  if (attrs) for (const name in attrs) el.setAttribute(name, attrs[name] as string);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** A host `<div>` with an open shadow root that carries `sheets`, attached to the body. */
export function shadowHost(sheets: CSSStyleSheet[], parent: Node = document.body): ShadowRoot {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  parent.appendChild(host);
  return root;
}
