import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/return-error-popup.js';
import type { ReturnErrorPopup } from '../../../src/return-error-popup.js';
import type { ReturnErrorPopupCloseEvent } from '../../../src/events/index.js';

const dialogOf = (el: ReturnErrorPopup) => el.shadowRoot!.querySelector('dialog')!;
const buttonOf = (el: ReturnErrorPopup) => el.shadowRoot!.querySelector('button')!;

/** A page with an opener button and a popup; the opener has focus, as after a click. */
async function setup(message = 'Order 123 cannot be returned online.') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="opener">Open</button>
      <return-error-popup locale="en-GB" .message=${message}></return-error-popup>
    </div>`,
  );
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  const popup = wrapper.querySelector('return-error-popup')!;
  opener.focus();
  return { opener, popup };
}

describe('<return-error-popup>', () => {
  it('renders closed, as a labelled and described alertdialog', async () => {
    const { popup } = await setup();
    const dialog = dialogOf(popup);
    expect(popup.open).to.be.false;
    expect(dialog.open).to.be.false;
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    const title = popup.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    const message = popup.shadowRoot!.getElementById(dialog.getAttribute('aria-describedby')!)!;
    expect(title.textContent).to.equal('We could not start your return');
    expect(message.textContent).to.equal('Order 123 cannot be returned online.');
  });

  it('show() opens it modally, reflects open, and moves focus inside', async () => {
    const { popup } = await setup();
    await popup.show();
    expect(dialogOf(popup).open).to.be.true;
    expect(dialogOf(popup).matches(':modal')).to.be.true;
    expect(popup.hasAttribute('open')).to.be.true;
    expect(popup.shadowRoot!.activeElement).to.equal(buttonOf(popup));
    await expect(popup).to.be.accessible();
  });

  it('show(message) replaces the message; an empty message shows the generic error', async () => {
    const { popup } = await setup('');
    expect(popup.shadowRoot!.querySelector('p')!.textContent).to.equal('Something went wrong. Please try again.');
    await popup.show('No return possible.');
    expect(popup.shadowRoot!.querySelector('p')!.textContent).to.equal('No return possible.');
  });

  it('the open attribute opens it', async () => {
    const el = await fixture<ReturnErrorPopup>(html`<return-error-popup open message="Nope"></return-error-popup>`);
    await el.updateComplete;
    expect(dialogOf(el).open).to.be.true;
  });

  it('the close button closes it, fires close then closed, and gives focus back', async () => {
    const { opener, popup } = await setup();
    await popup.show();
    const events: string[] = [];
    popup.addEventListener('return-error-popup-close', (e) => events.push(`${e.type}:${e.detail.source}`));
    const closed = oneEvent(popup, 'return-error-popup-closed');
    buttonOf(popup).click();
    const { detail } = await closed;
    events.push(`return-error-popup-closed:${detail.source}`);
    expect(events).to.deep.equal(['return-error-popup-close:button', 'return-error-popup-closed:button']);
    expect(dialogOf(popup).open).to.be.false;
    expect(popup.open).to.be.false;
    expect(document.activeElement).to.equal(opener);
  });

  it('Escape closes it with source escape', async () => {
    const { opener, popup } = await setup();
    await popup.show();
    const close = oneEvent(popup, 'return-error-popup-close');
    const closed = oneEvent(popup, 'return-error-popup-closed');
    await sendKeys({ press: 'Escape' });
    expect((await close).detail.source).to.equal('escape');
    await closed;
    expect(dialogOf(popup).open).to.be.false;
    expect(document.activeElement).to.equal(opener);
  });

  it('preventDefault() on the close event keeps it open, for Escape, the button and hide()', async () => {
    const { popup } = await setup();
    await popup.show();
    const vetoed: string[] = [];
    const veto = (e: ReturnErrorPopupCloseEvent) => {
      vetoed.push(e.detail.source);
      e.preventDefault();
    };
    popup.addEventListener('return-error-popup-close', veto);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    buttonOf(popup).click();
    expect(await popup.hide()).to.be.false;
    await popup.updateComplete;
    expect(vetoed).to.deep.equal(['escape', 'escape', 'button', 'method']);
    expect(dialogOf(popup).open).to.be.true;
    expect(popup.open).to.be.true;
    popup.removeEventListener('return-error-popup-close', veto);
    expect(await popup.hide()).to.be.true;
    expect(dialogOf(popup).open).to.be.false;
  });

  it('setting open = false is a close request with source method, and can be vetoed', async () => {
    const { popup } = await setup();
    await popup.show();
    popup.addEventListener('return-error-popup-close', (e) => e.preventDefault(), { once: true });
    popup.open = false;
    await popup.updateComplete;
    expect(popup.open).to.be.true;
    expect(dialogOf(popup).open).to.be.true;
    const closed = oneEvent(popup, 'return-error-popup-closed');
    popup.open = false;
    expect((await closed).detail.source).to.equal('method');
    expect(dialogOf(popup).open).to.be.false;
  });

  it('keeps focus inside while open (the rest of the page is inert)', async () => {
    const { opener, popup } = await setup();
    await popup.show();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).not.to.equal(opener);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).not.to.equal(opener);
  });

  it('re-opens when the browser closes the dialog while it is meant to stay open', async () => {
    const { popup } = await setup();
    await popup.show();
    const nativeClose = oneEvent(dialogOf(popup), 'close');
    dialogOf(popup).close();
    await nativeClose;
    expect(dialogOf(popup).open).to.be.true;
    expect(popup.open).to.be.true;
  });

  it('hide() on a closed popup resolves true without events', async () => {
    const { popup } = await setup();
    let fired = false;
    popup.addEventListener('return-error-popup-close', () => (fired = true));
    expect(await popup.hide()).to.be.true;
    expect(fired).to.be.false;
  });

  it('follows the locale for its built-in strings and direction', async () => {
    const el = await fixture<ReturnErrorPopup>(
      html`<return-error-popup locale="ar" .strings=${{ errorPopupTitle: 'تعذر بدء الإرجاع' }}></return-error-popup>`,
    );
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('تعذر بدء الإرجاع');
    expect(dialogOf(el).dir).to.equal('rtl');
  });
});
