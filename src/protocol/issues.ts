/**
 * Validation results and readable issue messages (DECISIONS.md D21).
 *
 * zod/mini carries no locale, so every issue it reports says "Invalid input". The messages here
 * are written from the issue codes and from the offending value, found by walking the original
 * data along the issue's path (zod only copies the input into an issue on request).
 */
import type * as z from 'zod/mini';

/** One problem found in a message: where (`payload.products[2].price.amount`) and what. */
export type ProtocolIssue = { path: string; message: string };

/**
 * The result of reading a message. `warnings` list what was dropped or replaced in an otherwise
 * valid message (a refused URL, an unknown distance unit, …); `issues` why it was rejected.
 */
export type ParseResult<T> = { ok: true; value: T; warnings: ProtocolIssue[] } | { ok: false; issues: ProtocolIssue[] };

/** A path inside a message: object keys and array indexes, from the message root. */
export type PathSegment = string | number;

/** Quoted input is cut to this many characters (D21). */
const MAX_QUOTED = 40;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path the way a developer would read it in JavaScript: `payload.products[2].id`.
 * Numbers are array indexes (`[2]`); keys that are not identifiers (record keys such as `"2"`
 * or `"my key"`) are written `["2"]` so they cannot be mistaken for an index. The empty path
 * (the message itself) is `''`.
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** Cuts text to {@link MAX_QUOTED} characters, marking the cut with an ellipsis. */
function cut(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}

/** A string in double quotes, cut to 40 characters: `"10/03/2025"`. */
export function quote(text: string): string {
  return `"${cut(text)}"`;
}

/**
 * A short, safe rendering of any value for a message: strings quoted, numbers and booleans as
 * written, arrays and objects as cut JSON (`[1,2]`, `{"a":1}`).
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  try {
    const json = JSON.stringify(value);
    if (typeof json === 'string') return cut(json);
  } catch {
    // Cycles and BigInts cannot be shown as JSON; their type is enough.
  }
  return `a ${typeof value}`;
}

/** The value found by following `path` from `root`, or `undefined`. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    // Own properties only: a path must never read `__proto__` or inherited members.
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'an array',
  null: 'null',
};

function expectedName(expected: string): string {
  return EXPECTED[expected] ?? expected;
}

/** `"a", "b"` — enum and literal values as they would be written in JSON. */
function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(', ');
}

/**
 * Parameters our own custom issues carry so that the final message can name absolute paths,
 * which a refinement cannot know (it sees only the value it refines).
 */
export type CustomIssueParams = {
  /** D11: index of the first element with the same `id` in the same array. */
  duplicateOf?: number;
};

/** A zod issue as seen from a parse: the public shape plus the fields we read. */
type ZodIssue = z.core.$ZodIssue;

/**
 * Turns zod issues into {@link ProtocolIssue}s.
 *
 * @param issues what `safeParse` reported
 * @param root the data that was parsed (to quote the offending value)
 * @param prefix path of `root` inside the whole message (`['payload']` when an element was given
 *   only the payload), so every path starts at the message root
 */
export function convertIssues(
  issues: readonly ZodIssue[],
  root: unknown,
  prefix: readonly PathSegment[] = [],
): ProtocolIssue[] {
  const out: ProtocolIssue[] = [];
  for (const issue of issues) convertIssue(issue, root, prefix, [], out);
  return out;
}

function convertIssue(
  issue: ZodIssue,
  root: unknown,
  prefix: readonly PathSegment[],
  base: readonly PropertyKey[],
  out: ProtocolIssue[],
): void {
  const relative = [...base, ...issue.path];
  const input = valueAt(root, relative);
  const path = formatPath([...prefix, ...relative]);

  if (issue.code === 'invalid_union') {
    // A value of the right kind for one branch (an object for `string | object`) failed inside
    // that branch: its own issues say more than "expected a string or an object".
    const deeper = issue.errors.find((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0));
    if (deeper) {
      for (const inner of deeper) convertIssue(inner, root, prefix, relative, out);
      return;
    }
  }

  // A missing key reads as "required", whatever the schema at that place was.
  const message =
    input === undefined && issue.code !== 'custom' ? 'required' : messageFor(issue, input, prefix, relative);
  out.push({ path, message });
}

function messageFor(
  issue: ZodIssue,
  input: unknown,
  prefix: readonly PathSegment[],
  relative: readonly PropertyKey[],
): string {
  const got = describeValue(input);
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${expectedName(issue.expected)}, got ${got}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${listValues(issue.values)}, got ${got}`
        : `expected one of ${listValues(issue.values)}, got ${got}`;
    case 'invalid_union': {
      const names = new Set<string>();
      for (const branch of issue.errors) {
        for (const inner of branch) {
          if (inner.code === 'invalid_type') names.add(expectedName(inner.expected));
        }
      }
      return names.size > 0 ? `expected ${[...names].join(' or ')}, got ${got}` : `unexpected value ${got}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `expected at least ${min} ${min === 1 ? 'item' : 'items'}`;
      }
      if (issue.origin === 'string')
        return min <= 1 ? 'must not be empty' : `expected at least ${min} characters, got ${got}`;
      return `expected a number ≥ ${min}, got ${got}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return `expected at most ${max} items`;
      if (issue.origin === 'string') return `expected at most ${max} characters`;
      return `expected a number ≤ ${max}, got ${got}`;
    }
    case 'custom': {
      const params = (issue.params ?? {}) as CustomIssueParams;
      if (typeof params.duplicateOf === 'number') {
        // The issue sits on `…[n].id`; the first occurrence is a sibling of `…[n]`.
        const first = formatPath([...prefix, ...relative.slice(0, -2), params.duplicateOf]);
        return `duplicate id ${got} (first at ${first})`;
      }
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid value ${got}`;
    }
    case 'invalid_format':
      return `expected ${issue.format}, got ${got}`;
    default:
      return `invalid value ${got}`;
  }
}
