/**
 * Opening hours of drop-off locations (PROTOCOL.md 4.8, DECISIONS.md D23), as pure functions:
 * reading `"09:00-17:30"`, `"closed"` and comma-separated ranges, finding the weekday and time in
 * an IANA zone with `Intl` (no date library), and the "open now" badge. No DOM, no Lit.
 *
 * Rules (D23): a range whose end is not after its start (`22:00-02:00`) runs past midnight into
 * the next day; `00:00-24:00` is all day; anything else is kept as given, gets no badge and is
 * reported as a warning.
 */
import type { OperatingHours } from '../../../protocol/index.js';

/** The weekdays as the protocol names them, Monday first. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** One weekday key of `operatingHours`. */
export type Weekday = (typeof weekdays)[number];

/** Minutes in a day. */
const DAY = 24 * 60;

/**
 * An opening range in minutes after midnight. `end` is in `1…1440`; `end <= start` means the
 * range runs past midnight and ends at `end` the next day.
 */
export interface HoursRange {
  readonly start: number;
  readonly end: number;
}

/** What one day's text says. */
export type DayHours =
  /** No entry for the day: unknown, no badge. */
  | { readonly kind: 'none' }
  | { readonly kind: 'closed' }
  | { readonly kind: 'open'; readonly ranges: readonly HoursRange[] }
  /** Text that is not in the documented format: shown as given, no badge, a warning. */
  | { readonly kind: 'unparsed'; readonly text: string };

/** The badge of a location at a moment. */
export type OpeningState = 'open' | 'closed-now' | 'closed-today';

const RANGE = /^(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})$/;

/** Minutes after midnight of `HH:MM`, or `undefined` if it is not a time (`24:00` only as an end). */
function minutes(hour: string, minute: string, isEnd: boolean): number | undefined {
  const h = Number(hour);
  const m = Number(minute);
  if (m > 59) return undefined;
  if (h === 24 && m === 0 && isEnd) return DAY;
  if (h > 23) return undefined;
  return h * 60 + m;
}

function parseRange(text: string): HoursRange | undefined {
  const match = RANGE.exec(text.trim());
  if (!match) return undefined;
  const [, sh, sm, eh, em] = match;
  const start = minutes(sh, sm, false);
  const end = minutes(eh, em, true);
  if (start === undefined || end === undefined) return undefined;
  return { start, end };
}

/** Reads one day's text: `"09:00-17:30"`, `"closed"` or ranges joined by commas. */
export function parseDayHours(text: string | undefined): DayHours {
  if (text === undefined) return { kind: 'none' };
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === 'closed') return { kind: 'closed' };
  const parts = trimmed.split(',');
  const ranges: HoursRange[] = [];
  for (const part of parts) {
    const range = parseRange(part);
    if (!range) return { kind: 'unparsed', text };
    ranges.push(range);
  }
  return { kind: 'open', ranges };
}

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

/** One day's text that is not in the documented format. */
export interface UnparsedHours {
  readonly day: Weekday;
  readonly text: string;
}

/** The days whose text could not be read (to report as warnings, D23). */
export function unparsedDays(hours: OperatingHours | undefined): UnparsedHours[] {
  if (!hours) return [];
  return weekdays.flatMap((day) => {
    const parsed = parseDayHours(hours[day]);
    return parsed.kind === 'unparsed' ? [{ day, text: parsed.text }] : [];
  });
}
