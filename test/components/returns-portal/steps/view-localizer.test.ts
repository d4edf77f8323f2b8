import { expect } from '@open-wc/testing';
import { Localizer } from '../../../../src/i18n/localizer.js';
import { returnsPortalEnglish } from '../../../../src/i18n/en/returns-portal.js';
import { viewLocalizer } from '../../../../src/components/returns-portal/steps/view-localizer.js';
import { cancelReturnView } from '../../../../src/components/returns-portal/steps/cancel-return.js';
import { productSelectionView } from '../../../../src/components/returns-portal/steps/product-selection.js';

describe('viewLocalizer', () => {
  it("adds a lazy view's English under the portal's strings and every override", () => {
    const base = new Localizer(returnsPortalEnglish, 'en-GB', { crReasonError: 'Pick one.' }, { back: 'Go back' });
    const l = viewLocalizer(base, cancelReturnView);
    expect(l.t('crKeepReturn')).to.equal('Keep my return');
    expect(l.t('crReasonError'), 'an override of a view key wins').to.equal('Pick one.');
    expect(l.t('back')).to.equal('Go back');
    expect(l.t('retry')).to.equal(returnsPortalEnglish.retry);
    expect(l.locale).to.equal('en-GB');
  });

  it("keeps the base localizer's locale and direction", () => {
    const l = viewLocalizer(new Localizer(returnsPortalEnglish, 'ar'), cancelReturnView);
    expect(l.locale).to.equal('ar');
    expect(l.dir).to.equal('rtl');
  });

  it('is made once per base localizer and view; a new base makes a new one', () => {
    const base = new Localizer(returnsPortalEnglish, 'en-GB');
    const l = viewLocalizer(base, cancelReturnView);
    expect(viewLocalizer(base, cancelReturnView)).to.equal(l);
    const next = new Localizer(returnsPortalEnglish, 'en-GB', { crKeepReturn: 'Keep it' });
    expect(viewLocalizer(next, cancelReturnView)).not.to.equal(l);
    expect(viewLocalizer(next, cancelReturnView).t('crKeepReturn')).to.equal('Keep it');
  });

  it('is the base localizer itself for a view without English of its own', () => {
    const base = new Localizer(returnsPortalEnglish, 'en-GB');
    expect(viewLocalizer(base, productSelectionView)).to.equal(base);
  });
});
