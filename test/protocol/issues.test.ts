/**
 * Paths and messages of issues (DECISIONS.md D21).
 */
import { expect } from '@open-wc/testing';
import { formatPath, parseActivity, parseStep } from '../../src/protocol/index.js';
import { convertIssues, describeValue, valueAt } from '../../src/protocol/issues.js';
import { clone, orderTrackerActivity, productSelectionStep } from './fixtures.js';
import { issueAt, setAt } from './helpers.js';

describe('issue paths and messages', () => {
  it('formats paths like JavaScript', () => {
    expect(formatPath(['payload', 'products', 2, 'price', 'amount'])).to.equal('payload.products[2].price.amount');
    expect(formatPath([])).to.equal('');
    expect(formatPath([0, 'id'])).to.equal('[0].id');
    expect(formatPath(['invalidQuantities', '2'])).to.equal('invalidQuantities["2"]');
    expect(formatPath(['inputs', 'my key'])).to.equal('inputs["my key"]');
  });

  it('cuts quoted input to 40 characters', () => {
    const long = 'x'.repeat(100);
    const json = clone(orderTrackerActivity);
    setAt(json, ['payload', 'totalShipments'], long);
    expect(issueAt(parseActivity(json), 'payload.totalShipments').message).to.equal(
      `expected a number, got "${'x'.repeat(40)}…"`,
    );
    expect(describeValue(Array.from({ length: 50 }, (_, i) => i))).to.have.length(41);
  });

  it('describes values safely', () => {
    expect(describeValue('a')).to.equal('"a"');
    expect(describeValue(undefined)).to.equal('nothing');
    expect(describeValue(null)).to.equal('null');
    expect(describeValue(true)).to.equal('true');
    expect(describeValue(1n)).to.equal('a bigint');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(describeValue(cycle)).to.equal('a object');
  });

  it('reads values along own properties only', () => {
    expect(valueAt({ a: [{ b: 1 }] }, ['a', 0, 'b'])).to.equal(1);
    expect(valueAt({ a: 1 }, ['a', 'b'])).to.equal(undefined);
    expect(valueAt({}, ['toString'])).to.equal(undefined);
  });

  it('reports every issue of a message, not only the first', () => {
    const json = clone(productSelectionStep);
    setAt(json, ['payload', 'products', 0, 'price', 'amount'], 'free');
    setAt(json, ['payload', 'products', 2, 'quantity'], 0);
    delete (json.payload as Record<string, unknown>).status;
    const result = parseStep(json);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path).sort()).to.deep.equal(
        ['payload.products[0].price.amount', 'payload.products[2].quantity', 'payload.status'].sort(),
      );
    }
  });

  it('writes readable messages for every issue code', () => {
    const root = { a: 'x', list: [1, 2, 3], n: 5 };
    const convert = (issue: object) => convertIssues([issue as never], root)[0]!.message;
    expect(convert({ code: 'too_small', origin: 'array', minimum: 2, path: ['list'] })).to.equal(
      'expected at least 2 items',
    );
    expect(convert({ code: 'too_small', origin: 'string', minimum: 3, path: ['a'] })).to.equal(
      'expected at least 3 characters, got "x"',
    );
    expect(convert({ code: 'too_small', origin: 'string', minimum: 1, path: ['a'] })).to.equal('must not be empty');
    expect(convert({ code: 'too_small', origin: 'number', minimum: 10, path: ['n'] })).to.equal(
      'expected a number ≥ 10, got 5',
    );
    expect(convert({ code: 'too_big', origin: 'array', maximum: 2, path: ['list'] })).to.equal(
      'expected at most 2 items',
    );
    expect(convert({ code: 'too_big', origin: 'string', maximum: 0, path: ['a'] })).to.equal(
      'expected at most 0 characters',
    );
    expect(convert({ code: 'too_big', origin: 'number', maximum: 1, path: ['n'] })).to.equal(
      'expected a number ≤ 1, got 5',
    );
    expect(convert({ code: 'invalid_format', format: 'email', path: ['a'] })).to.equal('expected email, got "x"');
    expect(convert({ code: 'not_multiple_of', divisor: 2, path: ['n'] })).to.equal('invalid value 5');
    expect(convert({ code: 'custom', message: 'Invalid input', path: ['n'] })).to.equal('invalid value 5');
    expect(convert({ code: 'invalid_union', errors: [[]], path: ['n'] })).to.equal('unexpected value 5');
  });
});
