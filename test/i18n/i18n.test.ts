import { expect } from '@open-wc/testing';
import {
  Localizer,
  canonicalLocale,
  closestLang,
  en,
  formatDate,
  formatDistance,
  formatPrice,
  localeDirection,
  resolveLocale,
} from '../../src/i18n/index.js';

// Intl separates some currency amounts with a no-break space; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('i18n formatters', () => {
  it('formats prices in the locale, in any currency', () => {
    expect(formatPrice({ amount: 12.5, currencyCode: 'GBP' }, 'en-GB')).to.equal('£12.50');
    expect(formatPrice({ amount: 12.5, currencyCode: 'USD' }, 'en-US')).to.equal('$12.50');
    expect(plain(formatPrice({ amount: 1234.5, currencyCode: 'EUR' }, 'de-DE'))).to.equal('1.234,50 €');
    expect(plain(formatPrice({ amount: 100, currencyCode: 'JPY' }, 'en-GB'))).to.equal('JP¥100');
    expect(formatPrice({ amount: -5, currencyCode: 'GBP' }, 'en-GB')).to.equal('-£5.00');
  });

  it('formats calendar dates without a time and without shifting the day', () => {
    expect(formatDate('2025-03-10', 'en-GB')).to.equal('10 Mar 2025');
    expect(formatDate('2025-03-10', 'en-US')).to.equal('Mar 10, 2025');
    expect(formatDate('2025-03-10', 'de-DE')).to.equal('10.03.2025');
    // Local midnight is a calendar date: no time even when a time is asked for.
    expect(formatDate('2025-03-10T00:00:00', 'en-GB', 'dateTime')).to.equal('10 Mar 2025');
  });

  it('formats local wall-clock times as written, whatever the viewer zone', () => {
    expect(plain(formatDate('2025-03-10T01:20:00', 'en-GB', 'dateTime'))).to.equal('10 Mar 2025, 01:20');
    expect(plain(formatDate('2025-03-10T13:05:00', 'en-US', 'dateTime'))).to.equal('Mar 10, 2025, 1:05 PM');
    expect(formatDate('2025-03-10T13:05:00', 'en-GB')).to.equal('10 Mar 2025');
  });

  it('formats instants in the viewer zone', () => {
    const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
      Date.UTC(2025, 2, 10, 12, 0),
    );
    expect(formatDate('2025-03-10T12:00:00Z', 'en-GB', 'dateTime')).to.equal(expected);
    expect(formatDate('2025-03-10T13:00:00+01:00', 'en-GB', 'dateTime')).to.equal(expected);
  });

  it('gives back text that is not a protocol date unchanged', () => {
    expect(formatDate('soon', 'en-GB')).to.equal('soon');
  });

  it('formats distances with their unit', () => {
    expect(formatDistance(1.234, 'km', 'en-GB')).to.equal('1.2 km');
    expect(formatDistance(0.5, 'mi', 'en-US')).to.equal('0.5 mi');
    expect(plain(formatDistance(2.25, 'km', 'de-DE'))).to.equal('2,3 km');
    expect(formatDistance(12.6, 'km', 'en-GB')).to.equal('13 km');
  });
});

describe('Localizer', () => {
  it('fills placeholders, formatting numbers in the locale', () => {
    const l = new Localizer(en, 'de-DE');
    expect(l.t('shipmentOf', { number: 1, total: 2 })).to.equal('Shipment 1 of 2');
    expect(l.t('orderNumber', { orderNumber: 'A-1' })).to.equal('Order A-1');
    expect(l.t('moreProducts', { count: 1200 })).to.equal('+1.200');
  });

  it('chooses plural forms with Intl.PluralRules', () => {
    const l = new Localizer(en, 'en-GB');
    expect(l.t('moreProductsLabel', { count: 1 })).to.equal('1 more product');
    expect(l.t('moreProductsLabel', { count: 3 })).to.equal('3 more products');
  });

  it('uses an explicit zero form for 0 and falls back to other', () => {
    const l = new Localizer(en, 'en', { moreProductsLabel: { zero: 'no more products', other: '{count} more' } });
    expect(l.t('moreProductsLabel', { count: 0 })).to.equal('no more products');
    expect(l.t('moreProductsLabel', { count: 1 })).to.equal('1 more');
  });

  it('overrides one key and keeps the rest; later overrides win', () => {
    const l = new Localizer(en, 'en', { retry: 'Again' }, { returnsGenericError: 'Oops', retry: 'Retry now' });
    expect(l.t('retry')).to.equal('Retry now');
    expect(l.t('returnsGenericError')).to.equal('Oops');
    expect(l.t('back')).to.equal(en.back);
  });

  it('leaves unknown placeholders in place', () => {
    const l = new Localizer(en, 'en', { returnBy: 'Return by {date} ({missing})' });
    expect(l.t('returnBy', { date: 'today' })).to.equal('Return by today ({missing})');
  });

  it('knows its direction', () => {
    expect(new Localizer(en, 'ar').dir).to.equal('rtl');
    expect(new Localizer(en, 'en-GB').dir).to.equal('ltr');
  });

  it('formats numbers through its locale, in placeholders too', () => {
    expect(new Localizer(en, 'en-GB').number(1234.5)).to.equal('1,234.5');
    const german = new Localizer(en, 'de-DE', { orderNumber: 'Bestellung {orderNumber}' });
    expect(german.number(1234.5)).to.equal('1.234,5');
    expect(german.t('orderNumber', { orderNumber: 1234 })).to.equal('Bestellung 1.234');
  });
});

describe('locale resolution', () => {
  it('canonicalises valid tags and rejects invalid ones', () => {
    expect(canonicalLocale('EN-gb')).to.equal('en-GB');
    expect(canonicalLocale('not a locale')).to.be.undefined;
    expect(canonicalLocale('')).to.be.undefined;
    expect(canonicalLocale(null)).to.be.undefined;
  });

  it('takes the first valid candidate, skipping invalid ones silently, else en', () => {
    expect(resolveLocale([undefined, 'x_invalid_tag!', 'de-DE', 'fr'])).to.equal('de-DE');
    expect(resolveLocale([undefined, null, '%%'])).to.equal('en');
  });

  it('knows right-to-left languages', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur']) expect(localeDirection(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'de-DE', 'ja']) expect(localeDirection(tag), tag).to.equal('ltr');
  });

  it('finds the nearest lang through shadow roots', () => {
    const outer = document.createElement('section');
    outer.lang = 'fr-FR';
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    outer.append(host);
    document.body.append(outer);
    try {
      expect(closestLang(inner)).to.equal('fr-FR');
      host.shadowRoot!.host.setAttribute('lang', 'nl');
      expect(closestLang(inner)).to.equal('nl');
    } finally {
      outer.remove();
    }
  });
});
