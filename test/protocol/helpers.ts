/**
 * Small helpers for protocol tests: edit a message at a path, and look up issues.
 */
import { expect } from '@open-wc/testing';
import type { ParseResult, ProtocolIssue } from '../../src/protocol/index.js';

/** A path as segments: `['payload', 'products', 1, 'price', 'amount']`. */
export type Path = readonly (string | number)[];

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  if (node === undefined || node === null) throw new Error(`no parent for ${path.join('.')}`);
  return node;
}

/** Removes the value at `path` (mutates `root`). */
export function deleteAt(root: unknown, path: Path): void {
  const parent = parentOf(root, path);
  const key = path[path.length - 1]!;
  if (!(key in parent)) throw new Error(`nothing to delete at ${path.join('.')}`);
  Reflect.deleteProperty(parent, key);
}

/** Sets the value at `path` (mutates `root`). */
export function setAt(root: unknown, path: Path, value: unknown): void {
  parentOf(root, path)[path[path.length - 1]!] = value;
}

/** Reads the value at `path`. */
export function getAt(root: unknown, path: Path): unknown {
  let node = root as Record<string | number, unknown> | undefined;
  for (const segment of path) node = node?.[segment] as Record<string | number, unknown> | undefined;
  return node;
}

/** Asserts a failed result and returns its issues. */
export function issuesOf<T>(result: ParseResult<T>): ProtocolIssue[] {
  if (result.ok) expect.fail(`expected a failed parse, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.issues;
}

/** Asserts a successful result and returns it. */
export function okResult<T>(result: ParseResult<T>): { value: T; warnings: ProtocolIssue[] } {
  if (!result.ok) expect.fail(`expected a valid message, got issues ${JSON.stringify(result.issues)}`);
  return result;
}

/** Asserts a failed result with an issue at `path` and returns that issue. */
export function issueAt<T>(result: ParseResult<T>, path: string): ProtocolIssue {
  const issues = issuesOf(result);
  const issue = issues.find((i) => i.path === path);
  if (!issue) expect.fail(`expected an issue at "${path}", got ${JSON.stringify(issues)}`);
  return issue;
}
