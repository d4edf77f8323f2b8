/**
 * Reading one day's opening hours (PROTOCOL.md 4.8, DECISIONS.md D23): `"09:00-17:30"`,
 * `"closed"` and comma-separated ranges, as pure functions. Apart from opening-hours.ts because
 * the portal checks every answer's hours when it arrives (step-issues.ts, in its eager bundle),
 * while the rest — time zones, the "open now" badge — belongs to the lazy `drop_off_locations`
 * view (D36).
 */
import type { OperatingHours } from '../../../protocol/index.js';

/** The weekdays as the protocol names them, Monday first. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** One weekday key of `operatingHours`. */
export type Weekday = (typeof weekdays)[number];

/** Minutes in a day. */
export const DAY = 24 * 60;

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
