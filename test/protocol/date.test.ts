/**
 * Protocol dates (PROTOCOL.md section 1, DECISIONS.md D23).
 */
import { expect } from '@open-wc/testing';
import { parseProtocolDate, parseStep } from '../../src/protocol/index.js';
import { clone, productSelectionStep, returnDetailsStep } from './fixtures.js';
import { issueAt, okResult, setAt } from './helpers.js';

describe('protocol dates', () => {
  it('reads a date-only string as a calendar date at UTC midnight', () => {
    const date = parseProtocolDate('2025-03-10');
    expect(date).to.include({ kind: 'calendar', year: 2025, month: 3, day: 10, hour: 0 });
    expect(date!.epochMs).to.equal(Date.UTC(2025, 2, 10));
  });

  it('reads a local time as wall-clock fields, as if UTC', () => {
    const date = parseProtocolDate('2025-03-10T01:20:00');
    expect(date).to.include({ kind: 'local', hour: 1, minute: 20, second: 0 });
    expect(date!.epochMs).to.equal(Date.UTC(2025, 2, 10, 1, 20));
    expect(date).not.to.have.property('offsetMinutes');
  });

  it('makes seconds and a fraction optional', () => {
    expect(parseProtocolDate('2025-03-10T14:30')!.epochMs).to.equal(Date.UTC(2025, 2, 10, 14, 30));
    expect(parseProtocolDate('2025-03-10T14:30:15.5')!.millisecond).to.equal(500);
    expect(parseProtocolDate('2025-03-10T14:30:15.123456')!.millisecond).to.equal(123);
  });

  it('reads a local time of exactly midnight as a calendar date', () => {
    expect(parseProtocolDate('2025-03-10T00:00:00')!.kind).to.equal('calendar');
    expect(parseProtocolDate('2025-03-10T00:00')!.kind).to.equal('calendar');
    expect(parseProtocolDate('2025-03-10T00:00:00.001')!.kind).to.equal('local');
  });

  it('reads offset forms as real instants', () => {
    expect(parseProtocolDate('2025-03-10T14:30:00Z')).to.include({ kind: 'instant', offsetMinutes: 0 });
    expect(parseProtocolDate('2025-03-10T14:30:00Z')!.epochMs).to.equal(Date.UTC(2025, 2, 10, 14, 30));
    const plusOne = parseProtocolDate('2025-03-10T14:30:00+01:00')!;
    expect(plusOne.offsetMinutes).to.equal(60);
    expect(plusOne.epochMs).to.equal(Date.UTC(2025, 2, 10, 13, 30));
    expect(parseProtocolDate('2025-03-10T14:30:00-0530')!.epochMs).to.equal(Date.UTC(2025, 2, 10, 20, 0));
    expect(parseProtocolDate('2025-03-10T00:00:00Z')!.kind).to.equal('instant');
  });

  it('refuses impossible dates and times', () => {
    for (const text of [
      '2025-02-30',
      '2025-02-29',
      '2100-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '2025-03-10T25:00:00',
      '2025-03-10T12:60',
      '2025-03-10T12:00:61',
      '2025-03-10T12:00:00+25:00',
    ]) {
      expect(parseProtocolDate(text), text).to.equal(null);
    }
    expect(parseProtocolDate('2024-02-29')!.day).to.equal(29);
    expect(parseProtocolDate('2000-02-29')!.day).to.equal(29);
  });

  it('refuses other formats', () => {
    for (const text of ['10/03/2025', '2025-3-10', '2025-03-10 14:30', 'yesterday', '', '2025-03-10T14', '20250310']) {
      expect(parseProtocolDate(text), text).to.equal(null);
    }
  });

  it('handles years before 100 without the Date.UTC offset', () => {
    expect(new Date(parseProtocolDate('0050-06-15')!.epochMs).getUTCFullYear()).to.equal(50);
  });

  it('reports 30 February at its path and keeps the original string when valid', () => {
    const json = clone(returnDetailsStep);
    setAt(json, ['payload', 'returnSubmittedDate'], '2025-02-30');
    expect(issueAt(parseStep(json), 'payload.returnSubmittedDate').message).to.equal(
      'not a real calendar date: "2025-02-30"',
    );
    const valid = okResult(parseStep(clone(returnDetailsStep))).value;
    expect(valid).to.have.nested.property('payload.returnSubmittedDate', '2025-03-14T09:05:00Z');
  });

  it('reports an impossible time', () => {
    const json = clone(productSelectionStep);
    setAt(json, ['payload', 'orderDate'], '2025-03-10T25:00:00');
    expect(issueAt(parseStep(json), 'payload.orderDate').message).to.equal('not a real time: "2025-03-10T25:00:00"');
  });
});
