/**
 * Strict CSP (DECISIONS.md D35, docs/csp.md). The runner's own pages boot with an inline script, so
 * the journey runs in an iframe whose document `scripts/csp-plugin.mjs` serves with the policy;
 * `csp-page/journey.ts` counts the `securitypolicyviolation` events there and posts them back.
 */
import { expect } from '@open-wc/testing';
import type { CspReport, Violation } from './csp-page/journey.js';

const pageUrl = new URL('./csp-page/index.html', import.meta.url).href;

let report: CspReport | undefined;
let policyHeader: string | null = null;

function loadPage(): Promise<CspReport> {
  return new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    iframe.title = 'returnkit under a strict CSP';
    iframe.width = '360';
    iframe.height = '900';
    const timer = setTimeout(() => reject(new Error('the CSP page posted nothing within 40 s')), 40_000);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow || (event.data as CspReport)?.type !== 'returnkit-csp') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(event.data as CspReport);
    };
    window.addEventListener('message', onMessage);
    iframe.src = pageUrl;
    document.body.append(iframe);
  });
}

const describeViolation = (v: Violation) =>
  `[${v.phase}] ${v.effectiveDirective} (${v.violatedDirective}) blocked ${v.blockedURI || '(inline)'} ` +
  `sample=${JSON.stringify(v.sample)} at ${v.source}`;

const inPhase = (phase: string) => report!.violations.filter((v) => v.phase === phase);
const directives = (phase: string) => inPhase(phase).map((v) => v.effectiveDirective);

describe('strict CSP (D35)', function () {
  this.timeout(60_000);

  before(async () => {
    const response = await fetch(pageUrl, { cache: 'no-store' });
    policyHeader = response.headers.get('content-security-policy');
    report = await loadPage();
  });

  it('the page is served with the documented policy', () => {
    expect(policyHeader).to.be.a('string');
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' https: data: blob:",
      "require-trusted-types-for 'script'",
      "trusted-types lit-html 'allow-duplicates'",
    ]) {
      expect(policyHeader!.split(/;\s*/), directive).to.include(directive);
    }
    expect(policyHeader, 'no unsafe-* source').not.to.match(/unsafe-/);
  });

  it('every element renders and a whole portal journey completes under the policy', () => {
    expect(report!.error ?? '', 'page error').to.equal('');
    expect(report!.done).to.be.true;
    expect(report!.steps).to.deep.equal([
      'product_selection',
      'return_options',
      'important_information',
      'shipping_information',
    ]);
    expect(report!.lastConfirmLabel).to.equal('Return to chat');
    expect(report!.closeReason).to.equal('completed');
  });

  it('lazily loaded step views render with their styles adopted, under the same policy', () => {
    expect(report!.lazySteps).to.deep.equal([
      'return_details',
      'drop_off_locations',
      'return_details',
      'cancel_return',
    ]);
    expect(report!.lazySheetsAdded, 'return_details brings one constructable sheet').to.equal(1);
  });

  it('the journey exercised https:, blob: and data: images', () => {
    expect(report!.imageSchemes).to.include.members(['https:', 'blob:']);
    expect(report!.attachmentScheme, 'the photo is sent as a data: URL').to.equal('data:');
  });

  it('the refused probes threw (Trusted Types: TypeError; eval: EvalError), the others were blocked silently', () => {
    expect(report!.probeErrors).to.deep.equal([
      'inline-script: TypeError',
      'other-policy: TypeError',
      'eval: EvalError',
    ]);
  });

  it('the journey causes no violation at all', () => {
    expect(inPhase('journey').map(describeViolation)).to.deep.equal([]);
  });

  describe('the listener works: what the page does on purpose is blocked and reported', () => {
    it('a style= attribute (style-src without unsafe-inline)', () => {
      expect(directives('probe:style-attribute')).to.deep.equal(['style-src-attr']);
    });

    it("a style= attribute inside an element's shadow root reaches the same listener", () => {
      expect(directives('probe:shadow-style-attribute')).to.deep.equal(['style-src-attr']);
    });

    it('an inline script from a plain string (Trusted Types)', () => {
      expect(directives('probe:inline-script')).to.deep.equal(['require-trusted-types-for']);
    });

    it('an inline script from a duplicate lit-html policy (script-src)', () => {
      expect(directives('probe:lit-html-policy-script')).to.deep.equal(['script-src-elem']);
      expect(report!.inlineScriptRan).to.be.false;
    });

    it('a Trusted Types policy with another name', () => {
      expect(directives('probe:other-policy')).to.deep.equal(['trusted-types']);
    });

    it('eval (Trusted Types check string compilation before script-src; no unsafe-eval)', () => {
      const found = directives('probe:eval');
      expect(found.length).to.be.greaterThan(0);
      expect(
        found.every((d) => d === 'require-trusted-types-for' || d === 'script-src'),
        found.join(),
      ).to.be.true;
    });
  });
});
