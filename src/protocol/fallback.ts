/**
 * Soft failures: values that are replaced instead of failing the whole message (D21 refused
 * URLs, D34 unknown distance unit).
 *
 * A zod transform cannot know where in the message it runs, and a warning needs a path. So a
 * transform returns a {@link Fallback} marker in place of the value; after a successful parse,
 * {@link resolveFallbacks} walks the output once, puts each marker's replacement in its place and
 * records a warning with the marker's path. Transforms count the markers they make, so the walk
 * is skipped for the (usual) message that has none.
 */
import { formatPath, type PathSegment, type ProtocolIssue } from './issues.js';

/** A value a transform replaced, with the replacement and the warning to report. */
export class Fallback {
  constructor(
    /** What goes into the parsed value; `undefined` removes the key. */
    readonly replacement: unknown,
    /** The warning's text, e.g. `refused URL "javascript:…": only http and https links are allowed`. */
    readonly message: string,
  ) {}
}

let created = 0;

/**
 * Makes a marker. Typed as `T` so that schemas infer the type the caller will finally see (a
 * URL field is `string | null`); {@link resolveFallbacks} makes that true before anyone reads it.
 */
export function fallback<T>(replacement: T, message: string): T {
  created++;
  return new Fallback(replacement, message) as unknown as T;
}

/** Forgets markers counted so far; call before a parse whose output will be resolved. */
export function resetFallbackCount(): void {
  created = 0;
}

/** Whether a marker was made since the last reset (the walk is needed). */
export function hasPendingFallbacks(): boolean {
  return created > 0;
}

/**
 * Replaces every marker inside `value` (mutating the freshly parsed output) and returns the
 * warnings, with paths under `prefix`.
 */
export function resolveFallbacks(value: unknown, prefix: readonly PathSegment[] = []): ProtocolIssue[] {
  const warnings: ProtocolIssue[] = [];
  walk(value, [...prefix], warnings);
  created = 0;
  return warnings;
}

function walk(node: unknown, path: PathSegment[], warnings: ProtocolIssue[]): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const item: unknown = node[i];
      path.push(i);
      if (item instanceof Fallback) {
        warnings.push({ path: formatPath(path), message: item.message });
        node[i] = item.replacement;
      } else walk(item, path, warnings);
      path.pop();
    }
    return;
  }
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    path.push(key);
    if (item instanceof Fallback) {
      warnings.push({ path: formatPath(path), message: item.message });
      if (item.replacement === undefined) Reflect.deleteProperty(record, key);
      else record[key] = item.replacement;
    } else walk(item, path, warnings);
    path.pop();
  }
}
