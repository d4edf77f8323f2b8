import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ReturnOverdue } from '../../../src/return-overdue.js';
import { defineElement } from '../../../src/internal/define.js';
import type { ProtocolErrorEvent } from '../../../src/events/index.js';
import { clone, returnOverdueActivity } from '../../protocol/fixtures.js';

/** A wire payload as a flow would send it (before validation). */
type WirePayload = Record<string, unknown>;

/** A 1 × 1 PNG: images load without the network. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** Only the required fields (no `productImages`). */
function minimalPayload(overrides: WirePayload = {}): WirePayload {
  return {
    price: { amount: 129.97, currencyCode: 'GBP' },
    infoText: 'The return window for this order closed on 9 April 2025.',
    orderDate: '2025-03-08T10:15:00',
    orderNumber: 'NW-100245',
    ...overrides,
  };
}

/** The fixture's complete payload, with `count` local images. */
function fullPayload(count = 5, overrides: WirePayload = {}): WirePayload {
  const payload = clone(returnOverdueActivity.payload) as unknown as WirePayload;
  payload.productImages = Array.from({ length: count }, () => PIXEL);
  return { ...payload, ...overrides };
}

async function card(payload: unknown, locale = 'en-GB'): Promise<ReturnOverdue> {
  return fixture<ReturnOverdue>(html`<return-overdue .payload=${payload} locale=${locale}></return-overdue>`);
}

