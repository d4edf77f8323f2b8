/**
 * fast-check generators for hostile protocol input: arbitrary JSON, and valid messages with a few
 * mutations each (a dropped field, a value of the wrong type, non-finite and extreme numbers,
 * 100 kB strings, deep nesting, unusual Unicode, duplicated array items and so duplicate ids,
 * prototype keys). Values are JS values, not JSON text: `NaN`, `-0` and `undefined` survive.
 */
import fc from 'fast-check';
import { activityFixtures, stepFixtures } from '../protocol/fixtures.js';

export type Json = unknown;
export type Path = readonly (string | number)[];

/** Numbers JSON cannot carry, or that break naive arithmetic. */
export const hostileNumber: fc.Arbitrary<number> = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  -1,
  0.5,
  2 ** 31,
  1e21,
);

/** Characters that change direction, vanish, combine, or are not valid UTF-16 on their own. */
const unusualPieces = [
  '\u200E', // left-to-right mark
  '\u200F', // right-to-left mark
  '\u202E', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner
  '\uFEFF', // byte order mark
  '\u00AD', // soft hyphen
  '\u0301\u0301\u0301', // combining accents on nothing
  '𝕳𝖊𝖑𝖑𝖔', // astral letters
  '👩🏽‍🚒', // emoji ZWJ sequence
  '\uD83D', // lone high surrogate
  '\uDE00', // lone low surrogate
  '\u0000',
  '\u001B[31m',
  '\u2028\u2029',
  '\r\n',
  'שלום',
  'مرحبا',
  'Ω≈ç√',
  '﷽',
];

/** A short string made of unusual Unicode (and some ordinary text). */
export const unusualString: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...unusualPieces), fc.string({ maxLength: 5, unit: 'binary' })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((pieces) => pieces.join(''));

/** A string of about 100 kB. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('x', 'ab ', '\u202E', '👩🏽‍🚒', '*', '[a](b)', '\n', '<b>'),
    fc.integer({ min: 90_000, max: 110_000 }),
  )
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

/**
 * A value nested `depth` levels deep, in objects or arrays. It prints itself as `nested(…)` in
 * fast-check's reports (whose own printer would overflow the stack on it).
 */
export function nested(depth: number, kind: 'object' | 'array'): Json {
  let value: Json = 'bottom';
  for (let i = 0; i < depth; i++) value = kind === 'object' ? { a: value } : [value];
  Object.defineProperty(value, fc.toStringMethod, { value: () => `nested(${depth}, '${kind}')` });
  return value;
}

/** Deeply nested objects or arrays (up to a few thousand levels). */
export const deepValue: fc.Arbitrary<Json> = fc
  .tuple(fc.integer({ min: 20, max: 3000 }), fc.constantFrom('object' as const, 'array' as const))
  .map(([depth, kind]) => nested(depth, kind));

/** Any string a flow could send, ordinary or not. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 3, arbitrary: unusualString },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t\n', '__proto__', 'constructor', 'prototype', 'toString') },
  { weight: 1, arbitrary: hugeString },
);

/** A value of some type, likely the wrong one for the field it replaces. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  hostileNumber,
  fc.integer(),
  fc.double(),
  anyString,
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 3 }),
  deepValue,
);

/* ---------------------------------------------------------------------------------------------
 * Mutations of valid messages
 * ------------------------------------------------------------------------------------------- */

/** Mutations reach this deep; below it is what an earlier mutation nested (deepValue). */
const MAX_PATH_DEPTH = 12;

/** Every path in a value: the root, each object member and each array item. */
export function allPaths(value: Json, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (path.length >= MAX_PATH_DEPTH) return out;
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...allPaths(item, [...path, i])));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...allPaths(item, [...path, key]));
  }
  return out;
}

/** One change to a message; `at` picks a path (modulo the number of paths). */
export type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'string'; at: number; value: string }
  | { kind: 'number'; at: number; value: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'empty'; at: number }
  | { kind: 'extra-key'; at: number; key: string; value: unknown }
  | { kind: 'prototype-keys'; at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('string' as const), at: fc.nat(), value: anyString }),
  fc.record({ kind: fc.constant('number' as const), at: fc.nat(), value: hostileNumber }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('empty' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('extra-key' as const),
    at: fc.nat(),
    key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'id')),
    value: anyValue,
  }),
  fc.record({ kind: fc.constant('prototype-keys' as const), at: fc.nat() }),
);

