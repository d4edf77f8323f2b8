/**
 * Drives a `<returns-portal>` the way a shopper does — by labels and visible text, not by the
 * ids a step view happens to use — so journey tests survive markup changes.
 */
import { elementUpdated, expect, oneEvent } from '@open-wc/testing';
import type { ReturnsPortal } from '../../src/returns-portal.js';

export const root = (portal: ReturnsPortal) => portal.shadowRoot!;

/** The card (`li.card`, fieldset…) whose text includes `text`: a scope for the other helpers. */
export function scopeOf(portal: ReturnsPortal, text: string, selector = '.card'): HTMLElement {
  const found = [...root(portal).querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent!.includes(text));
  if (!found) throw new Error(`no ${selector} with "${text}"`);
  return found;
}

/** The form control whose label includes `labelText`. */
export function control<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, labelText: string): T {
  const controls = [...scope.querySelectorAll<HTMLInputElement>('input, select, textarea')];
  const found = controls.find((c) => [...(c.labels ?? [])].some((label) => label.textContent!.includes(labelText)));
  if (!found) throw new Error(`no control labelled "${labelText}"`);
  return found as unknown as T;
}

/** Ticks a checkbox or radio by its label, as a click. */
export async function pick(portal: ReturnsPortal, scope: ParentNode, labelText: string) {
  control(scope, labelText).click();
  await elementUpdated(portal);
}

/** Chooses the option whose text includes `optionText` in the select labelled `labelText`. */
export async function choose(portal: ReturnsPortal, scope: ParentNode, labelText: string, optionText: string) {
  const select = control<HTMLSelectElement>(scope, labelText);
  const option = [...select.options].find((o) => o.textContent!.includes(optionText));
  if (!option) throw new Error(`no option "${optionText}" in "${labelText}"`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await elementUpdated(portal);
}

export const confirmButton = (portal: ReturnsPortal) =>
  root(portal).querySelector<HTMLButtonElement>('#confirm-button')!;
export const title = (portal: ReturnsPortal) => root(portal).querySelector<HTMLElement>('.title')!;
export const errorBanner = (portal: ReturnsPortal) => root(portal).querySelector<HTMLElement>('[part~="error"]');
export const button = (portal: ReturnsPortal, text: string) => {
  const found = [...root(portal).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    (b.getAttribute('aria-label') ?? b.textContent!).includes(text),
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};

/** Waits for the portal to show a step of `type` (the `returns-step` event). */
export async function stepShown(portal: ReturnsPortal, type: string) {
  if (portal.stepType === type && portal.state === 'ready') return;
  const { detail } = await oneEvent(portal, 'returns-step');
  expect(detail.stepType).to.equal(type);
}
