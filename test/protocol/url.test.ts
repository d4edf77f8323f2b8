/**
 * The URL policy (PROTOCOL.md section 1, DECISIONS.md D21) as a table.
 */
import { expect } from '@open-wc/testing';
import { checkUrl, type UrlKind } from '../../src/protocol/index.js';

const BASE = 'https://shop.example/returns/index.html';

const accepted: [string, UrlKind, string][] = [
  ['https://cdn.example.com/a.png', 'image', 'https://cdn.example.com/a.png'],
  ['http://cdn.example.com/a.png', 'link', 'http://cdn.example.com/a.png'],
  ['  https://cdn.example.com/a.png \n', 'image', 'https://cdn.example.com/a.png'],
  ['HTTPS://CDN.Example.com/A.png', 'link', 'https://cdn.example.com/A.png'],
  ['example.com/image1.png', 'image', 'https://example.com/image1.png'],
  ['www.x.org', 'link', 'https://www.x.org/'],
  ['cdn.example.co.uk/a?b', 'image', 'https://cdn.example.co.uk/a?b'],
  ['shop.example:8443/label.pdf', 'link', 'https://shop.example:8443/label.pdf'],
  ['/img/a.png', 'image', 'https://shop.example/img/a.png'],
  ['img/a.png', 'image', 'https://shop.example/returns/img/a.png'],
  ['./a.png', 'image', 'https://shop.example/returns/a.png'],
  ['../a.png', 'image', 'https://shop.example/a.png'],
  ['a.png', 'image', 'https://shop.example/returns/a.png'],
  ['label.pdf', 'link', 'https://shop.example/returns/label.pdf'],
  ['//cdn.example.com/a.png', 'image', 'https://cdn.example.com/a.png'],
  ['?page=2', 'link', 'https://shop.example/returns/index.html?page=2'],
  ['data:image/png;base64,iVBORw0KGgo=', 'image', 'data:image/png;base64,iVBORw0KGgo='],
  ['data:image/jpeg;base64,/9j/4AAQ', 'image', 'data:image/jpeg;base64,/9j/4AAQ'],
  ['DATA:image/webp;base64,UklGR', 'image', 'DATA:image/webp;base64,UklGR'],
  ['data:image/gif;base64,R0lGOD', 'image', 'data:image/gif;base64,R0lGOD'],
  ['blob:https://shop.example/6b1c-42', 'image', 'blob:https://shop.example/6b1c-42'],
  ['https://cdn.example.com/a b.png', 'image', 'https://cdn.example.com/a%20b.png'],
];

const refused: [string, UrlKind, RegExp][] = [
  ['javascript:alert(1)', 'link', /only http and https links/],
  ['javascript:alert(1)', 'image', /only http and https images/],
  [' JaVaScRiPt:alert(1)', 'link', /only http and https/],
  ['java\tscript:alert(1)', 'link', /only http and https/],
  ['java\nscript:alert(1)', 'image', /only http and https/],
  ['\u0000javascript:alert(1)', 'link', /only http and https/],
  ['\u0001 javascript:alert(1)', 'image', /only http and https/],
  ['vbscript:msgbox(1)', 'link', /only http and https/],
  ['data:text/html,<script>alert(1)</script>', 'image', /data:image/],
  ['data:text/html;base64,PHNjcmlwdD4=', 'link', /only http and https links/],
  ['data:image/svg+xml;base64,PHN2Zz4=', 'image', /PNG, JPEG, WebP and GIF/],
  ['data:image/svg+xml,<svg onload=alert(1)>', 'image', /PNG, JPEG, WebP and GIF/],
  ['data:image/png,not-base64', 'image', /base64/],
  ['data:image/png;base64,iVBORw0KGgo=', 'link', /only http and https links/],
  ['blob:https://shop.example/6b1c-42', 'link', /only http and https links/],
  ['file:///etc/passwd', 'image', /only http and https/],
  ['ftp://files.example.com/a.png', 'image', /only http and https/],
  ['mailto:help@shop.example', 'link', /only http and https/],
  ['https://bank.example@evil.example/login', 'link', /user name or password/],
  ['https://', 'link', /not a valid URL/],
  ['http://[::1', 'image', /not a valid URL/],
  ['', 'image', /empty URL/],
  ['   ', 'link', /empty URL/],
];

describe('URL policy', () => {
  for (const [raw, kind, expected] of accepted) {
    it(`accepts ${JSON.stringify(raw)} as ${kind}`, () => {
      expect(checkUrl(raw, kind, BASE)).to.deep.equal({ ok: true, url: expected });
    });
  }

  for (const [raw, kind, reason] of refused) {
    it(`refuses ${JSON.stringify(raw)} as ${kind}`, () => {
      const result = checkUrl(raw, kind, BASE);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(reason);
    });
  }

  it('keeps entity text inert: it resolves to a harmless URL on the base', () => {
    for (const raw of ['&#106;avascript:alert(1)', '&#x6A;avascript:alert(1)', '%6Aavascript:alert(1)']) {
      const result = checkUrl(raw, 'link', BASE);
      expect(result.ok, raw).to.equal(true);
      if (result.ok) {
        const url = new URL(result.url);
        expect(url.protocol).to.equal('https:');
        expect(url.origin).to.equal('https://shop.example');
      }
    }
  });

  it('resolves against document.baseURI by default', () => {
    const result = checkUrl('/img/a.png', 'image');
    expect(result).to.deep.equal({ ok: true, url: new URL('/img/a.png', document.baseURI).href });
  });

  it('refuses values that are not strings', () => {
    expect(checkUrl(42 as unknown as string, 'link', BASE)).to.deep.equal({ ok: false, reason: 'not a string' });
  });
});

describe('URL policy memory', () => {
  it('gives each caller its own result object', () => {
    const first = checkUrl('https://cdn.example.com/a.png', 'image', BASE) as { ok: true; url: string };
    first.url = 'javascript:alert(1)';
    expect(checkUrl('https://cdn.example.com/a.png', 'image', BASE)).to.deep.equal({
      ok: true,
      url: 'https://cdn.example.com/a.png',
    });
  });

  it('resolves the same relative URL against each base', () => {
    expect(checkUrl('a.png', 'image', 'https://one.example/x/')).to.deep.equal({
      ok: true,
      url: 'https://one.example/x/a.png',
    });
    expect(checkUrl('a.png', 'image', 'https://two.example/y/')).to.deep.equal({
      ok: true,
      url: 'https://two.example/y/a.png',
    });
  });

  it('keeps working after many different URLs', () => {
    for (let i = 0; i < 1200; i++) checkUrl(`https://cdn.example.com/${i}.png`, 'image', BASE);
    expect(checkUrl('javascript:alert(1)', 'image', BASE).ok).to.equal(false);
    expect(checkUrl('https://cdn.example.com/7.png', 'image', BASE)).to.deep.equal({
      ok: true,
      url: 'https://cdn.example.com/7.png',
    });
  });
});
