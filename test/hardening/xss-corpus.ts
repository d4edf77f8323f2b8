/**
 * Hostile strings for the XSS tests: every payload that could run code calls
 * `window.__xssCanary()` (defined by the test before anything renders), so "the canary was never
 * called" is the proof that nothing ran. Grouped by category for the report.
 */

/** One hostile string and what kind of trick it is. */
export interface XssPayload {
  readonly category: XssCategory;
  readonly payload: string;
}

export type XssCategory =
  | 'script'
  | 'event-handler'
  | 'attribute-breakout'
  | 'url-scheme'
  | 'svg-mathml'
  | 'markdown'
  | 'template'
  | 'prototype-key'
  | 'misc';

/** Every call of the canary (and of `alert`/`confirm`/`prompt`), with where it came from. */
export const canaryCalls: string[] = [];

declare global {
  interface Window {
    __xssCanary?: () => void;
  }
}

/**
 * Defines `window.__xssCanary` (and replaces `alert`, `confirm`, `prompt`) so that any payload
 * that runs leaves a trace. Runs when this module is evaluated: import it before the elements.
 */
export function installCanary(): void {
  const record = (what: string) => () => {
    canaryCalls.push(`${what}: ${new Error().stack ?? ''}`);
  };
  window.__xssCanary = record('__xssCanary');
  window.alert = record('alert');
  window.confirm = () => (record('confirm')(), false);
  window.prompt = () => (record('prompt')(), null);
}
installCanary();

const C = 'window.__xssCanary()';
/** `window.__xssCanary()` as HTML character references (for attributes and URLs). */
const C_DEC = [...C].map((ch) => `&#${ch.charCodeAt(0)};`).join('');
/** A `data:text/html` document that calls the canary of its parent. */
const DATA_HTML = '<script>parent.__xssCanary()</script>';

const script = [
  `<script>${C}</script>`,
  `<SCRIPT>${C}</SCRIPT>`,
  `<script >${C}</script >`,
  `<script src="data:text/javascript,${C}"></script>`,
  `<scr<script>ipt>${C}</scr</script>ipt>`,
  `</title></textarea></style></script><script>${C}</script>`,
  `<script\x20type="text/javascript">${C};</script>`,
  `<script/xss>${C}</script>`,
  `"><script>${C}</script>`,
  `'><script>${C}</script>`,
  `<template><script>${C}</script></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${C}>">`,
  `<iframe srcdoc="<script>parent.__xssCanary()</script>"></iframe>`,
  `<iframe src="javascript:parent.__xssCanary()"></iframe>`,
  `<object data="javascript:${C}"></object>`,
  `<embed src="javascript:${C}">`,
  `<base href="javascript:${C}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${C}">`,
  `<link rel="import" href="data:text/html,${DATA_HTML}">`,
  `<style>@import 'javascript:${C}';</style>`,
];

const eventHandler = [
  `<img src=x onerror=${C}>`,
  `<img src=x onerror="${C}">`,
  `<IMG SRC=x OnErRoR=${C}>`,
  `<img/src=x/onerror=${C}>`,
  `<img src=x onerror\t=${C}>`,
  `<img src=x onerror=&#119;indow.__xssCanary()>`,
  `<img src onerror=${C}>`,
  `<svg onload=${C}>`,
  `<svg/onload=${C}>`,
  `<body onload=${C}>`,
  `<input autofocus onfocus=${C}>`,
  `<details open ontoggle=${C}>`,
  `<video><source onerror=${C}></video>`,
  `<audio src=x onerror=${C}>`,
  `<marquee onstart=${C}>`,
  `<div onmouseover=${C}>hover</div>`,
  `<a href="#" onclick=${C}>click</a>`,
  `<form><button formaction="javascript:${C}">go</button></form>`,
  `<select autofocus onfocus=${C}></select>`,
  `<textarea autofocus onfocus=${C}></textarea>`,
  `<img src="x" onerror="eval(atob('d2luZG93Ll9feHNzQ2FuYXJ5KCk='))">`,
  `<img src=x:alert onerror=${C}//`,
];

