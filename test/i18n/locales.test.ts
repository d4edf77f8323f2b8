import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { en, type PluralEntry, type StringEntry } from '../../src/i18n/strings.js';
import { deliveryStatusCardEnglish } from '../../src/i18n/en/delivery-status-card.js';
import { returnErrorPopupEnglish } from '../../src/i18n/en/return-error-popup.js';
import { returnOverdueEnglish } from '../../src/i18n/en/return-overdue.js';
import { returnsPortalEnglish } from '../../src/i18n/en/returns-portal.js';
import { portalStepsEnglish } from '../../src/i18n/en/portal-steps.js';
import { builtInLanguages, builtInStrings, loadBuiltInStrings } from '../../src/i18n/catalog.js';
import type { DeliveryStatusCard, ReturnErrorPopup, ReturnOverdue, ReturnsPortal } from '../../src/index.js';
import {
  clone,
  initialiseReturnActivity,
  orderTrackerActivity,
  returnOverdueActivity,
  stepFixtures,
} from '../protocol/fixtures.js';
import { FakeFlow } from '../support/fake-flow.js';

const languages = ['de', 'fr', 'es', 'nl', 'ja', 'ar'] as const;
const placeholders = (entry: StringEntry) =>
  [...new Set((typeof entry === 'string' ? entry : Object.values(entry).join(' ')).match(/\{\w+\}/g) ?? [])]
    .filter((name) => name !== '{count}')
    .sort();

describe('seven locales', () => {
  // The portal keeps drafts per order in sessionStorage (D20): every test starts without one.
  beforeEach(() => sessionStorage.clear());

  it('en plus six lazily loaded languages', () => {
    expect([...builtInLanguages].sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'ja', 'nl']);
  });

  it("each element's English is part of en, with the same text", () => {
    const elements = {
      'delivery-status-card': deliveryStatusCardEnglish,
      'return-overdue': returnOverdueEnglish,
      'returns-portal': returnsPortalEnglish,
      'returns-portal lazy step views': portalStepsEnglish,
      'return-error-popup': returnErrorPopupEnglish,
    };
    const covered = new Set<string>();
    for (const [element, english] of Object.entries(elements)) {
      for (const [key, text] of Object.entries(english)) {
        expect(text, `${element}: ${key}`).to.deep.equal(en[key as keyof typeof en]);
        covered.add(key);
      }
    }
    expect([...covered].sort(), 'keys no element renders').to.deep.equal(Object.keys(en).sort());
  });

  for (const language of languages) {
    it(`${language} has every key, the same kinds and placeholders, and its plural forms`, async () => {
      const strings = await loadBuiltInStrings(language);
      expect(strings).to.exist;
      expect(Object.keys(strings!).sort()).to.deep.equal(Object.keys(en).sort());
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [key, english] of Object.entries(en) as [keyof typeof en, StringEntry][]) {
        const translated = strings![key] as StringEntry;
        expect(typeof translated, key).to.equal(typeof english);
        expect(placeholders(translated), key).to.deep.equal(placeholders(english));
        if (typeof translated === 'object') {
          const plural = translated as PluralEntry;
          expect(plural.other, `${key}.other`).to.be.a('string');
          for (const category of categories) {
            expect(plural[category] ?? plural.other, `${key}.${category}`).to.be.a('string');
          }
        } else {
          expect(translated.trim(), key).not.to.equal('');
        }
      }
      expect(builtInStrings(`${language}-XX`)).to.equal(strings);
    });
  }

  it('a language without built-in strings resolves to nothing (English is used)', async () => {
    expect(await loadBuiltInStrings('sv-SE')).to.equal(undefined);
    // English is not in the catalog: each element has its own.
    expect(await loadBuiltInStrings('en-GB')).to.equal(undefined);
    expect(builtInStrings('en-GB')).to.equal(undefined);
  });

  for (const language of ['en', ...languages]) {
    it(`every element renders in ${language}`, async () => {
      const strings = language === 'en' ? en : (await loadBuiltInStrings(language))!;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${language}>
          <delivery-status-card .payload=${clone(orderTrackerActivity).payload}></delivery-status-card>
          <return-overdue .payload=${clone(returnOverdueActivity).payload}></return-overdue>
          <return-error-popup message="x"></return-error-popup>
          <returns-portal></returns-portal>
        </div>`,
      );
      const card = wrapper.querySelector<DeliveryStatusCard>('delivery-status-card')!;
      const overdue = wrapper.querySelector<ReturnOverdue>('return-overdue')!;
      const popup = wrapper.querySelector<ReturnErrorPopup>('return-error-popup')!;
      const portal = wrapper.querySelector<ReturnsPortal>('returns-portal')!;
      const flow = new FakeFlow();
      portal.flowClient = flow;
      const shown = oneEvent(portal, 'returns-step');
      void portal.start(clone(initialiseReturnActivity));
      (await flow.next(1)).answer(clone(stepFixtures.product_selection));
      await shown;
      const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      await waitUntil(() => text(card).includes(strings.carrier as string), `${language}: card in its language`);
      expect(text(card)).to.contain(strings.statusInTransit as string);
      await waitUntil(() => text(overdue).includes(strings.orderTotal as string), `${language}: overdue`);
      await waitUntil(() => text(popup).includes(strings.errorPopupTitle as string), `${language}: popup`);
      await waitUntil(
        () => portal.shadowRoot!.querySelector('.title')!.textContent === strings.stepTitleProductSelection,
        `${language}: portal`,
      );
      const expectedDir = language === 'ar' ? 'rtl' : 'ltr';
      for (const el of [card, overdue, portal]) expect(el.direction, el.localName).to.equal(expectedDir);
    });
  }
});
