/**
 * Styles added to a shadow root after Lit made it: for parts of an element that load later (the
 * portal's lazy step views, DECISIONS.md D36). Lit adopts an element's static styles once, when
 * it creates the root, and its `adoptStyles` replaces whatever the root has.
 */
import { supportsAdoptingStyleSheets, type CSSResult } from 'lit';

const added = new WeakMap<ShadowRoot, WeakSet<CSSResult>>();

/**
 * Adds `styles` to `root` once, after the styles it has. Constructable stylesheets are appended
 * to `adoptedStyleSheets` (CSP does not govern them, docs/csp.md). Where those are unsupported,
 * a `<style>` is appended as Lit's own fallback does, with `window.litNonce` as its nonce; Lit
 * renders before its first `<style>`, so the new one stays out of what Lit renders.
 *
 * @param adoptable whether the browser adopts constructable stylesheets (a parameter for tests)
 */
export function addStyles(root: ShadowRoot, styles: CSSResult, adoptable = supportsAdoptingStyleSheets): void {
  let done = added.get(root);
  if (done?.has(styles)) return;
  if (!done) added.set(root, (done = new WeakSet()));
  done.add(styles);
  const sheet = adoptable ? styles.styleSheet : undefined;
  if (sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.appendChild(style);
}