const attributeBreakout = [
  `" autofocus onfocus=${C} x="`,
  `' autofocus onfocus=${C} x='`,
  `" onmouseover="${C}`,
  `"><img src=x onerror=${C}>`,
  `' onerror='${C}`,
  `\` onerror=${C} \``,
  `x" style="background:url(javascript:${C})`,
  `"/><svg onload=${C}>`,
  `--><img src=x onerror=${C}>`,
  `]]><img src=x onerror=${C}>`,
];

const urlScheme = [
  `javascript:${C}`,
  `JaVaScRiPt:${C}`,
  ` javascript:${C}`,
  `\x01javascript:${C}`,
  `\x00javascript:${C}`,
  `java\tscript:${C}`,
  `java\nscript:${C}`,
  `java\rscript:${C}`,
  `javascript\t:${C}`,
  `&#106;avascript:${C}`,
  `&#x6A;avascript:${C}`,
  `&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${C}`,
  `javascript&#58;${C}`,
  `javascript&colon;${C}`,
  `%6Aavascript:${C}`,
  `javascript%3A${C}`,
  `javascript:${C_DEC}`,
  `javascript://%0a${C}`,
  `javascript://example.com/%0a${C}`,
  `\u200Bjavascript:${C}`,
  `jav&#x09;ascript:${C}`,
  `vbscript:msgbox("xss")`,
  `VBScript:${C}`,
  `data:text/html,${DATA_HTML}`,
  `DATA:text/html,${DATA_HTML}`,
  ` data:text/html;base64,${btoa(DATA_HTML)}`,
  `data:text/html;charset=utf-8,${encodeURIComponent(DATA_HTML)}`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__xssCanary()"/>`,
  `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__xssCanary()"/>')}`,
  `data:application/javascript,${C}`,
  `https://user:pass@evil.example/x.png`,
  `//evil.example/%2e%2e`,
  `file:///etc/passwd`,
  `blob:https://evil.example/00000000-0000-0000-0000-000000000000`,
  `livescript:${C}`,
];

const svgMathml = [
  `<svg><script>${C}</script></svg>`,
  `<svg><a xlink:href="javascript:${C}"><text x="20" y="20">x</text></a></svg>`,
  `<svg><animate onbegin=${C} attributeName=x dur=1s>`,
  `<svg><set attributeName="onload" to="${C}"/></svg>`,
  `<svg><foreignObject><iframe src="javascript:parent.__xssCanary()"></iframe></foreignObject></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='parent.__xssCanary()'/></svg>#x"/></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${C}>`,
  `<math href="javascript:${C}">click</math>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:${C}">x</maction></math>`,
  `<svg><style><img src=x onerror=${C}></style></svg>`,
  `<svg><title><![CDATA[</title><img src=x onerror=${C}>]]></title></svg>`,
];

const markdown = [
  `[click](javascript:${C})`,
  `[click](<javascript:${C}>)`,
  `[click]( javascript:${C} )`,
  `[click](JaVaScRiPt:${C})`,
  `[click](java\tscript:${C})`,
  `[click](&#106;avascript:${C})`,
  `[click](javascript&#58;${C})`,
  `[click](javascript&colon;${C})`,
  `[click](%6Aavascript:${C})`,
  `[click](vbscript:msgbox(1))`,
  `[click](data:text/html,${encodeURIComponent(DATA_HTML)})`,
  `[click](javascript:${C} "title")`,
  `[a](https://ok.example "x\\" onmouseover=\\"${C}")`,
  `![x](javascript:${C})`,
  `![x](x" onerror="${C})`,
  `![<img src=x onerror=${C}>](https://ok.example/a.png)`,
  `[click][ref]\n\n[ref]: javascript:${C}`,
  `[click]\n\n[click]: <javascript:${C}>`,
  `<javascript:${C}>`,
  `<https://ok.example/" onmouseover="${C}>`,
  `**<img src=x onerror=${C}>**`,
  `*<svg onload=${C}>*`,
  `<div>\n<script>${C}</script>\n</div>`,
  `<a href="javascript:${C}">html link</a>`,
  `Text\n\n<img src=x onerror=${C}>\n\nmore`,
  `- item\n- <img src=x onerror=${C}>\n- [x](javascript:${C})`,
  `1. [x](javascript:${C})\n2. ok`,
  `\`<img src=x onerror=${C}>\``,
  `\`\`\`\n<script>${C}</script>\n\`\`\``,
  `[x](javascript:${C})[y](data:text/html,x)`,
  `[[x](javascript:${C})](https://ok.example)`,
  `[x](https://ok.example)](javascript:${C})`,
  `> [x](javascript:${C})`,
  `# <img src=x onerror=${C}>`,
  `[x](\\javascript:${C})`,
];

