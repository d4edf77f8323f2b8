import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { Localizer } from '../../../../src/i18n/localizer.js';
import { returnsPortalEnglish } from '../../../../src/i18n/en/returns-portal.js';
import { dropOffLocationsEnglish } from '../../../../src/i18n/en/portal-steps.js';
import {
  GEO_DENIED_UI,
  LOCATING_UI,
  copiedUi,
  copyFailedUi,
  dropOffLocationsView,
  weekUi,
} from '../../../../src/components/returns-portal/steps/drop-off-locations.js';
import { dropOffLocationsIssues } from '../../../../src/components/returns-portal/steps/step-issues.js';
import { parseStep, type DropOffLocationsStep } from '../../../../src/protocol/index.js';
import { clone, dropOffLocationsStep } from '../../../protocol/fixtures.js';
import { cleanupSteps, makeStepContext, renderStep, type ActionCall } from '../../../support/step-context.js';
import type { StepContext } from '../../../../src/components/returns-portal/steps/step-view.js';

// The English this view's localizer has in the portal: the portal's and the view's own.
const english = { ...returnsPortalEnglish, ...dropOffLocationsEnglish };

/** A 1 × 1 PNG: images load without the network. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

type Wire = ReturnType<typeof clone<typeof dropOffLocationsStep>>;

/** Wednesday 12 March 2025, 10:00 in London (GMT). */
const WEDNESDAY_10 = new Date('2025-03-12T10:00:00Z');

function parsed(wire: unknown): DropOffLocationsStep {
  const result = parseStep(wire);
  if (!result.ok || result.value.type !== 'drop_off_locations')
    throw new Error(`not a drop_off_locations step: ${JSON.stringify(result)}`);
  return result.value;
}

/** The fixture (every field, miles, Europe/London) with a local image. */
function full(edit: (wire: Wire) => void = () => {}): DropOffLocationsStep {
  const wire = clone(dropOffLocationsStep);
  wire.payload.dropOffLocations[0].image = PIXEL;
  edit(wire);
  return parsed(wire);
}

/** Only the required fields. */
function minimal(): DropOffLocationsStep {
  return parsed({
    type: 'drop_off_locations',
    payload: {
      userLocation: { coordinates: { lat: 51.508, lng: -0.1281 } },
      dropOffLocations: [
        { id: 'only', name: 'Corner shop', coordinates: { lat: 51.5308, lng: -0.1238 }, addressString: '1 High St' },
      ],
    },
  });
}

/**
 * Trafalgar Square → a point 0.23 km east (B) and King's Cross (A, 2.553 km = 1.586 mi, worked
 * out independently with the haversine formula and R = 6371.0088 km). A is sent first.
 */
function twoPoints(unit: 'km' | 'mi'): DropOffLocationsStep {
  return parsed({
    type: 'drop_off_locations',
    payload: {
      userLocation: { coordinates: { lat: 51.508, lng: -0.1281 } },
      distanceUnit: unit,
      dropOffLocations: [
        { id: 'a', name: "King's Cross", coordinates: { lat: 51.5308, lng: -0.1238 }, addressString: 'Euston Rd' },
        { id: 'b', name: 'Charing Cross', coordinates: { lat: 51.5081, lng: -0.1248 }, addressString: 'William IV St' },
      ],
    },
  });
}

function show(step: DropOffLocationsStep, overrides: Partial<StepContext> = {}) {
  const { context, calls } = makeStepContext({ now: WEDNESDAY_10, ...overrides });
  const root = renderStep(dropOffLocationsView.render(step, context), [dropOffLocationsView.styles!]);
  return { root, calls };
}

