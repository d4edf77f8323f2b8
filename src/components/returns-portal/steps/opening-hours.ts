/**
 * Opening hours of drop-off locations (PROTOCOL.md 4.8, DECISIONS.md D23), as pure functions:
 * reading `"09:00-17:30"`, `"closed"` and comma-separated ranges (day-hours.ts), finding the
 * weekday and time in an IANA zone with `Intl` (no date library), and the "open now" badge. No
 * DOM, no Lit.
 *
 * Rules (D23): a range whose end is not after its start (`22:00-02:00`) runs past midnight into
 * the next day; `00:00-24:00` is all day; anything else is kept as given, gets no badge and is
 * reported as a warning.
 */
import type { OperatingHours } from '../../../protocol/index.js';
import { DAY, parseDayHours, weekdays, type HoursRange, type Weekday } from './day-hours.js';

// Reading a day's text is in day-hours.ts (eager, for the answer checks); re-exported here so the
// whole of D23 keeps one entry point.
export {
  parseDayHours,
  unparsedDays,
  weekdays,
  type DayHours,
  type HoursRange,
  type UnparsedHours,
  type Weekday,
} from './day-hours.js';

/** The badge of a location at a moment. */
export type OpeningState = 'open' | 'closed-now' | 'closed-today';

/** Whether a range runs past midnight into the next day. */
export function isOvernight(range: HoursRange): boolean {
  return range.end <= range.start;
}

/** Whether a range is the whole day (`00:00-24:00`). */
export function isAllDay(range: HoursRange): boolean {
  return range.start === 0 && range.end === DAY;
}

/** The weekday and minutes after midnight of a moment in a zone. */
export interface ZonedTime {
  readonly day: Weekday;
  readonly minutes: number;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = zoneFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      ...(timeZone ? { timeZone } : {}),
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    zoneFormats.set(key, format);
  }
  return format;
}

const weekdayOfShortName: Record<string, Weekday> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

/**
 * The weekday and time of `now` in `timeZone` (IANA), or in the shopper's zone when it is
 * absent or unknown to `Intl`.
 */
export function zonedTime(now: Date, timeZone?: string): ZonedTime {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = zoneFormat(timeZone).formatToParts(now);
  } catch {
    parts = zoneFormat(undefined).formatToParts(now);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // Some engines wrote midnight as "24" with hour12: false; h23 should not, but be safe.
  const hour = Number(part('hour')) % 24;
  return { day: weekdayOfShortName[part('weekday')] ?? 'mon', minutes: hour * 60 + Number(part('minute')) };
}

/** The day before `day`. */
export function previousDay(day: Weekday): Weekday {
  return weekdays[(weekdays.indexOf(day) + 6) % 7];
}

/**
 * The badge of a location at `now`: open now, closed now, or closed today; `null` when today's
 * hours are unknown or not in the documented format (no badge). A range that started yesterday
 * and runs past midnight counts as open now.
 */
export function openingState(hours: OperatingHours | undefined, now: Date, timeZone?: string): OpeningState | null {
  if (!hours) return null;
  const { day, minutes: at } = zonedTime(now, timeZone);
  const today = parseDayHours(hours[day]);
  const yesterday = parseDayHours(hours[previousDay(day)]);
  const carriedOver =
    yesterday.kind === 'open' && yesterday.ranges.some((range) => isOvernight(range) && at < range.end);
  if (carriedOver && today.kind !== 'unparsed') return 'open';
  switch (today.kind) {
    case 'none':
    case 'unparsed':
      return null;
    case 'closed':
      return 'closed-today';
    case 'open':
      return today.ranges.some((range) => range.start <= at && (isOvernight(range) || at < range.end))
        ? 'open'
        : 'closed-now';
  }
}
