import { expect } from '@open-wc/testing';
import { shippingInformationView } from '../../../../src/components/returns-portal/steps/shipping-information.js';
import type { StepContext } from '../../../../src/components/returns-portal/steps/step-view.js';
import { Localizer } from '../../../../src/i18n/localizer.js';
import { returnsPortalEnglish } from '../../../../src/i18n/en/returns-portal.js';
import { shippingInformationEnglish } from '../../../../src/i18n/en/portal-steps.js';
import { parseStep, type ShippingInformationStep } from '../../../../src/protocol/index.js';
import { clone, shippingInformationStep, type DeepMutable } from '../../../protocol/fixtures.js';
import { okResult } from '../../../protocol/helpers.js';
import { cleanupSteps, makeStepContext, renderStep } from '../../../support/step-context.js';

// The English this view's localizer has in the portal: the portal's and the view's own.
const english = { ...returnsPortalEnglish, ...shippingInformationEnglish };

/** A 1 × 1 PNG: images load without the network. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const LABEL_URL = 'https://returns.northwind-shoes.example/labels/NW-100245.pdf';

type Wire = DeepMutable<typeof shippingInformationStep>;

/** The fixture with local images, optionally edited, validated as the portal would. */
function step(edit: (wire: Wire) => void = () => {}): ShippingInformationStep {
  const wire = clone(shippingInformationStep);
  wire.payload.returnInstructions[0]!.imageUrls = [PIXEL];
  edit(wire);
  const result = okResult(parseStep(wire));
  return result.value as ShippingInformationStep;
}

function minimalStep(status: string): ShippingInformationStep {
  return okResult(
    parseStep({
      type: 'shipping_information',
      payload: { status, confirmButtonText: '', returnInstructions: [{ text: 'Hand the parcel to the courier' }] },
    }),
  ).value as ShippingInformationStep;
}

function show(s: ShippingInformationStep, overrides: Partial<StepContext> = {}) {
  const { context, calls } = makeStepContext(overrides);
  const root = renderStep(shippingInformationView.render(s, context), [shippingInformationView.styles!]);
  return { root, context, calls };
}

