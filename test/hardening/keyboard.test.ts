/**
 * Keyboard only (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7): the shopper reaches and operates everything with
 * Tab, Shift+Tab, Space, Enter, arrow keys and typing — no `.click()`, no values set from script.
 * The test only does what a host does: render elements, start the portal when the card asks for a
 * return, open the popup, answer the returns flow.
 *
 * Every element reached by a key press is checked for a visible focus indicator: it matches
 * `:focus-visible` and it (or, for a visually hidden native input, its label or the card around
 * it) has a computed outline that is not `none` and not 0 wide.
 *
 * Assertions compare strings, booleans and counts only (a DOM element as the actual value of a
 * failing assertion can hang the runner).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DeliveryStatusCard } from '../../src/delivery-status-card.js';
import type { ReturnsPortal } from '../../src/returns-portal.js';
import type { ReturnErrorPopup } from '../../src/return-error-popup.js';
import { activityFixtures, clone, stepFixtures } from '../protocol/fixtures.js';
import { FakeFlow } from '../support/fake-flow.js';

/** The focused element, followed into open shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A simplified accessible name: aria-label, aria-labelledby, `<label>`s, else the text. */
function nameOf(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const label = el.getAttribute('aria-label');
  if (label) return squash(label);
  const by = el.getAttribute('aria-labelledby');
  if (by)
    return squash(
      by
        .split(/\s+/)
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) return squash([...labels].map((l) => l.textContent).join(' '));
  return squash(el.textContent);
}

/** `tag#id "name"` in the host it belongs to: what the focus sequences are made of. */
function who(el: Element | null): string {
  if (!el) return '(nothing)';
  const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'page';
  const type = el instanceof HTMLInputElement ? `[${el.type}]` : '';
  return `${host} ${el.localName}${type}${el.id ? `#${el.id}` : ''} "${nameOf(el).slice(0, 60)}"`;
}

function hasOutline(el: Element): boolean {
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && rect.width > 2 && rect.height > 2;
}

/** Why the focus on `el` is not visible, or '' when it is. */
function focusProblem(el: Element): string {
  if (!el.matches(':focus-visible')) return `${who(el)} does not match :focus-visible`;
  if (hasOutline(el)) return '';
  // A visually hidden native input shows its focus on its label or on the card around it.
  const candidates: Element[] = [...((el as HTMLInputElement).labels ?? [])];
  for (let up = el.parentElement, i = 0; up && i < 4; up = up.parentElement, i++) candidates.push(up);
  if (candidates.some(hasOutline)) return '';
  const style = getComputedStyle(el);
  return `${who(el)} has no visible focus indicator (outline ${style.outlineStyle} ${style.outlineWidth})`;
}

/** Everything a key press focused that showed no focus indicator, across a test. */
let focusProblems: string[] = [];

async function press(key: string) {
  if (key.startsWith('Shift+')) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key.slice('Shift+'.length) });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
  // Let Lit re-render after a change the key made.
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Presses Tab (or Shift+Tab) once and returns the newly focused element, checking its focus ring. */
async function tab(shift = false): Promise<Element | null> {
  await press(shift ? 'Shift+Tab' : 'Tab');
  const el = deepActive();
  if (el && el !== document.body) {
    const problem = focusProblem(el);
    if (problem) focusProblems.push(problem);
  }
  return el;
}

/** Tabs until `test` holds for the focused element; returns the sequence of focused elements. */
async function tabUntil(what: string, test: (el: Element) => boolean, shift = false, max = 60): Promise<string[]> {
  const visited: string[] = [];
  for (let i = 0; i < max; i++) {
    const el = await tab(shift);
    visited.push(who(el));
    if (el && test(el)) return visited;
  }
  throw new Error(`${what} never focused; focus went ${visited.join(' → ')}`);
}

const inside = (host: Element) => (el: Element) => host.shadowRoot!.contains(el);
const named = (text: string) => (el: Element) => nameOf(el).includes(text);
const labelled = (text: string, tag?: string) => (el: Element) =>
  (!tag || el.localName === tag) &&
  [...((el as HTMLInputElement).labels ?? [])].some((l) => l.textContent!.includes(text));
const withinCard = (text: string, test: (el: Element) => boolean) => (el: Element) =>
  test(el) && !!el.closest('.card, fieldset') && squash(el.closest('.card, fieldset')!.textContent).includes(text);

/**
 * The elements of a shadow root that Tab should reach, in DOM order: enabled, rendered, not
 * `tabindex="-1"`, one radio per group (the checked one, else the first enabled).
 */
function tabbablesOf(root: ShadowRoot): Element[] {
  const all = [
    ...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
  ].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      el.checkVisibility() &&
      !el.closest('dialog:not([open]), [inert], [hidden]'),
  );
  const groups = new Map<string, HTMLInputElement[]>();
  for (const el of all) {
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      const list = groups.get(el.name) ?? [];
      list.push(el);
      groups.set(el.name, list);
    }
  }
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
    const group = groups.get(el.name)!;
    return el === (group.find((r) => r.checked) ?? group[0]);
  });
}

