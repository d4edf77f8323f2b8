/**
 * The view of each step type. `product_selection`, the first step of a return, is in the portal's
 * eager bundle; the other six are one chunk (`lazy-views.ts`), loaded when the journey is about
 * to need one (the loader prefetches the shown step's `nextType`), so the portal's first paint
 * carries one view (DECISIONS.md D36).
 *
 * One chunk, not one per view: esbuild (and bundlers like it) puts each module shared by a
 * different set of chunks into a chunk of its own, so six view chunks split the code they share
 * with the portal (lit, zod, the protocol layer) into a dozen eager chunks, each compressed
 * alone: 1.5 KB more for the portal's first paint than one view chunk, which is itself smaller
 * than the six (11.6 KB against 15).
 */
import type { StepType } from '../../../protocol/index.js';
import type { StepView } from './step-view.js';
import { productSelectionView } from './product-selection.js';

/** A view as the portal holds it: it renders each with its own step type (`step as never`). */
export type AnyStepView = StepView<never>;

/** The views always loaded: the first step's. */
export const eagerStepViews = {
  product_selection: productSelectionView,
} as const satisfies Partial<Record<StepType, AnyStepView>>;

type Importer = () => Promise<AnyStepView>;

// Every step type is either eager or here: `satisfies` fails when a new type is in neither.
const lazyImporters = {
  return_options: () => import('./lazy-views.js').then((module) => module.returnOptionsView),
  important_information: () => import('./lazy-views.js').then((module) => module.importantInformationView),
  shipping_information: () => import('./lazy-views.js').then((module) => module.shippingInformationView),
  return_details: () => import('./lazy-views.js').then((module) => module.returnDetailsView),
  drop_off_locations: () => import('./lazy-views.js').then((module) => module.dropOffLocationsView),
  cancel_return: () => import('./lazy-views.js').then((module) => module.cancelReturnView),
} satisfies Record<Exclude<StepType, keyof typeof eagerStepViews>, Importer>;

/** A step type whose view is a lazy chunk. */
export type LazyStepType = keyof typeof lazyImporters;

const importers: Record<LazyStepType, Importer> = { ...lazyImporters };
const loaded = new Map<StepType, AnyStepView>(Object.entries(eagerStepViews) as [StepType, AnyStepView][]);
const loading = new Map<StepType, Promise<AnyStepView>>();

/** Whether the view of `type` is a lazy chunk. */
export function isLazyStepType(type: StepType): type is LazyStepType {
  return Object.hasOwn(lazyImporters, type);
}

/** The view of `type` if it is loaded (always, for the eager ones). */
export function stepView(type: StepType): AnyStepView | undefined {
  return loaded.get(type);
}

/**
 * The view of `type`, imported once. A failed import is not remembered: the next call tries again
 * (the shopper's Retry, or a network that came back).
 */
export function loadStepView(type: StepType): Promise<AnyStepView> {
  const view = loaded.get(type);
  if (view) return Promise.resolve(view);
  let pending = loading.get(type);
  if (!pending) {
    const request: Promise<AnyStepView> = importers[type as LazyStepType]().then(
      (imported) => {
        // A test's override may have been undone meanwhile: only the current request counts.
        if (loading.get(type) === request) {
          loaded.set(type, imported);
          loading.delete(type);
        }
        return imported;
      },
      (error: unknown) => {
        if (loading.get(type) === request) loading.delete(type);
        throw error;
      },
    );
    loading.set(type, (pending = request));
  }
  return pending;
}

/**
 * Replaces how a lazy view is imported, and forgets it if it was loaded, until the returned
 * function puts both back. A test seam (loading and failing on demand), not public API.
 * @internal
 */
export function overrideStepViewImport(type: LazyStepType, importer: Importer): () => void {
  const before = { importer: importers[type], view: loaded.get(type) };
  importers[type] = importer;
  loaded.delete(type);
  loading.delete(type);
  return () => {
    importers[type] = before.importer;
    loading.delete(type);
    if (before.view) loaded.set(type, before.view);
    else loaded.delete(type);
  };
}
