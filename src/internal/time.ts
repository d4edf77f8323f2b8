import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parseProtocolDate } from '../protocol/date.js';
import { formatDate, type DateStyle } from '../i18n/format.js';
import type { Localizer } from '../i18n/localizer.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The `datetime` attribute of a `<time>` for a protocol date: a valid HTML date (`2025-03-10`),
 * a local date-time (`2025-03-10T01:20:00`) or a UTC instant — never the raw string, which may
 * use spellings HTML does not accept. `undefined` for text that is not a protocol date.
 */
export function machineDate(text: string): string | undefined {
  const date = parseProtocolDate(text);
  if (!date) return undefined;
  const day = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
  if (date.kind === 'calendar') return day;
  if (date.kind === 'instant') return new Date(date.epochMs).toISOString();
  const ms = date.millisecond ? `.${pad(date.millisecond, 3)}` : '';
  return `${day}T${pad(date.hour)}:${pad(date.minute)}:${pad(date.second)}${ms}`;
}

/** A protocol date as `<time>`: locale-formatted text with its machine-readable `datetime`. */
export function renderTime(text: string, l: Localizer, style: DateStyle = 'date', className?: string): TemplateResult {
  return html`<time class=${ifDefined(className)} datetime=${ifDefined(machineDate(text))}
    >${formatDate(text, l.locale, style)}</time
  >`;
}
