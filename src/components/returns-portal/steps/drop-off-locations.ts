/**
 * The `drop_off_locations` step (PROTOCOL.md 4.8, DECISIONS.md D7, D23, D34): drop-off points
 * nearest first, each with its distance, today's hours, an open/closed badge, the week's hours
 * (a disclosure), a map link and a copy-address button; and a way to search elsewhere.
 *
 * A side-effect-free view (D37). Everything it remembers is UI state kept by the portal through
 * `context.actions.toggleUi`:
 * - `drop_off_locations:week:<id>` — the week's hours of a location are shown;
 * - `drop_off_locations:locating` — a geolocation request is running;
 * - `geo-denied` — the browser refused or failed to give a position (a short message is shown
 *   and the list is kept);
 * - `copied:<id>` / `copy-failed:<id>` — the outcome of the last "Copy address".
 *
 * The only browser APIs are called from event handlers: `navigator.geolocation.getCurrentPosition`
 * (the button exists only when `'geolocation' in navigator`) and `navigator.clipboard.writeText`.
 */
import { formatDistance } from '../../../i18n/format.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import { renderImage } from '../../../internal/images.js';
import type { DropOffLocation, DropOffLocationsStep, OperatingHours } from '../../../protocol/index.js';
import { dropOffLocationsEnglish } from '../../../i18n/en/portal-steps.js';
import type { PortalLocalizer, StepContext, StepView } from './step-view.js';
import { mapsUrl, sortByDistance } from './geo.js';
import {
  openingState,
  parseDayHours,
  weekdays,
  zonedTime,
  type DayHours,
  type OpeningState,
  type Weekday,
} from './opening-hours.js';

/** UI flag: the browser refused or failed to give a position. */
export const GEO_DENIED_UI = 'geo-denied';
/** UI flag: a geolocation request is running. */
export const LOCATING_UI = 'drop_off_locations:locating';
/** UI flag: the week's hours of location `id` are shown. */
export const weekUi = (id: string) => `drop_off_locations:week:${id}`;
/** UI flag: the address of location `id` was copied. */
export const copiedUi = (id: string) => `copied:${id}`;
/** UI flag: copying the address of location `id` failed. */
export const copyFailedUi = (id: string) => `copy-failed:${id}`;

const timeFormats = new Map<string, Intl.DateTimeFormat>();
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function cached<F>(cache: Map<string, F>, locale: string, create: () => F): F {
  let format = cache.get(locale);
  if (!format) {
    format = create();
    cache.set(locale, format);
  }
  return format;
}

/** `HH:MM` (minutes after midnight) in the shopper's locale (`17:30`, `5:30 PM`). */
export function formatTimeOfDay(minutes: number, locale: string): string {
  const format = cached(
    timeFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }),
  );
  return format.format(Date.UTC(2000, 0, 1, 0, minutes % (24 * 60)));
}

/** The localised name of a weekday (`Monday`, `lundi`). */
export function weekdayName(day: Weekday, locale: string): string {
  const format = cached(
    weekdayFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }),
  );
  // 1 January 2024 was a Monday.
  return format.format(Date.UTC(2024, 0, 1 + weekdays.indexOf(day)));
}

/** One day's hours as text: ranges in the shopper's locale, "Closed", "Open 24 hours", or the text as given. */
export function hoursText(hours: DayHours, l: PortalLocalizer): string {
  switch (hours.kind) {
    case 'none':
      return l.t('dolNoHours');
    case 'closed':
      return l.t('dolClosed');
    case 'unparsed':
      return hours.text;
    case 'open': {
      if (hours.ranges.length === 1 && hours.ranges[0].start === 0 && hours.ranges[0].end === 24 * 60)
        return l.t('dolAllDay');
      const ranges = hours.ranges.map((range) =>
        l.t('dolHoursRange', {
          start: formatTimeOfDay(range.start, l.locale),
          end: formatTimeOfDay(range.end, l.locale),
        }),
      );
      return cached(
        listFormats,
        l.locale,
        () => new Intl.ListFormat(l.locale, { type: 'unit', style: 'short' }),
      ).format(ranges);
    }
  }
}

const badgeKey = { open: 'dolOpenNow', 'closed-now': 'dolClosedNow', 'closed-today': 'dolClosedToday' } as const;

function renderBadge(state: OpeningState | null, l: PortalLocalizer) {
  if (state === null) return nothing;
  return html`<span class="dol-badge ${state === 'open' ? 'is-open' : 'is-closed'}">${l.t(badgeKey[state])}</span>`;
}