function pickPath(paths: Path[], at: number, filter: (value: unknown) => boolean, root: Json): Path | undefined {
  const candidates = paths.filter((path) => filter(getAt(root, path)));
  return candidates.length > 0 ? candidates[at % candidates.length] : undefined;
}

export function getAt(value: Json, path: Path): unknown {
  let node = value;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

function setAt(root: Json, path: Path, value: unknown): Json {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  Object.defineProperty(parent, path[path.length - 1]!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return root;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Applies one mutation to `root` (a fresh copy owned by the caller) and returns the new root. */
export function applyMutation(root: Json, m: Mutation): Json {
  const paths = allPaths(root);
  switch (m.kind) {
    case 'drop': {
      const path = pickPath(
        paths.filter((p) => p.length > 0),
        m.at,
        () => true,
        root,
      );
      if (!path) return root;
      const parent = getAt(root, path.slice(0, -1));
      const key = path[path.length - 1]!;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(parent as object, key);
      return root;
    }
    case 'replace': {
      const path = paths[m.at % paths.length]!;
      return setAt(root, path, m.value);
    }
    case 'string': {
      const path = pickPath(paths, m.at, (v) => typeof v === 'string', root);
      return path ? setAt(root, path, m.value) : root;
    }
    case 'number': {
      const path = pickPath(paths, m.at, (v) => typeof v === 'number', root);
      return path ? setAt(root, path, m.value) : root;
    }
    case 'duplicate': {
      // Duplicates an item of an array (products with the same id, the same reason twice…).
      const path = pickPath(paths, m.at, (v) => Array.isArray(v) && v.length > 0, root);
      if (!path) return root;
      const array = getAt(root, path) as unknown[];
      // The same item again, by reference: a clone of a deeply nested item (another mutation) would
      // overflow the test's own stack before the element is ever reached.
      array.push(array[m.at % array.length]);
      return root;
    }
    case 'empty': {
      const path = pickPath(paths, m.at, (v) => Array.isArray(v) || isRecord(v), root);
      return path ? setAt(root, path, Array.isArray(getAt(root, path)) ? [] : {}) : root;
    }
    case 'extra-key': {
      const path = pickPath(paths, m.at, isRecord, root);
      return path ? setAt(root, [...path, m.key], m.value) : root;
    }
    case 'prototype-keys': {
      const path = pickPath(paths, m.at, isRecord, root);
      if (!path) return root;
      const target = getAt(root, path) as Record<string, unknown>;
      // As JSON.parse makes them: own data properties, not prototype changes.
      const polluting = JSON.parse(
        '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}',
      ) as Record<string, unknown>;
      for (const key of Object.keys(polluting)) {
        Object.defineProperty(target, key, {
          value: polluting[key],
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return root;
    }
  }
}

/** A valid message with 1–4 mutations. */
export function mutated(base: Json): fc.Arbitrary<Json> {
  return fc
    .array(mutation, { minLength: 1, maxLength: 4 })
    .map((mutations) => mutations.reduce<Json>((root, m) => applyMutation(root, m), structuredClone(base)));
}

export const stepTypes = Object.keys(stepFixtures) as (keyof typeof stepFixtures)[];

/** A step answer: a valid fixture (sometimes untouched), mutated, or any JSON. */
export function stepAnswer(type?: keyof typeof stepFixtures): fc.Arbitrary<Json> {
  const bases = type ? [stepFixtures[type]] : Object.values(stepFixtures);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...bases).map((base) => structuredClone(base) as Json) },
    { weight: 6, arbitrary: fc.oneof(...bases.map((base) => mutated(base))) },
    { weight: 2, arbitrary: fc.jsonValue() },
    { weight: 1, arbitrary: anyValue },
  );
}

/** A chat-flow activity of one type (or any): valid, mutated, or any JSON. */
export function activity(type?: keyof typeof activityFixtures): fc.Arbitrary<Json> {
  const bases = type ? [activityFixtures[type]] : Object.values(activityFixtures);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...bases).map((base) => structuredClone(base) as Json) },
    { weight: 6, arbitrary: fc.oneof(...bases.map((base) => mutated(base))) },
    { weight: 2, arbitrary: fc.jsonValue() },
    { weight: 1, arbitrary: anyValue },
  );
}
