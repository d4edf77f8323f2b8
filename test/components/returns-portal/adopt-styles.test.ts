import { expect, fixture, html } from '@open-wc/testing';
import { css } from 'lit';
import { addStyles } from '../../../src/internal/adopt-styles.js';

/** A shadow root styled as Lit leaves it: one adopted sheet, or (no constructable sheets) one `<style>` after the content. */
async function styledRoot(adoptable: boolean) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<p class="x">content</p>';
  const own = css`
    p {
      color: rgb(1, 2, 3);
    }
  `;
  if (adoptable) root.adoptedStyleSheets = [own.styleSheet!];
  else root.append(Object.assign(document.createElement('style'), { textContent: own.cssText }));
  return { root, own };
}

describe('addStyles (styles of a part loaded later)', () => {
  afterEach(() => delete (window as { litNonce?: string }).litNonce);

  it('appends a constructable sheet after the ones there, once', async () => {
    const { root, own } = await styledRoot(true);
    const later = css`
      .x {
        margin-top: 7px;
      }
    `;
    addStyles(root, later);
    addStyles(root, later);
    expect(root.adoptedStyleSheets).to.deep.equal([own.styleSheet, later.styleSheet]);
    expect(getComputedStyle(root.querySelector('.x')!).marginTop).to.equal('7px');
    expect(root.querySelectorAll('style')).to.have.length(0);
  });

  it('without constructable sheets: a <style> after the others, with window.litNonce, once', async () => {
    const { root } = await styledRoot(false);
    (window as { litNonce?: string }).litNonce = 'n0nce';
    const later = css`
      .x {
        margin-top: 9px;
      }
    `;
    addStyles(root, later, false);
    addStyles(root, later, false);
    const styles = root.querySelectorAll('style');
    expect(styles).to.have.length(2);
    expect(styles[1].textContent).to.equal(later.cssText);
    expect(styles[1].getAttribute('nonce')).to.equal('n0nce');
    expect(root.lastChild).to.equal(styles[1]);
    expect(root.adoptedStyleSheets).to.have.length(0);
    expect(getComputedStyle(root.querySelector('.x')!).marginTop).to.equal('9px');
  });
});