const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('shipping_information view', () => {
  afterEach(cleanupSteps);

  describe('rendering', () => {
    it('renders the status and the instructions of the full fixture as an ordered list', () => {
      const { root } = show(step());
      expect(text(root.querySelector('.si-status'))).to.equal('Status Return submitted');
      const items = [...root.querySelectorAll('ol > li')];
      expect(items).to.have.length(3);
      expect(items.map((li) => text(li.querySelector('.si-text')))).to.deep.equal([
        'Print your return label',
        'Pack the items securely',
        'Drop it off at any Post Office within 14 days',
      ]);
      expect(text(items[0]!.querySelector('.si-subtext'))).to.equal(
        'No printer? Show the QR code at the Post Office instead.',
      );
      expect(items[2]!.querySelector('.si-subtext')).to.be.null;
      const images = [...items[0]!.querySelectorAll('img')];
      expect(images.map((img) => img.src)).to.deep.equal([PIXEL]);
      expect(items[1]!.querySelector('img, a')).to.be.null;
      expect(text(root.querySelector('h3'))).to.equal('What to do next');
    });

    it('renders a minimal step, showing an unknown status as given', () => {
      const { root } = show(minimalStep('  Awaiting courier '));
      expect(text(root.querySelector('.si-badge'))).to.equal('Awaiting courier');
      expect([...root.querySelectorAll('ol > li')].map(text)).to.deep.equal(['Hand the parcel to the courier']);
      expect(root.querySelector('a')).to.be.null;
    });

    it('normalises status spellings to their label', () => {
      expect(text(show(minimalStep('Label Created')).root.querySelector('.si-badge'))).to.equal('Label created');
      expect(text(show(minimalStep('RETURN_RECEIVED')).root.querySelector('.si-badge'))).to.equal('Return received');
    });

    it('shows no list without instructions', () => {
      const { root } = show(step((wire) => (wire.payload.returnInstructions = [])));
      expect(root.querySelector('ol')).to.be.null;
      expect(text(root.querySelector('.si-badge'))).to.equal('Return submitted');
    });

    it('shows a placeholder for a refused image', () => {
      const s = step((wire) => (wire.payload.returnInstructions[0]!.imageUrls = ['javascript:alert(1)', PIXEL]));
      const frames = [...show(s).root.querySelectorAll('.si-images .image-frame')];
      expect(frames).to.have.length(2);
      expect(frames[0]!.classList.contains('broken')).to.be.true;
      expect(frames[0]!.querySelector('img')).to.be.null;
    });

    it('renders flow text as text, never as HTML', () => {
      const { root } = show(
        step((wire) => (wire.payload.returnInstructions[1]!.text = '<b>Pack</b> <img src=x onerror=alert(1)>')),
      );
      expect(root.querySelector('b')).to.be.null;
      expect(root.querySelectorAll('img')).to.have.length(1);
      expect(text(root.querySelectorAll('.si-text')[1])).to.equal('<b>Pack</b> <img src=x onerror=alert(1)>');
    });

    it('uses the strings of the localizer', () => {
      const l = new Localizer(english, 'de-DE', {
        siStatus: 'Status',
        siInstructionsTitle: 'So geht es weiter',
        opensInNewTab: '(öffnet in einem neuen Tab)',
      });
      const { root } = show(step(), { l });
      expect(text(root.querySelector('h3'))).to.equal('So geht es weiter');
      expect(text(root.querySelector('a .visually-hidden'))).to.equal('(öffnet in einem neuen Tab)');
    });
  });

  describe('download button', () => {
    it('is a real link that downloads in a new tab (D33)', () => {
      const { root } = show(step());
      const links = [...root.querySelectorAll('a')];
      expect(links).to.have.length(1);
      const link = links[0]!;
      expect(link.getAttribute('href')).to.equal(LABEL_URL);
      expect(link.hasAttribute('download')).to.be.true;
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(link.classList.contains('link-button')).to.be.true;
      expect(text(link)).to.equal('Download label (opens in a new tab)');
      expect(text(link.querySelector('.visually-hidden'))).to.equal('(opens in a new tab)');
      expect(root.querySelector('ol > li:first-child')!.contains(link)).to.be.true;
    });

    it('is keyboard reachable', () => {
      const { root } = show(step());
      const link = root.querySelector('a')!;
      link.focus();
      expect(root.activeElement).to.equal(link);
    });

    it('renders the text without a link when its URL was refused', () => {
      const s = step((wire) => (wire.payload.returnInstructions[0]!.downloadButton!.url = 'javascript:alert(1)'));
      expect(s.payload.returnInstructions[0]!.downloadButton!.url).to.be.null;
      const { root } = show(s);
      expect(root.querySelector('a')).to.be.null;
      expect(text(root.querySelector('.si-download-text'))).to.equal('Download label');
    });

    it('says "Download" when the flow gave no text', () => {
      const { root } = show(step((wire) => (wire.payload.returnInstructions[0]!.downloadButton!.text = ' ')));
      expect(text(root.querySelector('a'))).to.equal('Download (opens in a new tab)');
    });
  });

  describe('problems', () => {
    it('never blocks the confirm', () => {
      const { context } = show(step());
      expect(shippingInformationView.problems?.(step(), context) ?? []).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('is accessible', async () => {
      const { root } = show(step());
      await expect(root.querySelector('.step')).to.be.accessible();
    });

    it('is accessible with problems shown and a refused link', async () => {
      const s = step((wire) => (wire.payload.returnInstructions[0]!.downloadButton!.url = 'javascript:alert(1)'));
      const { root } = show(s, { showProblems: true });
      await expect(root.querySelector('.step')).to.be.accessible();
    });

    it('fits a 280 px panel without horizontal scrolling', () => {
      const { root } = show(step());
      const host = root.host as HTMLElement;
      host.style.setProperty('inline-size', '280px');
      host.style.setProperty('display', 'block');
      const container = root.querySelector<HTMLElement>('.step')!;
      expect(container.scrollWidth).to.be.at.most(container.clientWidth);
    });
  });
});
