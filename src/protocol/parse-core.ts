/**
 * The one way every protocol schema is run (DECISIONS.md D21): readable issues with paths from the
 * message root, and soft failures (refused URLs, …) turned into warnings. Kept apart from the
 * message lists so an element that reads one payload bundles only that payload's schema.
 */
import * as z from 'zod/mini';
import { hasPendingFallbacks, resetFallbackCount, resolveFallbacks } from './fallback.js';
import {
  convertIssues,
  describeValue,
  formatPath,
  type ParseResult,
  type PathSegment,
  type ProtocolIssue,
} from './issues.js';

/** A non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `key` is an own key of `record` (never an inherited name such as `toString`). */
export function hasOwn<K extends string>(record: Record<K, unknown>, key: string): key is K {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * Runs any protocol schema: converts its issues, and replaces soft failures (refused URLs, …)
 * with their fallback plus a warning. `prefix` is where `data` sits in the whole message, so
 * paths start at the message root (D21).
 */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  data: unknown,
  prefix: readonly PathSegment[] = [],
): ParseResult<z.output<S>> {
  resetFallbackCount();
  let result;
  try {
    result = z.safeParse(schema, data);
  } catch (error) {
    // Only exotic input gets here (a throwing getter, a revoked Proxy): still no throw (D21).
    resetFallbackCount();
    return {
      ok: false,
      issues: [{ path: formatPath(prefix), message: `could not read the message: ${String(error)}` }],
    };
  }
  if (!result.success) {
    resetFallbackCount();
    return { ok: false, issues: convertIssues(result.error.issues, data, prefix) };
  }
  const warnings = hasPendingFallbacks() ? resolveFallbacks(result.data, prefix) : [];
  return { ok: true, value: result.data, warnings };
}

/** The single issue for a message that is not an object. */
export function notAnObject(value: unknown): { ok: false; issues: ProtocolIssue[] } {
  return { ok: false, issues: [{ path: '', message: `expected an object, got ${describeValue(value)}` }] };
}

/** The single issue for a missing or unknown `type`. */
export function unknownType(
  kind: string,
  type: unknown,
  known: readonly string[],
): { ok: false; issues: ProtocolIssue[] } {
  const expected = `expected one of ${known.map((t) => JSON.stringify(t)).join(', ')}`;
  const message =
    type === undefined ? `required; ${expected}` : `unknown ${kind} type ${describeValue(type)}; ${expected}`;
  return { ok: false, issues: [{ path: 'type', message }] };
}
