/**
 * Protocol dates (PROTOCOL.md section 1, DECISIONS.md D23), read without a date library.
 *
 * Three forms are accepted:
 * - `calendar`: a date only (`2025-03-10`), or a local time of exactly midnight
 *   (`2025-03-10T00:00:00`) — a day, shown without a time;
 * - `local`: a wall-clock time without an offset (`2025-03-10T14:30`, seconds and a fraction
 *   optional);
 * - `instant`: a time with an offset (`…Z`, `…+01:00`, `…+0100`), a real moment.
 *
 * `calendar` and `local` carry `epochMs` computed as if their fields were UTC, so a formatter that
 * uses `timeZone: 'UTC'` shows exactly the fields that were sent and never shifts a day.
 */

/** The kind of a protocol date; see the module comment. */
export type ProtocolDateKind = 'calendar' | 'local' | 'instant';

/** A parsed protocol date: its kind, its fields as written, and a time value to format. */
export type ProtocolDate = {
  kind: ProtocolDateKind;
  /** For `instant`, the real moment; otherwise the wall-clock fields read as UTC. */
  epochMs: number;
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC, only for `instant` (`+01:00` → 60). */
  offsetMinutes?: number;
};

/** Why a string is not a protocol date: not shaped like one, or shaped but impossible. */
export type DateProblem = 'format' | 'calendar' | 'time';

const DATE_FORM =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `Date.UTC` without its 1900 offset for years 0–99. */
function utc(year: number, month: number, day: number, h: number, m: number, s: number, ms: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(h, m, s, ms);
  return date.getTime();
}

/**
 * Reads a date string, or says what is wrong with it. Used by the schema (to choose a message)
 * and by {@link parseProtocolDate}.
 */
export function readProtocolDate(text: string): ProtocolDate | DateProblem {
  const match = typeof text === 'string' ? DATE_FORM.exec(text.trim()) : null;
  if (!match) return 'format';
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'calendar';

  if (h === undefined) {
    return {
      kind: 'calendar',
      epochMs: utc(year, month, day, 0, 0, 0, 0),
      year,
      month,
      day,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
    };
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millisecond = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  if (hour > 23 || minute > 59 || second > 59) return 'time';

  const fields = { year, month, day, hour, minute, second, millisecond };
  const wallClock = utc(year, month, day, hour, minute, second, millisecond);
  if (offset === undefined) {
    const midnight = hour === 0 && minute === 0 && second === 0 && millisecond === 0;
    return { kind: midnight ? 'calendar' : 'local', epochMs: wallClock, ...fields };
  }
  let offsetMinutes = 0;
  if (offset !== 'Z' && offset !== 'z') {
    const digits = offset.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (oh > 23 || om > 59) return 'time';
    offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  return { kind: 'instant', epochMs: wallClock - offsetMinutes * 60_000, ...fields, offsetMinutes };
}

/**
 * Parses a protocol date, or returns `null` for anything else — including impossible dates
 * (`2025-02-30`, month 13, hour 25).
 */
export function parseProtocolDate(text: string): ProtocolDate | null {
  const result = readProtocolDate(text);
  return typeof result === 'string' ? null : result;
}