const text = (el: Node | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const names = (root: ShadowRoot) => [...root.querySelectorAll('.dol-name')].map(text);
const badges = (root: ShadowRoot) =>
  [...root.querySelectorAll('.dol-location')].map((li) => text(li.querySelector('.dol-badge')));

describe('drop_off_locations step view', () => {
  afterEach(() => {
    cleanupSteps();
    sinon.restore();
  });

  it('renders a full payload: nearest first, distance, hours, badge, address, image', async () => {
    const { root } = show(full());
    expect(text(root.querySelector('.dol-near'))).to.equal(
      'Showing drop-off points near Trafalgar Square, London WC2N 5DN',
    );
    expect(text(root.querySelector('.dol-count'))).to.equal('2 drop-off points');
    expect(names(root)).to.deep.equal(['Post Office — Charing Cross', 'InPost Locker — Waterloo Station']);
    const [first, second] = root.querySelectorAll('.dol-location');
    expect(text(first.querySelector('.dol-address'))).to.equal('24-28 William IV St, London WC2N 4DL');
    // 0.138 mi and 0.695 mi from the user (haversine, worked out independently).
    expect(text(first.querySelector('.dol-distance'))).to.equal('0.1 mi away');
    expect(text(second.querySelector('.dol-distance'))).to.equal('0.7 mi away');
    expect(text(first.querySelector('.dol-today-hours'))).to.equal('Today: 09:00–17:30');
    expect(badges(root)).to.deep.equal(['Open now', '']);
    expect(text(second.querySelector('.dol-today-hours'))).to.equal('Today: Hours not given');
    expect(first.querySelector('img')).not.to.equal(null);
    expect(second.querySelector('img')).to.equal(null);
    await expect(root.querySelector('.step')).to.be.accessible();
  });

  it('renders a minimal payload: no address line, no hours, km by default', async () => {
    const { root } = show(minimal());
    expect(root.querySelector('.dol-near')).to.equal(null);
    expect(names(root)).to.deep.equal(['Corner shop']);
    expect(root.querySelector('.dol-today')).to.equal(null);
    expect(root.querySelector('.dol-disclosure')).to.equal(null);
    expect(text(root.querySelector('.dol-distance'))).to.equal('2.6 km away');
    await expect(root.querySelector('.step')).to.be.accessible();
  });

  it('says so when there is no location', () => {
    const { root } = show(full((wire) => (wire.payload.dropOffLocations = [])));
    expect(text(root.querySelector('.dol-count'))).to.equal('No drop-off points found near this location.');
    expect(root.querySelector('.dol-list')).to.equal(null);
  });

  it('sorts by great-circle distance in km', () => {
    const { root } = show(twoPoints('km'));
    expect(names(root)).to.deep.equal(['Charing Cross', "King's Cross"]);
    const distances = [...root.querySelectorAll('.dol-distance')].map(text);
    expect(distances).to.deep.equal(['0.2 km away', '2.6 km away']);
  });

  it('sorts by great-circle distance in mi', () => {
    const { root } = show(twoPoints('mi'));
    expect(names(root)).to.deep.equal(['Charing Cross', "King's Cross"]);
    const distances = [...root.querySelectorAll('.dol-distance')].map(text);
    expect(distances).to.deep.equal(['0.1 mi away', '1.6 mi away']);
  });

  it('fits a 280 px panel', () => {
    const { root } = show(full(), { ui: new Set([weekUi('po-charing-cross'), GEO_DENIED_UI]) });
    const step = root.querySelector<HTMLElement>('.step')!;
    (root.host as HTMLElement).style.inlineSize = '280px';
    expect(step.scrollWidth).to.be.at.most(step.clientWidth);
  });

  describe('opening hours badges', () => {
    /** One location with `hours`, in `timeZone` (UTC unless given). */
    function withHours(hours: Record<string, string>, timeZone = 'UTC') {
      return full((wire) => {
        wire.payload.dropOffLocations = [{ ...wire.payload.dropOffLocations[0], operatingHours: hours }];
        wire.payload.timeZone = timeZone;
      });
    }
    const at = (iso: string) => new Date(`${iso}Z`);

    it('closed on the current day', () => {
      const { root } = show(full(), { now: at('2025-03-16T12:00:00') }); // Sunday
      expect(badges(root)[0]).to.equal('Closed today');
      expect(text(root.querySelector('.dol-today-hours'))).to.equal('Today: Closed');
    });

    it('closed now outside the hours', () => {
      const { root } = show(full(), { now: at('2025-03-12T18:00:00') });
      expect(badges(root)[0]).to.equal('Closed now');
    });

    it('open past midnight in a range that started the day before', () => {
      const { root } = show(withHours({ fri: '22:00-02:00', sat: 'closed' }), { now: at('2025-03-15T01:00:00') });
      expect(badges(root)).to.deep.equal(['Open now']);
      expect(text(root.querySelector('.dol-today-hours'))).to.equal('Today: Closed');
    });

    it('all day', () => {
      const { root } = show(withHours({ wed: '00:00-24:00' }), { now: at('2025-03-12T23:59:00') });
      expect(badges(root)).to.deep.equal(['Open now']);
      expect(text(root.querySelector('.dol-today-hours'))).to.equal('Today: Open 24 hours');
    });

    it('comma-separated ranges', () => {
      const hours = { wed: '09:00-12:00, 13:00-17:00' };
      const lunch = show(withHours(hours), { now: at('2025-03-12T12:30:00') });
      expect(badges(lunch.root)).to.deep.equal(['Closed now']);
      expect(text(lunch.root.querySelector('.dol-today-hours'))).to.equal('Today: 09:00–12:00, 13:00–17:00');
      cleanupSteps();
      const afternoon = show(withHours(hours), { now: at('2025-03-12T13:30:00') });
      expect(badges(afternoon.root)).to.deep.equal(['Open now']);
    });

    it('an unparsable string: shown as given, no badge, reported', () => {
      const step = withHours({ wed: 'Ask at the counter' });
      const { root } = show(step);
      expect(badges(root)).to.deep.equal(['']);
      expect(root.querySelector('.dol-badge')).to.equal(null);
      expect(text(root.querySelector('.dol-today-hours'))).to.equal('Today: Ask at the counter');
      expect(dropOffLocationsIssues(step)).to.deep.equal([
        {
          path: 'payload.dropOffLocations[0].operatingHours.wed',
          message:
            'opening hours "Ask at the counter" are not "HH:MM-HH:MM", "closed" or ranges joined by commas: shown as given',
        },
      ]);
      expect(dropOffLocationsIssues(full())).to.deep.equal([]);
    });

    it('reads the hours in payload.timeZone', () => {
      // 10:00 UTC on Wednesday is 19:00 in Tokyo: closed there, open in UTC.
      const tokyo = show(withHours({ wed: '09:00-17:30' }, 'Asia/Tokyo'), { now: WEDNESDAY_10 });
      expect(badges(tokyo.root)).to.deep.equal(['Closed now']);
      cleanupSteps();
      const london = show(withHours({ wed: '09:00-17:30' }, 'Europe/London'), { now: WEDNESDAY_10 });
      expect(badges(london.root)).to.deep.equal(['Open now']);
      cleanupSteps();
      // 23:30 UTC on Wednesday is already Thursday in Tokyo: Thursday's hours apply.
      const thursday = show(withHours({ wed: '00:00-24:00', thu: 'closed' }, 'Asia/Tokyo'), {
        now: at('2025-03-12T23:30:00'),
      });
      expect(badges(thursday.root)).to.deep.equal(['Closed today']);
    });

    it('shows times in the shopper’s locale', () => {
      const { root } = show(full(), { l: new Localizer(english, 'en-US') });
      expect(text(root.querySelector('.dol-today-hours'))).to.equal('Today: 9:00 AM–5:30 PM');
    });
  });

  describe('opening hours for the week', () => {
    it('is a disclosure toggled through toggleUi', () => {
      const { root, calls } = show(full());
      const toggle = root.querySelector<HTMLButtonElement>('.dol-disclosure')!;
      expect(text(toggle)).to.equal('Show opening hours for the week');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(root.querySelector('.dol-week')).to.equal(null);
      toggle.click();
      expect(calls).to.deep.equal([['toggleUi', weekUi('po-charing-cross')]]);
    });

    it('lists Monday to Sunday with localised names, today marked', async () => {
      const { root } = show(full(), { ui: new Set([weekUi('po-charing-cross')]) });
      const toggle = root.querySelector('.dol-disclosure')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Hide opening hours for the week');
      const table = root.getElementById(toggle.getAttribute('aria-controls')!)!;
      const rows = [...table.querySelectorAll('tr')].map((tr) => [
        text(tr.querySelector('th')),
        text(tr.querySelector('td')),
      ]);
      expect(rows).to.deep.equal([
        ['Monday', '09:00–17:30'],
        ['Tuesday', '09:00–17:30'],
        ['Wednesday (today)', '09:00–17:30'],
        ['Thursday', '09:00–17:30'],
        ['Friday', '09:00–17:30'],
        ['Saturday', '09:00–12:30'],
        ['Sunday', 'Closed'],
      ]);
      await expect(root.querySelector('.step')).to.be.accessible();
      cleanupSteps();
      const french = show(full(), {
        ui: new Set([weekUi('po-charing-cross')]),
        l: new Localizer(english, 'fr-FR'),
      });
      expect(text(french.root.querySelector('.dol-week th'))).to.equal('lundi');
    });
  });

  describe('change location', () => {
    it('searches by address; empty text is ignored', () => {
      const { root, calls } = show(full());
      const form = root.querySelector<HTMLFormElement>('form.dol-search')!;
      const input = root.querySelector<HTMLInputElement>('#dol-address')!;
      expect(text(root.querySelector('label[for="dol-address"]'))).to.equal('Search near another address or postcode');
      input.value = '   ';
      form.requestSubmit();
      expect(calls).to.deep.equal([]);
      input.value = ' King’s Cross, London ';
      root.querySelector<HTMLButtonElement>('.dol-submit')!.click();
      expect(calls).to.deep.equal([['searchLocation', { address: 'King’s Cross, London' }]]);
    });

    it('a new search clears an earlier geolocation failure', () => {
      const { root, calls } = show(full(), { ui: new Set([GEO_DENIED_UI]) });
      root.querySelector<HTMLInputElement>('#dol-address')!.value = 'N1 9AL';
      root.querySelector<HTMLFormElement>('form')!.requestSubmit();
      expect(calls).to.deep.equal([
        ['toggleUi', GEO_DENIED_UI],
        ['searchLocation', { address: 'N1 9AL' }],
      ]);
    });

    it('uses the browser position when granted', () => {
      const stub = sinon.stub(navigator.geolocation, 'getCurrentPosition').callsFake((success) => {
        success({ coords: { latitude: 51.5308, longitude: -0.1238 } } as GeolocationPosition);
      });
      const { root, calls } = show(full());
      const button = root.querySelector<HTMLButtonElement>('.dol-locate')!;
      expect(text(button)).to.equal('Use my location');
      button.click();
      expect(stub.calledOnce).to.be.true;
      expect(calls).to.deep.equal([
        ['toggleUi', LOCATING_UI],
        ['toggleUi', LOCATING_UI],
        ['searchLocation', { coordinates: { lat: 51.5308, lng: -0.1238 } }],
      ] satisfies ActionCall[]);
    });

    it('a refused position shows a short message and keeps the list', async () => {
      sinon.stub(navigator.geolocation, 'getCurrentPosition').callsFake((_success, failure) => {
        failure!({ code: 1, message: 'User denied Geolocation', PERMISSION_DENIED: 1 } as GeolocationPositionError);
      });
      const { root, calls } = show(full());
      root.querySelector<HTMLButtonElement>('.dol-locate')!.click();
      expect(calls).to.deep.equal([
        ['toggleUi', LOCATING_UI],
        ['toggleUi', LOCATING_UI],
        ['toggleUi', GEO_DENIED_UI],
      ]);
      expect(calls.some(([name]) => name === 'searchLocation')).to.be.false;
      cleanupSteps();

      const denied = show(full(), { ui: new Set([GEO_DENIED_UI]) });
      const status = denied.root.querySelector('.dol-geo-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('We could not get your location. Search by address instead.');
      expect(names(denied.root)).to.have.length(2);
      await expect(denied.root.querySelector('.step')).to.be.accessible();
    });

    it('says it is locating and ignores a second press meanwhile', () => {
      const stub = sinon.stub(navigator.geolocation, 'getCurrentPosition');
      const { root, calls } = show(full(), { ui: new Set([LOCATING_UI]) });
      const button = root.querySelector<HTMLButtonElement>('.dol-locate')!;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(text(root.querySelector('.dol-geo-status'))).to.equal('Finding your location…');
      button.click();
      expect(stub.called).to.be.false;
      expect(calls).to.deep.equal([]);
    });

    it('offers no "Use my location" without the Geolocation API', () => {
      const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
      Reflect.deleteProperty(Navigator.prototype, 'geolocation');
      try {
        const { root } = show(full());
        expect(root.querySelector('.dol-locate')).to.equal(null);
        expect(root.querySelector('#dol-address')).not.to.equal(null);
      } finally {
        Object.defineProperty(Navigator.prototype, 'geolocation', descriptor);
      }
      expect('geolocation' in navigator).to.be.true;
    });
  });

  describe('each location', () => {
    it('links to the map in a new tab', () => {
      const { root } = show(full());
      const link = root.querySelector<HTMLAnchorElement>('.dol-maps')!;
      expect(link.getAttribute('href')).to.equal('https://www.google.com/maps/search/?api=1&query=51.5081,-0.1248');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(text(link)).to.equal('Open in maps (Post Office — Charing Cross) (opens in a new tab)');
    });

    it('takes the map link from strings.mapsUrl', () => {
      const l = new Localizer(english, 'en-GB', { mapsUrl: 'https://maps.example/?q={lat},{lng}' });
      const { root } = show(full(), { l });
      expect(root.querySelector('.dol-maps')!.getAttribute('href')).to.equal('https://maps.example/?q=51.5081,-0.1248');
    });

    it('copies the address and announces it politely', async () => {
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const { root, calls } = show(full());
      const copy = root.querySelector<HTMLButtonElement>('.dol-copy')!;
      expect(text(copy)).to.equal('Copy address (Post Office — Charing Cross)');
      copy.click();
      await write.firstCall.returnValue;
      await Promise.resolve();
      expect(write.firstCall.args).to.deep.equal(['24-28 William IV St, London WC2N 4DL']);
      expect(calls).to.deep.equal([['toggleUi', copiedUi('po-charing-cross')]]);
      cleanupSteps();

      const done = show(full(), { ui: new Set([copiedUi('po-charing-cross')]) });
      expect(text(done.root.querySelector('.dol-copy'))).to.equal('Copied (Post Office — Charing Cross)');
      const live = [...done.root.querySelectorAll('[role="status"]')].at(-1)!;
      expect(text(live)).to.equal('Address of Post Office — Charing Cross copied');
      await expect(done.root.querySelector('.step')).to.be.accessible();
    });

    it('says so when copying fails, replacing an older confirmation', async () => {
      const write = sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied', 'NotAllowedError'));
      const { root, calls } = show(full(), { ui: new Set([copiedUi('inpost-waterloo')]) });
      root.querySelector<HTMLButtonElement>('.dol-copy')!.click();
      await write.firstCall.returnValue.catch(() => {});
      await new Promise((resolve) => setTimeout(resolve));
      expect(calls).to.deep.equal([
        ['toggleUi', copiedUi('inpost-waterloo')],
        ['toggleUi', copyFailedUi('po-charing-cross')],
      ]);
      cleanupSteps();
      const failed = show(full(), { ui: new Set([copyFailedUi('po-charing-cross')]) });
      expect(text(failed.root.querySelector('.dol-copy-failed'))).to.equal(
        'Could not copy. Select the address to copy it.',
      );
    });
  });
});
