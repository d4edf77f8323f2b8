/**
 * The URL policy (PROTOCOL.md section 1, DECISIONS.md D21) — the one place that decides whether
 * a URL from a flow may reach an `src` or `href`.
 *
 * The browser's own `URL` parser decides what a string means; we only decide which results are
 * allowed. Checking the parsed protocol (not the raw text) is what defeats scheme tricks such as
 * ` JaVaScRiPt:`, `java\tscript:` or a leading control character: the parser normalises them to
 * `javascript:` and that is refused.
 */

/** Where a URL is used: `image` sources also accept attached-photo URLs (`blob:`, `data:image`). */
export type UrlKind = 'image' | 'link';

/** The verdict on one URL: the cleaned absolute URL, or why it was refused. */
export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/*
 * "Starts like a host name": labels of letters, digits and hyphens joined by dots, ending in a
 * TLD of 2+ letters, then an optional port, then the end or a path/query/fragment. Nothing
 * before it (a leading `/` or `.` makes it a relative path). `example.com/x.png`, `www.x.org`,
 * `cdn.example.co.uk/a?b` qualify.
 */
const HOST_LIKE = /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+([a-z]{2,})(?::\d{1,5})?(?:[/?#]|$)/i;

/*
 * …unless the "TLD" is a file extension: `photo.png` and `a.jpg` are file names relative to the
 * page, not hosts (none of these is a real TLD, so nothing reachable is lost).
 */
const FILE_EXTENSIONS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'avif',
  'svg',
  'bmp',
  'ico',
  'tif',
  'tiff',
  'heic',
  'pdf',
  'htm',
  'html',
  'json',
  'txt',
  'xml',
  'csv',
  'js',
  'css',
]);

/** A scheme as the URL parser reads one: a letter, then letters, digits, `+`, `-`, `.`, then `:`. */
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** Raster images only: SVG can carry script, so `data:image/svg+xml` is refused. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|webp|gif);base64,/i;

/** What the URL parser itself strips: C0 controls and space around, tab and newlines inside. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const INNER_TAB_NEWLINE = /[\t\n\r]/g;

function currentBase(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}

/**
 * Checks one URL from a message.
 *
 * - Surrounding white space is ignored.
 * - A scheme-less string that starts like a host name (`example.com/image1.png`) gets `https://`.
 *   A single segment ending in a file extension (`photo.png`) is a file name, not a host.
 * - Anything else without a scheme (`/img/a.png`, `a/b.png`, `//cdn.x/a.png`) is resolved
 *   against `base` (the page's `document.baseURI` by default).
 * - The result is kept only if it is `http:` or `https:`; for `kind: 'image'` also `blob:` and
 *   `data:image/(png|jpeg|webp|gif);base64,…`.
 * - URLs carrying a user name or password are refused (`https://bank.com@evil.example` misleads).
 */
export function checkUrl(raw: string, kind: UrlKind, base: string | undefined = currentBase()): UrlCheck {
  if (typeof raw !== 'string') return { ok: false, reason: 'not a string' };
  // Messages are re-read often (every payload assignment) and repeat their URLs: remember a few
  // hundred verdicts. The base is part of the key, since `document.baseURI` can change.
  const key = `${kind}\n${base ?? ''}\n${raw}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    if (verdicts.size >= MAX_REMEMBERED) verdicts.clear();
    verdict = decide(raw, kind, base);
    verdicts.set(key, verdict);
  }
  // A copy, so that a caller changing its result cannot change later verdicts.
  return { ...verdict };
}

const MAX_REMEMBERED = 500;
const verdicts = new Map<string, UrlCheck>();

function decide(raw: string, kind: UrlKind, base: string | undefined): UrlCheck {
  const cleaned = raw.trim().replace(EDGE_CONTROLS, '').replace(INNER_TAB_NEWLINE, '');
  if (cleaned === '') return { ok: false, reason: 'empty URL' };

  const host = HOST_LIKE.exec(cleaned);
  const tld = host?.[1]?.toLowerCase();
  const hostLike = tld !== undefined && !FILE_EXTENSIONS.has(tld);

  let url: URL;
  try {
    if (hostLike) url = new URL(`https://${cleaned}`);
    else if (HAS_SCHEME.test(cleaned)) url = new URL(cleaned);
    else url = new URL(cleaned, base);
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }

  switch (url.protocol) {
    case 'http:':
    case 'https:':
      if (url.username !== '' || url.password !== '') {
        return { ok: false, reason: 'URLs with a user name or password are not allowed' };
      }
      return { ok: true, url: url.href };
    case 'blob:':
      if (kind === 'image') return { ok: true, url: url.href };
      break;
    case 'data:':
      if (kind === 'image') {
        if (DATA_IMAGE.test(cleaned)) return { ok: true, url: cleaned };
        return { ok: false, reason: 'only PNG, JPEG, WebP and GIF data:image URLs (base64) are allowed' };
      }
      break;
  }
  return {
    ok: false,
    reason:
      kind === 'image'
        ? 'only http and https images (or attached photos) are allowed'
        : 'only http and https links are allowed',
  };
}
