/**
 * The localizer a step view renders with. A lazy view ships the English of the keys only it
 * renders in the lazy views' chunk (its `english`, DECISIONS.md D36), so the portal's localizer,
 * made from the portal's eager English, lacks them: the view gets one with its English added
 * underneath.
 */
import { Localizer } from '../../../i18n/localizer.js';
import type { EnglishStrings } from '../../../i18n/strings.js';
import type { PortalEagerLocalizer, PortalLocalizer, PortalStringKey, StepView } from './step-view.js';

// Per portal localizer, per view. An element makes a new localizer whenever its locale or strings
// change, so a derived one never outlives its inputs; both levels are weak, nothing is pruned.
const derived = new WeakMap<PortalEagerLocalizer, WeakMap<StepView<never>, PortalLocalizer>>();

/**
 * The localizer for `view`: `base` itself for a view without its own English, else one whose
 * English is the view's under everything of `base`. Made once per `base` and view.
 */
export function viewLocalizer(base: PortalEagerLocalizer, view: StepView<never>): PortalLocalizer {
  const { english } = view;
  // A view without its own English (the eager product_selection) renders only the portal's keys.
  if (!english) return base;
  let byView = derived.get(base);
  if (!byView) derived.set(base, (byView = new WeakMap()));
  let l = byView.get(view);
  if (!l) {
    // `base.strings` already holds the portal's English under the built-in locale, the config's
    // and the element's `strings`, with their keys for this view too: the view's English goes
    // under all of it, so every override keeps its precedence. The cast: together they have
    // English for every key the view renders, which types cannot see (step views share one key
    // type; test/i18n/step-view-english.test.ts checks it).
    const merged = { ...english, ...base.strings } as EnglishStrings<PortalStringKey>;
    l = new Localizer(merged, base.locale);
    byView.set(view, l);
  }
  return l;
}