function renderWeek(
  location: DropOffLocation,
  hours: OperatingHours,
  today: Weekday,
  id: string,
  l: PortalLocalizer,
): TemplateResult {
  return html`<table class="dol-week" id=${id}>
    <caption class="visually-hidden">
      ${l.t('dolWeekCaption', { name: location.name })}
    </caption>
    <tbody>
      ${weekdays.map(
        (day) =>
          html`<tr class=${day === today ? 'dol-today-row' : ''}>
            <th scope="row">
              ${weekdayName(day, l.locale)}${day === today ? html` <span class="dol-today-marker">${l.t('dolTodayMarker')}</span>` : nothing}
            </th>
            <td>${hoursText(parseDayHours(hours[day]), l)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

async function copyAddress(location: DropOffLocation, context: StepContext): Promise<void> {
  const { ui, actions } = context;
  const copied = copiedUi(location.id);
  const failed = copyFailedUi(location.id);
  let ok = true;
  try {
    await navigator.clipboard.writeText(location.addressString);
  } catch {
    ok = false;
  }
  // One confirmation at a time: the newest outcome replaces the others.
  for (const key of ui) {
    if ((key.startsWith('copied:') || key.startsWith('copy-failed:')) && key !== (ok ? copied : failed))
      actions.toggleUi(key);
  }
  const wanted = ok ? copied : failed;
  if (!ui.has(wanted)) actions.toggleUi(wanted);
}

function renderLocation(
  location: DropOffLocation,
  index: number,
  distance: number,
  step: DropOffLocationsStep,
  context: StepContext,
): TemplateResult {
  const { l, ui, actions, now } = context;
  const { timeZone, distanceUnit } = step.payload;
  const today = zonedTime(now, timeZone).day;
  const hours = location.operatingHours;
  const weekKey = weekUi(location.id);
  const weekShown = ui.has(weekKey);
  const weekId = `dol-week-${index}`;
  const nameId = `dol-name-${index}`;
  const copied = ui.has(copiedUi(location.id));
  const copyFailed = ui.has(copyFailedUi(location.id));
  const forLocation = html`<span class="visually-hidden"> ${l.t('dolOfLocation', { name: location.name })}</span>`;
  return html`<li class="card dol-location">
    <div class="dol-head">
      ${location.image !== undefined ? renderImage(location.image, '', l) : nothing}
      <div class="dol-lines">
        <h4 class="dol-name" id=${nameId}>${location.name}</h4>
        <p class="dol-address">${location.addressString}</p>
        <p class="muted dol-distance">
          ${l.t('dolDistance', { distance: formatDistance(distance, distanceUnit, l.locale) })}
        </p>
      </div>
    </div>
    ${
      hours
        ? html`<p class="dol-today">
              ${renderBadge(openingState(hours, now, timeZone), l)}
              <span class="dol-today-hours"
                >${l.t('dolToday', { hours: hoursText(parseDayHours(hours[today]), l) })}</span
              >
            </p>
            <button
              type="button"
              class="disclosure dol-disclosure"
              aria-expanded=${weekShown ? 'true' : 'false'}
              aria-controls=${weekId}
              @click=${() => actions.toggleUi(weekKey)}
            >
              <span class="disclosure-icon" aria-hidden="true"></span>
              <span>${l.t(weekShown ? 'dolHideWeek' : 'dolShowWeek')}</span>
            </button>
            ${weekShown ? renderWeek(location, hours, today, weekId, l) : nothing}`
        : nothing
    }
    <div class="dol-actions">
      <a
        class="link-button dol-maps"
        href=${mapsUrl(location.coordinates, l.t('mapsUrl'))}
        target="_blank"
        rel="noopener noreferrer"
        >${l.t('dolOpenInMaps')}${forLocation}<span class="visually-hidden"> ${l.t('opensInNewTab')}</span></a
      >
      <button type="button" class="secondary dol-copy" @click=${() => void copyAddress(location, context)}>
        ${copied ? l.t('dolCopied') : l.t('dolCopyAddress')}${forLocation}
      </button>
    </div>
    ${copyFailed ? html`<p class="field-error dol-copy-failed">${l.t('dolCopyFailed')}</p>` : nothing}
  </li>`;
}

function onSearch(context: StepContext) {
  return (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.querySelector<HTMLInputElement>('#dol-address');
    const address = (input?.value ?? '').trim();
    if (!address) {
      input?.focus();
      return;
    }
    if (context.ui.has(GEO_DENIED_UI)) context.actions.toggleUi(GEO_DENIED_UI);
    context.actions.searchLocation({ address });
  };
}

function onUseMyLocation(context: StepContext) {
  return () => {
    const { ui, actions } = context;
    if (ui.has(LOCATING_UI)) return;
    actions.toggleUi(LOCATING_UI);
    const done = () => actions.toggleUi(LOCATING_UI);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        done();
        if (ui.has(GEO_DENIED_UI)) actions.toggleUi(GEO_DENIED_UI);
        actions.searchLocation({ coordinates: { lat: position.coords.latitude, lng: position.coords.longitude } });
      },
      () => {
        done();
        if (!ui.has(GEO_DENIED_UI)) actions.toggleUi(GEO_DENIED_UI);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };
}

function renderSearch(step: DropOffLocationsStep, context: StepContext): TemplateResult {
  const { l, ui } = context;
  const address = step.payload.userLocation.addressString?.trim();
  const canLocate = typeof navigator !== 'undefined' && 'geolocation' in navigator;
  const locating = ui.has(LOCATING_UI);
  const status = locating ? l.t('dolLocating') : ui.has(GEO_DENIED_UI) ? l.t('dolGeoDenied') : '';
  return html`<form class="dol-search" role="search" aria-label=${l.t('dolSearchRegion')} @submit=${onSearch(context)}>
    ${address ? html`<p class="dol-near">${l.t('dolNear', { address })}</p>` : nothing}
    <div class="field">
      <label class="field-label" for="dol-address">${l.t('dolSearchLabel')}</label>
      <div class="dol-search-row">
        <input id="dol-address" name="address" type="search" autocomplete="street-address" />
        <button type="submit" class="secondary dol-submit">${l.t('dolSearch')}</button>
      </div>
    </div>
    ${
      canLocate
        ? html`<button
            type="button"
            class="secondary dol-locate"
            aria-disabled=${locating ? 'true' : 'false'}
            @click=${onUseMyLocation(context)}
          >
            <span class="dol-pin" aria-hidden="true"></span>${l.t('dolUseLocation')}
          </button>`
        : nothing
    }
    <p class="dol-geo-status muted" role="status">${status}</p>
  </form>`;
}

/** The text of the live region announcing the last copy. */
function copyAnnouncement(step: DropOffLocationsStep, context: StepContext): string {
  const { ui, l } = context;
  for (const location of step.payload.dropOffLocations) {
    if (ui.has(copiedUi(location.id))) return l.t('dolAddressCopied', { name: location.name });
    if (ui.has(copyFailedUi(location.id))) return l.t('dolCopyFailed');
  }
  return '';
}

/** The `drop_off_locations` view; hours it cannot read are reported by `step-issues.ts`. */
export const dropOffLocationsView: StepView<DropOffLocationsStep> = {
  english: dropOffLocationsEnglish,

  render(step, context) {
    const { l } = context;
    const { dropOffLocations, userLocation, distanceUnit } = step.payload;
    const sorted = sortByDistance(dropOffLocations, userLocation.coordinates, distanceUnit);
    return html`${renderSearch(step, context)}
      <section class="dol-results" aria-labelledby="dol-count">
        <h3 id="dol-count" class="dol-count">
          ${sorted.length > 0 ? l.t('dolCount', { count: sorted.length }) : l.t('dolNone')}
        </h3>
        ${
          sorted.length > 0
            ? html`<ol class="dol-list">
                ${sorted.map(({ item, distance }, index) => renderLocation(item, index, distance, step, context))}
              </ol>`
            : nothing
        }
      </section>
      <p class="visually-hidden" role="status">${copyAnnouncement(step, context)}</p>`;
  },

  styles: css`
    .dol-search {
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }

    .dol-near {
      overflow-wrap: anywhere;
    }

    .dol-search-row {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
    }

    .dol-search-row input {
      flex: 1 1 10rem;
      inline-size: auto;
      min-inline-size: 0;
    }

    .dol-submit {
      flex: 0 0 auto;
    }

    .dol-locate {
      justify-self: start;
      max-inline-size: 100%;
    }

    .dol-locate[aria-disabled='true'] {
      color: var(--_text-muted);
      cursor: progress;
    }

    .dol-pin {
      flex: none;
      inline-size: 0.75rem;
      aspect-ratio: 1;
      border: 2px solid currentColor;
      border-radius: 50% 50% 50% 0;
      transform: rotate(-45deg);
    }

    .dol-results {
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }

    .dol-count {
      margin: 0;
      font-size: 1rem;
    }

    .dol-list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }

    .dol-location {
      min-inline-size: 0;
    }

    .dol-head {
      display: flex;
      gap: var(--_space);
      align-items: flex-start;
    }

    .dol-lines {
      display: grid;
      gap: 0.125rem;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }

    .dol-name {
      margin: 0;
      font-size: 1rem;
    }

    .dol-today {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
    }

    .dol-badge {
      display: inline-block;
      padding: 0.0625rem 0.5rem;
      border-radius: 999px;
      border: 1px solid currentColor;
      font-size: var(--_font-size-small);
      font-weight: 600;
    }

    .dol-badge.is-open {
      color: var(--_success);
    }

    .dol-badge.is-closed {
      color: var(--_danger);
    }

    .dol-disclosure {
      color: var(--_accent);
    }

    .dol-week {
      inline-size: 100%;
      border-collapse: collapse;
      font-size: var(--_font-size-small);
    }

    .dol-week th,
    .dol-week td {
      padding-block: 0.25rem;
      text-align: start;
      vertical-align: top;
      border-block-end: 1px solid var(--_border);
    }

    .dol-week th {
      padding-inline-end: var(--_space);
      font-weight: normal;
    }

    .dol-week td {
      overflow-wrap: anywhere;
    }

    .dol-today-row th,
    .dol-today-row td {
      font-weight: 600;
    }

    .dol-actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
    }

    .dol-actions > * {
      flex: 1 1 8rem;
    }
  `,
};
