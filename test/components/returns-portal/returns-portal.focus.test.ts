import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/returns-portal.js';
import { clone, initialiseReturnActivity, stepFixtures } from '../../protocol/fixtures.js';
import { FakeFlow } from '../../support/fake-flow.js';
import { choose, confirmButton, pick, root, scopeOf, title } from '../../support/portal-driver.js';

/** A portal showing its first step; focus starts on a button of the page. */
async function firstStepShown() {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="elsewhere">Elsewhere</button>
      <returns-portal locale="en-GB" ephemeral></returns-portal>
    </div>`,
  );
  const elsewhere = wrapper.querySelector<HTMLButtonElement>('#elsewhere')!;
  elsewhere.focus();
  const portal = wrapper.querySelector('returns-portal')!;
  const flow = new FakeFlow();
  portal.flowClient = flow;
  const shown = oneEvent(portal, 'returns-step');
  void portal.start(clone(initialiseReturnActivity));
  (await flow.next(1)).answer(clone(stepFixtures.product_selection));
  await shown;
  return { portal, flow, elsewhere };
}

// The order matters: user activation is sticky for the page, so the no-interaction case runs first.
describe('<returns-portal> focus', () => {
  it('on page load (no interaction yet) the first step leaves focus where it was', async () => {
    expect(navigator.userActivation.hasBeenActive, 'precondition: no interaction yet').to.be.false;
    const { elsewhere } = await firstStepShown();
    expect(document.activeElement).to.equal(elsewhere);
  });

  it('once the shopper has interacted, the first step takes focus on its heading', async () => {
    await sendKeys({ press: 'KeyA' }); // a key press is a user activation (modifier keys are not)
    expect(navigator.userActivation.hasBeenActive).to.be.true;
    const { portal } = await firstStepShown();
    expect(root(portal).activeElement).to.equal(title(portal));
  });

  it('every step change moves focus to the new heading', async () => {
    const { portal, flow, elsewhere } = await firstStepShown();
    elsewhere.focus();
    const shoes = scopeOf(portal, 'Trail Runner 2');
    await pick(portal, shoes, 'Trail Runner 2');
    await choose(portal, shoes, 'Reason for return', 'Size or fit');
    await choose(portal, shoes, 'Specific reason', 'Too small');
    const shown = oneEvent(portal, 'returns-step');
    confirmButton(portal).click();
    flow.last.answer(clone(stepFixtures.return_options));
    await shown;
    expect(root(portal).activeElement).to.equal(title(portal));
    expect(title(portal).textContent).to.equal('Choose how to return');
  });
});
