import { expect } from '@open-wc/testing';
import {
  DEFAULT_MAPS_URL,
  EARTH_RADIUS_KM,
  KM_PER_MILE,
  distanceIn,
  distanceKm,
  mapsUrl,
  sortByDistance,
} from '../../../../src/components/returns-portal/steps/geo.js';

/*
 * Expected values are independent of the code under test: the haversine formula with the mean
 * Earth radius 6371.0088 km, worked out once outside these tests (and, for one degree of arc, from
 * plain geometry: 2πR / 360).
 */
const TRAFALGAR = { lat: 51.508, lng: -0.1281 };
const KINGS_CROSS = { lat: 51.5308, lng: -0.1238 };
/** Trafalgar Square → King's Cross. */
const TRAFALGAR_KINGS_CROSS_KM = 2.55265;
const TRAFALGAR_KINGS_CROSS_MI = 1.58614;

describe('geo helpers (drop_off_locations)', () => {
  it('uses the published constants', () => {
    expect(EARTH_RADIUS_KM).to.equal(6371.0088);
    expect(KM_PER_MILE).to.equal(1.609344);
  });

  it('measures Trafalgar Square to King’s Cross as ≈ 2.553 km and ≈ 1.586 mi', () => {
    expect(distanceKm(TRAFALGAR, KINGS_CROSS)).to.be.closeTo(TRAFALGAR_KINGS_CROSS_KM, 0.0005);
    expect(distanceIn(TRAFALGAR, KINGS_CROSS, 'km')).to.be.closeTo(TRAFALGAR_KINGS_CROSS_KM, 0.0005);
    expect(distanceIn(TRAFALGAR, KINGS_CROSS, 'mi')).to.be.closeTo(TRAFALGAR_KINGS_CROSS_MI, 0.0005);
  });

  it('is symmetric and zero for the same point', () => {
    expect(distanceKm(KINGS_CROSS, TRAFALGAR)).to.be.closeTo(distanceKm(TRAFALGAR, KINGS_CROSS), 1e-9);
    expect(distanceKm(TRAFALGAR, TRAFALGAR)).to.equal(0);
  });

  it('gives one degree of longitude on the equator as 2πR / 360', () => {
    const expected = (2 * Math.PI * 6371.0088) / 360; // 111.195 km
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).to.be.closeTo(expected, 1e-6);
  });

  it('gives half the circumference for antipodal points (no NaN)', () => {
    const d = distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 });
    expect(d).to.be.closeTo(Math.PI * 6371.0088, 1e-6);
  });

  it('sorts nearest first with distances in km and in mi', () => {
    const items = [
      { id: 'kings-cross', coordinates: KINGS_CROSS },
      { id: 'same-spot', coordinates: TRAFALGAR },
      { id: 'equator', coordinates: { lat: 0, lng: 0 } },
    ];
    const km = sortByDistance(items, TRAFALGAR, 'km');
    expect(km.map((x) => x.item.id)).to.deep.equal(['same-spot', 'kings-cross', 'equator']);
    expect(km[1].distance).to.be.closeTo(TRAFALGAR_KINGS_CROSS_KM, 0.0005);
    const mi = sortByDistance(items, TRAFALGAR, 'mi');
    expect(mi.map((x) => x.item.id)).to.deep.equal(['same-spot', 'kings-cross', 'equator']);
    expect(mi[1].distance).to.be.closeTo(TRAFALGAR_KINGS_CROSS_MI, 0.0005);
  });

  it('keeps the sent order for equal distances', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, coordinates: KINGS_CROSS }));
    expect(sortByDistance(items, TRAFALGAR, 'km').map((x) => x.item.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('builds the Google Maps search link without a key', () => {
    expect(mapsUrl({ lat: 51.5081, lng: -0.1248 })).to.equal(
      'https://www.google.com/maps/search/?api=1&query=51.5081,-0.1248',
    );
    expect(DEFAULT_MAPS_URL).to.contain('{lat},{lng}');
  });

  it('fills an overriding template, and refuses a non-http one', () => {
    expect(mapsUrl({ lat: 1.5, lng: -2 }, 'https://maps.example/?ll={lat},{lng}&z=15')).to.equal(
      'https://maps.example/?ll=1.5,-2&z=15',
    );
    expect(mapsUrl({ lat: 1.5, lng: -2 }, 'javascript:alert({lat})')).to.equal(
      'https://www.google.com/maps/search/?api=1&query=1.5,-2',
    );
  });
});