/** Answers the flow's next execution with a step fixture and waits until the portal shows it. */
async function answer(portal: ReturnsPortal, flow: FakeFlow, count: number, step: unknown) {
  const shown = oneEvent(portal, 'returns-step');
  (await flow.next(count)).answer(step);
  await shown;
}

describe('keyboard only', function () {
  this.timeout(30_000);

  beforeEach(() => {
    focusProblems = [];
    // No draft from an earlier portal for the same order (D20 keeps one in sessionStorage).
    sessionStorage.clear();
  });

  it('delivery card: Tab reaches every control in visual order, Enter on Return fires chat-event, focus leaves the card', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button type="button" id="before">Before</button>
        <delivery-status-card
          locale="en-GB"
          .payload=${clone(activityFixtures.orderTracker.payload)}
        ></delivery-status-card>
        <button type="button" id="after">After</button>
      </div>`,
    );
    const card = wrapper.querySelector<DeliveryStatusCard>('delivery-status-card')!;
    await card.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    const expected = tabbablesOf(card.shadowRoot!).map(who);
    const visited = await tabUntil('the Return button', named('Start a return'));
    expect(visited, 'focus order in the card').to.deep.equal(expected);
    expect(visited.length, 'tracking link, copy, proof, Return').to.be.greaterThan(3);

    const requested = oneEvent(card, 'chat-event');
    await press('Enter');
    const event = (await requested) as CustomEvent<{ payload: { name: string } }>;
    expect(event.detail.payload.name).to.equal('returnRequested');

    // The Return button is the last control: Tab leaves the card, Shift+Tab comes back.
    expect(who(await tab())).to.equal('page button#after "After"');
    expect((await tab(true))?.matches('[part~="return-button"]'), 'back on Return').to.be.true;
    expect(focusProblems).to.deep.equal([]);
  });

  it('delivery card: the proof of delivery opens with Enter, Escape closes it and focus returns', async () => {
    const card = await fixture<DeliveryStatusCard>(
      html`<delivery-status-card
        locale="en-GB"
        .payload=${clone(activityFixtures.orderTracker.payload)}
      ></delivery-status-card>`,
    );
    card.shadowRoot!.querySelector<HTMLElement>('[part~="tracking-link"]')!.focus();
    await tabUntil('the proof button', (el) => el.matches('[part~="proof-button"]'));
    await press('Enter');
    const dialog = card.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.be.true;
    expect(dialog.contains(deepActive()), 'focus moved into the dialog').to.be.true;
    await press('Escape');
    expect(dialog.open).to.be.false;
    expect(deepActive()?.matches('[part~="proof-button"]'), `focus returned: ${who(deepActive())}`).to.be.true;
  });

  it('return overdue card: its links are reachable and focus leaves the card', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button type="button" id="before">Before</button>
        <return-overdue locale="en-GB" .payload=${clone(activityFixtures.returnOverdue.payload)}></return-overdue>
        <button type="button" id="after">After</button>
      </div>`,
    );
    const card = wrapper.querySelector('return-overdue')!;
    // The markdown renders once marked has loaded.
    const start = performance.now();
    while (!card.shadowRoot!.querySelector('a[href]') && performance.now() - start < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const expected = [...tabbablesOf(card.shadowRoot!).map(who), 'page button#after "After"'];
    const visited = await tabUntil('the After button', (el) => el.id === 'after');
    expect(visited).to.deep.equal(expected);
    expect(focusProblems).to.deep.equal([]);
  });

  it('a whole portal journey to "Return to chat", in visual order, and focus leaves the portal', async () => {
    const flow = new FakeFlow();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <delivery-status-card
          locale="en-GB"
          .payload=${clone(activityFixtures.orderTracker.payload)}
        ></delivery-status-card>
        <returns-portal locale="en-GB" .flowClient=${flow}></returns-portal>
        <button type="button" id="after">After</button>
      </div>`,
    );
    const card = wrapper.querySelector<DeliveryStatusCard>('delivery-status-card')!;
    const portal = wrapper.querySelector<ReturnsPortal>('returns-portal')!;
    const root = portal.shadowRoot!;
    const confirm = () => root.querySelector('#confirm-button')!;
    // The host starts the portal when the card asks for a return (its chat flow answers).
    card.addEventListener('chat-event', () => void portal.start(clone(activityFixtures.initialise_return)));

    card.shadowRoot!.querySelector<HTMLElement>('[part~="tracking-link"]')!.focus();
    await tabUntil('the Return button', named('Start a return'));
    await press('Enter');
    await answer(portal, flow, 1, clone(stepFixtures.product_selection));
    expect(who(deepActive()), 'the step title takes focus').to.contain('h2');

    // product_selection: the shoes, 2 of them, too small; the bra, size or fit.
    await tabUntil('the shoes checkbox', labelled('Trail Runner 2', 'input'));
    await press('Space');
    await tabUntil('the shoes quantity', withinCard('Trail Runner 2', labelled('How many to return', 'select')));
    await sendKeys({ type: '2' });
    await tabUntil('the shoes reason', withinCard('Trail Runner 2', labelled('Reason for return', 'select')));
    await sendKeys({ type: 'Size' });
    await tabUntil('the shoes sub-reason', withinCard('Trail Runner 2', labelled('Specific reason', 'select')));
    await sendKeys({ type: 'Too s' });
    await tabUntil('the bra checkbox', labelled('Everyday Support Bra', 'input'));
    await press('Space');
    await tabUntil('the bra reason', withinCard('Everyday Support Bra', labelled('Reason for return', 'select')));
    await sendKeys({ type: 'Size' });
    await portal.updateComplete;
    expect(JSON.stringify(portal.draft)).to.equal(
      JSON.stringify({
        selected_products: [
          { id: 'p1', quantity: 2, reason_id: 'r-fit', reason_option_id: 'r-fit-small' },
          { id: 'p2', quantity: 1, reason_id: 'r-fit' },
        ],
      }),
    );

    // Focus order on the filled step: from the title back up, Tab follows the DOM (visual) order.
    const expected = tabbablesOf(root).map(who);
    const fromTop = expected.indexOf(who(root.querySelector('[part~="close-button"]')));
    await press('Shift+Tab'); // away from the bra reason, so the walk below starts fresh
    await tabUntil('the close button', (el) => el.matches('[part~="close-button"]'), true);
    const visited = await tabUntil('the confirm button', (el) => el.id === 'confirm-button');
    expect(visited, 'focus order on product_selection').to.deep.equal(expected.slice(fromTop + 1));
    expect(visited.length, 'both products filled in: checkboxes, selects and confirm').to.equal(7);
    expect(confirm().getAttribute('aria-disabled')).to.equal('false');
    await press('Enter');
    await answer(portal, flow, 2, clone(stepFixtures.return_options));

    // return_options: Refund for both (Tab into each radio group, Space picks the focused option).
    await tabUntil('the shoes Refund', withinCard('Trail Runner 2', labelled('Refund', 'input')));
    await press('Space');
    await tabUntil('the bra Refund', withinCard('Everyday Support Bra', labelled('Refund', 'input')));
    await press('Space');
    await tabUntil('the confirm button', (el) => el.id === 'confirm-button');
    expect(confirm().getAttribute('aria-disabled')).to.equal('false');
    await press('Enter');
    await answer(portal, flow, 3, clone(stepFixtures.important_information));

    // important_information: tick the acknowledgement, submit.
    await tabUntil('the acknowledgement', labelled('I confirm the items are unworn', 'input'));
    await press('Space');
    await tabUntil('the confirm button', (el) => el.id === 'confirm-button');
    expect(confirm().getAttribute('aria-disabled')).to.equal('false');
    await press('Enter');
    const last = clone(stepFixtures.shipping_information);
    last.payload.confirmButtonText = ''; // the built-in label (D9)
    await answer(portal, flow, 4, last);

    // shipping_information: "Return to chat" closes the portal.
    await tabUntil('Return to chat', (el) => el.id === 'confirm-button');
    expect(squash(confirm().textContent)).to.equal('Return to chat');
    // The confirm button is the portal's last control: Tab leaves, Shift+Tab comes back.
    expect(who(await tab())).to.equal('page button#after "After"');
    expect(who(await tab(true))).to.contain('#confirm-button');
    const closed = oneEvent(portal, 'returns-close');
    await press('Enter');
    expect((await closed).detail.reason).to.equal('completed');
    expect(focusProblems).to.deep.equal([]);
  });

  it('popup: focus moves in, stays in while open, Escape closes it and focus returns', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button type="button" id="opener">Opener</button>
        <return-error-popup locale="en-GB"></return-error-popup>
        <button type="button" id="after">After</button>
      </div>`,
    );
    const popup = wrapper.querySelector<ReturnErrorPopup>('return-error-popup')!;
    wrapper.querySelector<HTMLButtonElement>('#opener')!.focus();
    await tab(true);
    await tab(); // the opener again, focused by a key press
    expect(who(deepActive())).to.equal('page button#opener "Opener"');

    await popup.show(activityFixtures.initialise_return_error.message);
    expect(inside(popup)(deepActive()!), `focus moved in: ${who(deepActive())}`).to.be.true;
    // Modal: Tab and Shift+Tab never reach the page behind it.
    const outside: string[] = [];
    for (const shift of [false, false, false, true, true]) {
      const el = await tab(shift);
      if (el && el !== document.body && !inside(popup)(el)) outside.push(who(el));
    }
    expect(outside, 'focus escaped the modal popup').to.deep.equal([]);
    await tabUntil('the OK button', named('OK'));

    const closed = oneEvent(popup, 'return-error-popup-closed');
    await press('Escape');
    expect((await closed).detail.source).to.equal('escape');
    expect(popup.open).to.be.false;
    expect(who(deepActive())).to.equal('page button#opener "Opener"');
    expect(focusProblems).to.deep.equal([]);
  });
});