const root = (el: ReturnOverdue) => el.shadowRoot!;
const part = (el: ReturnOverdue, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: ReturnOverdue, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/** Text with every kind of white space (Intl uses no-break spaces) collapsed to one space. */
const text = (node: Element | null) => (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const markdownReady = (el: ReturnOverdue, selector: string) =>
  waitUntil(() => part(el, 'info')?.querySelector(selector), `markdown never rendered ${selector}`);

describe('<return-overdue>', () => {
  it('renders', async () => {
    const el = await card(minimalPayload());
    expect(el).to.be.instanceOf(ReturnOverdue);
    expect(part(el, 'base')).to.exist;
    expect(text(part(el, 'header'))).to.include('Return window closed');
    expect(text(part(el, 'order-number'))).to.equal('Order NW-100245');
  });

  it('is registered once, and registering again is harmless', () => {
    expect(customElements.get('return-overdue')).to.equal(ReturnOverdue);
    expect(() => defineElement('return-overdue', ReturnOverdue)).not.to.throw();
  });

  it('renders nothing without a payload', async () => {
    const el = await fixture<ReturnOverdue>(html`<return-overdue></return-overdue>`);
    expect(root(el).children).to.have.length(0);
    expect(root(el).textContent!.trim()).to.equal('');
  });

  it('names the card by its title and order number', async () => {
    const el = await card(minimalPayload());
    const base = part(el, 'base')!;
    expect(base.localName).to.equal('article');
    const names = base
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => text(root(el).getElementById(id)));
    expect(names).to.deep.equal(['Return window closed', 'Order NW-100245']);
  });

  describe('fields', () => {
    it('shows the order date in a <time> with a machine-readable datetime', async () => {
      const el = await card(minimalPayload());
      const time = part(el, 'order-date')!.querySelector('time')!;
      expect(time.dateTime).to.equal('2025-03-08T10:15:00');
      expect(text(part(el, 'order-date'))).to.equal('Order date 8 Mar 2025');
    });

    it('gives a date-only order date a date-only datetime and never shifts the day', async () => {
      const el = await card(minimalPayload({ orderDate: '2025-01-01' }), 'en-US');
      const time = part(el, 'order-date')!.querySelector('time')!;
      expect(time.dateTime).to.equal('2025-01-01');
      expect(text(time)).to.equal('Jan 1, 2025');
    });

    it('gives an order date with an offset a UTC datetime', async () => {
      const el = await card(minimalPayload({ orderDate: '2025-03-08T10:15:00+02:00' }));
      expect(part(el, 'order-date')!.querySelector('time')!.dateTime).to.equal('2025-03-08T08:15:00.000Z');
    });

    it('shows the order total', async () => {
      const el = await card(minimalPayload());
      expect(text(part(el, 'total'))).to.equal('Order total £129.97');
    });

    it('shows a negative total and any currency', async () => {
      const el = await card(minimalPayload({ price: { amount: -5, currencyCode: 'jpy' } }), 'en-US');
      expect(text(part(el, 'total'))).to.equal('Order total -¥5');
    });

    it('hides an empty order number and an empty info text', async () => {
      const el = await card(minimalPayload({ orderNumber: ' ', infoText: '' }));
      expect(part(el, 'order-number')).to.equal(null);
      expect(part(el, 'info')).to.equal(null);
      expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal('title');
    });

    it('shows no product images when there are none', async () => {
      const el = await card(minimalPayload());
      expect(part(el, 'product-images')).to.equal(null);
      expect(part(el, 'image')).to.equal(null);
    });

    it('shows no product images for an empty list', async () => {
      const el = await card(minimalPayload({ productImages: [] }));
      expect(part(el, 'product-images')).to.equal(null);
    });
  });

  describe('locales', () => {
    const cases = [
      { locale: 'en-GB', date: '8 Mar 2025', total: '£129.97' },
      { locale: 'en-US', date: 'Mar 8, 2025', total: '£129.97' },
      { locale: 'de-DE', date: '08.03.2025', total: '129,97 £' },
    ];
    for (const { locale, date, total } of cases) {
      it(`formats the date and total in ${locale}`, async () => {
        const el = await card(minimalPayload(), locale);
        expect(text(part(el, 'order-date')!.querySelector('time'))).to.equal(date);
        expect(text(part(el, 'total')!.querySelector('dd'))).to.equal(total);
      });
    }

    it('formats a euro price in de-DE', async () => {
      const el = await card(minimalPayload({ price: { amount: 1234.5, currencyCode: 'EUR' } }), 'de-DE');
      expect(text(part(el, 'total')!.querySelector('dd'))).to.equal('1.234,50 €');
    });

    it('re-formats when the locale changes', async () => {
      const el = await card(minimalPayload(), 'en-GB');
      el.locale = 'de-DE';
      await elementUpdated(el);
      expect(text(part(el, 'order-date')!.querySelector('time'))).to.equal('08.03.2025');
    });

    it('uses the locale’s direction, and a dir attribute wins', async () => {
      const el = await card(minimalPayload(), 'ar');
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      el.setAttribute('dir', 'ltr');
      await elementUpdated(el);
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
    });

    it('takes overridden strings', async () => {
      const el = await fixture<ReturnOverdue>(
        html`<return-overdue
          .payload=${minimalPayload()}
          .strings=${{ returnOverdueLabel: 'Too late to return' }}
        ></return-overdue>`,
      );
      expect(text(part(el, 'title'))).to.equal('Too late to return');
    });
  });

  describe('product images', () => {
    for (const [count, shown, badge] of [
      [1, 1, null],
      [2, 2, null],
      [3, 2, '+1'],
      [7, 2, '+5'],
    ] as const) {
      it(`shows ${shown} of ${count} image(s)${badge ? ` and a ${badge} badge` : ' and no badge'}`, async () => {
        const el = await card(fullPayload(count));
        expect(parts(el, 'image')).to.have.length(shown);
        const more = part(el, 'more-badge');
        if (badge === null) {
          expect(more).to.equal(null);
        } else {
          expect(text(more)).to.equal(badge);
          expect(more!.getAttribute('aria-label')).to.match(/^\d+ more products?$/);
          expect(more!.getAttribute('aria-label')).to.include(badge.slice(1));
        }
      });
    }

    it('shows a placeholder for a refused image URL and reports it as non-fatal', async () => {
      const payload = fullPayload(2);
      (payload.productImages as string[])[1] = 'javascript:alert(1)';
      const errors: ProtocolErrorEvent[] = [];
      const wrapper = await fixture<HTMLDivElement>(
        html`<div @protocol-error=${(e: ProtocolErrorEvent) => errors.push(e)}>
          <return-overdue .payload=${payload}></return-overdue>
        </div>`,
      );
      const el = wrapper.querySelector('return-overdue')!;
      await elementUpdated(el);
      const frames = parts(el, 'image');
      expect(frames).to.have.length(2);
      expect(frames[1]!.querySelector('img')).to.equal(null);
      expect(frames[1]!.classList.contains('broken')).to.equal(true);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.fatal).to.equal(false);
      expect(errors[0]!.detail.issues.map((issue) => issue.path)).to.deep.equal(['payload.productImages[1]']);
    });
  });

  describe('info text', () => {
    it('renders markdown (bold, line breaks, links)', async () => {
      const el = await card(fullPayload());
      await markdownReady(el, 'a');
      const info = part(el, 'info')!;
      expect(info.querySelector('strong')?.textContent).to.equal('30-day');
      expect(info.querySelectorAll('br')).to.have.length(1);
      const link = info.querySelector('a')!;
      expect(link.href).to.equal('https://help.northwind-shoes.example/returns');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
    });

    it('shows the text at once, before the markdown renderer is ready', async () => {
      const el = await card(minimalPayload({ infoText: 'Closed **today**\nsorry' }));
      expect(text(part(el, 'info'))).to.include('Closed');
      await markdownReady(el, 'strong');
      expect(part(el, 'info')!.querySelector('strong')!.textContent).to.equal('today');
      expect(part(el, 'info')!.querySelectorAll('br')).to.have.length(1);
      expect(text(part(el, 'info'))).not.to.include('**');
    });

    it('renders lists', async () => {
      const el = await card(minimalPayload({ infoText: 'You can still:\n\n- contact us\n- 1. exchange\n  2. repair' }));
      await markdownReady(el, 'ul');
      expect(part(el, 'info')!.querySelectorAll('ul > li')).to.have.length(2);
      expect(part(el, 'info')!.querySelectorAll('ol > li')).to.have.length(2);
    });

    it('shows raw HTML as text', async () => {
      const el = await card(minimalPayload({ infoText: 'Hi <img src=x onerror=alert(1)> **there**' }));
      await markdownReady(el, 'strong');
      expect(root(el).querySelector('[part~="info"] img')).to.equal(null);
      expect(text(part(el, 'info'))).to.include('<img src=x onerror=alert(1)>');
    });

    it('shows a refused link as text and fires a non-fatal protocol-error at payload.infoText', async () => {
      const el = await card(minimalPayload());
      const event = oneEvent<ProtocolErrorEvent>(el, 'protocol-error');
      el.payload = minimalPayload({ infoText: 'Click [here](javascript:alert(1)).' });
      const { detail } = await event;
      expect(detail.fatal).to.equal(false);
      expect(detail.source).to.equal('return-overdue');
      expect(detail.messageType).to.equal('returnOverdue');
      expect(detail.issues).to.have.length(1);
      expect(detail.issues[0]!.path).to.equal('payload.infoText');
      expect(detail.issues[0]!.message).to.include('javascript:alert(1)');
      await elementUpdated(el);
      expect(part(el, 'info')!.querySelector('a')).to.equal(null);
      expect(text(part(el, 'info'))).to.equal('Click here.');
    });

    it('re-renders when only the info text changes', async () => {
      const el = await card(minimalPayload({ infoText: 'first **one**' }));
      await markdownReady(el, 'strong');
      el.payload = minimalPayload({ infoText: 'second *two*' });
      await markdownReady(el, 'em');
      expect(text(part(el, 'info'))).to.equal('second two');
    });
  });

  describe('JSON attribute', () => {
    it('reads the payload from a JSON attribute', async () => {
      const el = await fixture<ReturnOverdue>(
        html`<return-overdue locale="en-GB" payload=${JSON.stringify(minimalPayload())}></return-overdue>`,
      );
      expect(text(part(el, 'order-number'))).to.equal('Order NW-100245');
      expect(text(part(el, 'total')!.querySelector('dd'))).to.equal('£129.97');
    });

    it('shows the error state for invalid JSON and reports it at the root path', async () => {
      const el = await card(minimalPayload());
      const event = oneEvent<ProtocolErrorEvent>(el, 'protocol-error');
      el.setAttribute('payload', '{"price": ');
      const { detail } = await event;
      expect(detail.fatal).to.equal(true);
      expect(detail.issues[0]!.path).to.equal('');
      expect(detail.issues[0]!.message).to.match(/^invalid JSON/);
      await elementUpdated(el);
      expect(part(el, 'error')).to.exist;
    });
  });

  describe('invalid payloads', () => {
    const cases: [string, WirePayload, string][] = [
      ['a string amount', minimalPayload({ price: { amount: '129.97', currencyCode: 'GBP' } }), 'payload.price.amount'],
      ['a missing order number', (({ orderNumber: _, ...rest }) => rest)(minimalPayload()), 'payload.orderNumber'],
      ['an impossible order date', minimalPayload({ orderDate: '2025-02-30' }), 'payload.orderDate'],
      ['a missing info text', minimalPayload({ infoText: undefined }), 'payload.infoText'],
      [
        'a bad currency',
        minimalPayload({ price: { amount: 1, currencyCode: 'POUNDS' } }),
        'payload.price.currencyCode',
      ],
    ];
    for (const [name, payload, path] of cases) {
      it(`shows the error state and reports ${path} for ${name}`, async () => {
        const el = await card(minimalPayload());
        const event = oneEvent<ProtocolErrorEvent>(el, 'protocol-error');
        el.payload = payload;
        const { detail } = await event;
        expect(detail.fatal).to.equal(true);
        expect(detail.source).to.equal('return-overdue');
        expect(detail.issues.map((issue) => issue.path)).to.include(path);
        await elementUpdated(el);
        expect(part(el, 'error')).to.exist;
        expect(part(el, 'header')).to.equal(null);
      });
    }

    it('recovers when a valid payload follows', async () => {
      const el = await card(minimalPayload({ price: null }));
      expect(part(el, 'error')).to.exist;
      el.payload = minimalPayload();
      await elementUpdated(el);
      expect(part(el, 'error')).to.equal(null);
      expect(part(el, 'total')).to.exist;
    });

    it('never throws for a non-object payload', async () => {
      const el = await card('not a payload');
      expect(part(el, 'error')).to.exist;
    });
  });

  describe('accessibility', () => {
    it('is accessible with only the required fields', async () => {
      const el = await card(minimalPayload());
      await expect(el).to.be.accessible();
    });

    it('is accessible with images and a badge', async () => {
      const el = await card(fullPayload(5));
      await expect(el).to.be.accessible();
    });

    it('is accessible with markdown links and lists', async () => {
      const el = await card(
        minimalPayload({
          infoText: '**Closed.**\n\n- [Help centre](https://help.example.com)\n- Call us\n\n1. one\n2. two',
        }),
      );
      await markdownReady(el, 'a');
      await expect(el).to.be.accessible();
    });

    it('is accessible in right-to-left', async () => {
      const el = await card(fullPayload(3), 'ar');
      await expect(el).to.be.accessible();
    });

    it('is accessible in the error state', async () => {
      const el = await card(minimalPayload({ price: 'free' }));
      expect(part(el, 'error')).to.exist;
      await expect(el).to.be.accessible();
    });
  });
});