const template = [
  '${window.__xssCanary()}',
  '`${window.__xssCanary()}`',
  '{{constructor.constructor("window.__xssCanary()")()}}',
  '{{7*7}}',
  '<%= window.__xssCanary() %>',
  '<!--?lit$123456789$-->',
  '<!--?lit$1234$--><img src=x onerror=window.__xssCanary()>',
  'lit$123456789$',
  '?lit$123456789$',
  '<?lit$123$>',
  '<!---->',
  '<!--<img src=x onerror=window.__xssCanary()>-->',
  '{placeholder}',
  '{count}',
  '{orderNumber} {title}',
  '#{window.__xssCanary()}',
];

const prototypeKey = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__proto__.polluted',
  'constructor.prototype.polluted',
  '{"__proto__":{"polluted":"yes"}}',
];

const misc = [
  `\u202Ejavascript:${C}`,
  `\u0000<img src=x onerror=${C}>`,
  `<img src=x onerror=${C}>\u2028\u2029`,
  `\uFEFF<script>${C}</script>`,
  `<\u0000script>${C}</script>`,
  `&lt;img src=x onerror=${C}&gt;`,
  `&lt;script&gt;${C}&lt;/script&gt;`,
  `<img src=x onerror=${C}> 🤦🏽‍♂️ \uD800`,
  `<x onclick=${C}>`,
  `<custom-element onconnected=${C}></custom-element>`,
  `<returns-portal activity='{"type":"initialise_return"}'></returns-portal>`,
  `<delivery-status-card payload='{"status":"<img src=x onerror=${C}>"}'></delivery-status-card>`,
];

function tag(category: XssCategory, payloads: readonly string[]): XssPayload[] {
  return payloads.map((payload) => ({ category, payload }));
}

/** Every hostile string, deduplicated. */
export const xssCorpus: readonly XssPayload[] = (() => {
  const all = [
    ...tag('script', script),
    ...tag('event-handler', eventHandler),
    ...tag('attribute-breakout', attributeBreakout),
    ...tag('url-scheme', urlScheme),
    ...tag('svg-mathml', svgMathml),
    ...tag('markdown', markdown),
    ...tag('template', template),
    ...tag('prototype-key', prototypeKey),
    ...tag('misc', misc),
  ];
  const seen = new Set<string>();
  return Object.freeze(all.filter(({ payload }) => !seen.has(payload) && seen.add(payload)));
})();

/**
 * JSON text that gives an object own `__proto__`, `constructor` and `prototype` keys when parsed
 * with `JSON.parse` (an object literal would set the prototype instead). Spliced into every object
 * of a message.
 */
export const pollutingMembers =
  '"__proto__":{"polluted":"yes","isAdmin":true},' +
  '"constructor":{"prototype":{"polluted":"yes"}},' +
  '"prototype":{"polluted":"yes"}';

/** Counts per category (for the report and a sanity test). */
export function corpusSummary(): Record<XssCategory, number> {
  const out = {} as Record<XssCategory, number>;
  for (const { category } of xssCorpus) out[category] = (out[category] ?? 0) + 1;
  return out;
}
