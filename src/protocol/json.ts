/**
 * Copying forwarded JSON safely (D21). Custom `inputs` are forwarded verbatim on every execution,
 * but keys that can reach an object's prototype (`__proto__`, `constructor`, `prototype`) are
 * dropped at every depth: a host that merges them into its own objects would otherwise be open
 * to prototype pollution.
 */
import type { PathSegment } from './issues.js';

/** Keys never copied from forwarded data. */
export const unsafeKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * How deep forwarded JSON may nest. Real custom inputs are a few levels deep; a limit keeps every
 * recursive walk (copying, checking, `JSON.stringify`) far from the browser's stack limit.
 */
export const maxForwardedDepth = 64;

/**
 * The path of the first value nested deeper than `limit` levels, or `undefined`. Iterative, so it
 * is safe on input of any depth.
 */
export function tooDeepPath(value: unknown, limit = maxForwardedDepth): PathSegment[] | undefined {
  const stack: [node: unknown, path: PathSegment[]][] = [[value, []]];
  const seen = new Set<object>();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, path] = next;
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    if (path.length >= limit) return path;
    seen.add(node);
    if (Array.isArray(node)) node.forEach((item, i) => stack.push([item, [...path, i]]));
    else if (isPlainObject(node)) for (const key of Object.keys(node)) stack.push([node[key], [...path, key]]);
  }
  return undefined;
}

/**
 * A deep copy of plain objects and arrays without unsafe keys; other values are returned as they
 * are. A cycle is cut (the repeated object becomes `undefined`) rather than looping forever.
 */
export function sanitiseJson<T>(value: T): T {
  return copy(value, new Set()) as T;
}

function copy(value: unknown, ancestors: Set<object>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ancestors.has(value)) return undefined;
  if (Array.isArray(value)) {
    ancestors.add(value);
    const out = value.map((item) => copy(item, ancestors));
    ancestors.delete(value);
    return out;
  }
  if (!isPlainObject(value)) return value;
  ancestors.add(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!unsafeKeys.has(key)) out[key] = copy(value[key], ancestors);
  }
  ancestors.delete(value);
  return out;
}

/** Paths of the unsafe keys inside `value` (what {@link sanitiseJson} drops), under `prefix`. */
export function findUnsafeKeys(value: unknown, prefix: readonly PathSegment[] = []): PathSegment[][] {
  const found: PathSegment[][] = [];
  const visit = (node: unknown, path: PathSegment[], ancestors: Set<object>): void => {
    if (node === null || typeof node !== 'object' || ancestors.has(node)) return;
    ancestors.add(node);
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...path, i], ancestors));
    else if (isPlainObject(node)) {
      for (const key of Object.keys(node)) {
        if (unsafeKeys.has(key)) found.push([...path, key]);
        else visit(node[key], [...path, key], ancestors);
      }
    }
    ancestors.delete(node);
  };
  visit(value, [...prefix], new Set());
  return found;
}
