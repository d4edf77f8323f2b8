import { expect } from '@open-wc/testing';
import {
  isAllDay,
  isOvernight,
  openingState,
  parseDayHours,
  previousDay,
  unparsedDays,
  zonedTime,
} from '../../../../src/components/returns-portal/steps/opening-hours.js';

/** 12 March 2025 was a Wednesday; 15 March a Saturday, 16 March a Sunday. */
const utc = (iso: string) => new Date(`${iso}Z`);

describe('opening hours', () => {
  describe('parseDayHours', () => {
    it('reads one range, closed, all day and comma-separated ranges', () => {
      expect(parseDayHours('09:00-17:30')).to.deep.equal({ kind: 'open', ranges: [{ start: 540, end: 1050 }] });
      expect(parseDayHours(' Closed ')).to.deep.equal({ kind: 'closed' });
      const allDay = parseDayHours('00:00-24:00');
      expect(allDay).to.deep.equal({ kind: 'open', ranges: [{ start: 0, end: 1440 }] });
      expect(isAllDay({ start: 0, end: 1440 })).to.be.true;
      expect(parseDayHours('09:00-12:00, 13:00-17:00')).to.deep.equal({
        kind: 'open',
        ranges: [
          { start: 540, end: 720 },
          { start: 780, end: 1020 },
        ],
      });
    });

    it('reads a range past midnight', () => {
      const parsed = parseDayHours('22:00-02:00');
      expect(parsed).to.deep.equal({ kind: 'open', ranges: [{ start: 1320, end: 120 }] });
      expect(isOvernight({ start: 1320, end: 120 })).to.be.true;
      expect(isOvernight({ start: 540, end: 1050 })).to.be.false;
    });

    it('keeps anything else as given', () => {
      for (const text of [
        '9am-5pm',
        '25:00-26:00',
        '09:60-10:00',
        '24:00-02:00',
        'by appointment',
        '09:00-17:00,',
        '',
      ]) {
        expect(parseDayHours(text), text).to.deep.equal({ kind: 'unparsed', text });
      }
      expect(parseDayHours(undefined)).to.deep.equal({ kind: 'none' });
    });

    it('lists the days it could not read', () => {
      expect(unparsedDays({ mon: '09:00-17:00', tue: 'ask inside', sun: 'closed' })).to.deep.equal([
        { day: 'tue', text: 'ask inside' },
      ]);
      expect(unparsedDays(undefined)).to.deep.equal([]);
    });
  });

  describe('zonedTime', () => {
    it('reads the weekday and time in an IANA zone', () => {
      expect(zonedTime(utc('2025-03-12T10:00:00'), 'UTC')).to.deep.equal({ day: 'wed', minutes: 600 });
      // Tokyo is UTC+9 (no daylight saving): 20:30 UTC on Wednesday is 05:30 on Thursday.
      expect(zonedTime(utc('2025-03-12T20:30:00'), 'Asia/Tokyo')).to.deep.equal({ day: 'thu', minutes: 330 });
      // London moves to BST at 01:00 UTC on 30 March 2025.
      expect(zonedTime(utc('2025-03-30T00:30:00'), 'Europe/London')).to.deep.equal({ day: 'sun', minutes: 30 });
      expect(zonedTime(utc('2025-03-30T01:30:00'), 'Europe/London')).to.deep.equal({ day: 'sun', minutes: 150 });
    });

    it('uses the shopper’s zone without one, midnight as 0', () => {
      expect(zonedTime(new Date(2025, 2, 12, 0, 0))).to.deep.equal({ day: 'wed', minutes: 0 });
      expect(zonedTime(new Date(2025, 2, 16, 23, 59))).to.deep.equal({ day: 'sun', minutes: 1439 });
    });

    it('knows the day before', () => {
      expect(previousDay('mon')).to.equal('sun');
      expect(previousDay('sun')).to.equal('sat');
    });
  });

  describe('openingState', () => {
    const hours = {
      mon: '09:00-17:30',
      tue: '09:00-17:30',
      wed: '09:00-17:30',
      thu: '09:00-12:00, 13:00-17:00',
      fri: '22:00-02:00',
      sat: 'closed',
      sun: '00:00-24:00',
    };

    it('is open inside a range and closed now outside it', () => {
      expect(openingState(hours, utc('2025-03-12T09:00:00'), 'UTC')).to.equal('open');
      expect(openingState(hours, utc('2025-03-12T17:29:00'), 'UTC')).to.equal('open');
      expect(openingState(hours, utc('2025-03-12T17:30:00'), 'UTC')).to.equal('closed-now');
      expect(openingState(hours, utc('2025-03-12T08:59:00'), 'UTC')).to.equal('closed-now');
    });

    it('is closed today on a closed day', () => {
      expect(openingState({ ...hours, fri: 'closed' }, utc('2025-03-15T12:00:00'), 'UTC')).to.equal('closed-today');
    });

    it('is open after midnight in a range that started yesterday', () => {
      // Friday 22:00-02:00: open on Friday at 23:00 and on Saturday at 01:00, though Saturday is closed.
      expect(openingState(hours, utc('2025-03-14T23:00:00'), 'UTC')).to.equal('open');
      expect(openingState(hours, utc('2025-03-15T01:00:00'), 'UTC')).to.equal('open');
      expect(openingState(hours, utc('2025-03-15T02:00:00'), 'UTC')).to.equal('closed-today');
      expect(openingState(hours, utc('2025-03-14T21:59:00'), 'UTC')).to.equal('closed-now');
    });

    it('is open all day with 00:00-24:00', () => {
      expect(openingState(hours, utc('2025-03-16T00:00:00'), 'UTC')).to.equal('open');
      expect(openingState(hours, utc('2025-03-16T23:59:00'), 'UTC')).to.equal('open');
    });

    it('reads comma-separated ranges', () => {
      expect(openingState(hours, utc('2025-03-13T11:59:00'), 'UTC')).to.equal('open');
      expect(openingState(hours, utc('2025-03-13T12:30:00'), 'UTC')).to.equal('closed-now');
      expect(openingState(hours, utc('2025-03-13T13:00:00'), 'UTC')).to.equal('open');
    });

    it('gives no badge for text it cannot read or a day without hours', () => {
      expect(openingState({ wed: '9am-5pm' }, utc('2025-03-12T10:00:00'), 'UTC')).to.equal(null);
      expect(openingState({ mon: '09:00-17:00' }, utc('2025-03-12T10:00:00'), 'UTC')).to.equal(null);
      expect(openingState(undefined, utc('2025-03-12T10:00:00'), 'UTC')).to.equal(null);
    });

    it('reads the hours in payload.timeZone', () => {
      const now = utc('2025-03-12T10:00:00'); // Wednesday 10:00 UTC, 19:00 in Tokyo
      expect(openingState(hours, now, 'UTC')).to.equal('open');
      expect(openingState(hours, now, 'Asia/Tokyo')).to.equal('closed-now');
      // 23:30 UTC on Wednesday is 08:30 on Thursday in Tokyo: before Thursday's first range.
      expect(openingState(hours, utc('2025-03-12T23:30:00'), 'Asia/Tokyo')).to.equal('closed-now');
      // …and 00:30 UTC on Thursday is 09:30 there: open.
      expect(openingState(hours, utc('2025-03-13T00:30:00'), 'Asia/Tokyo')).to.equal('open');
    });

    it('uses the shopper’s zone when there is no timeZone', () => {
      expect(openingState(hours, new Date(2025, 2, 12, 10, 0))).to.equal('open');
      expect(openingState(hours, new Date(2025, 2, 12, 18, 0))).to.equal('closed-now');
    });
  });
});
