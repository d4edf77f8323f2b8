/**
 * What the `product_selection` view knows about each product, computed once from the step and
 * the answers and shared by `render()` and `problems()`, so that what is marked invalid on screen
 * and what blocks the confirm button can never disagree (PROTOCOL.md 4.3, DECISIONS.md D2, D12).
 */
import type {
  CustomField,
  ProductSelectionStep,
  Reason,
  SelectableProduct,
  SelectedProduct,
  SubReason,
} from '../../../../protocol/index.js';
import type { Answers } from '../../journey/answers.js';
import { maxPhotosPerProduct } from '../../journey/photos.js';
import type { PhotoView, StepContext } from '../step-view.js';
import { idSafe } from '../ids.js';

/** Something a picked product still needs before the step can be confirmed, in visual order. */
export type Missing =
  | { readonly kind: 'notReturnable' }
  | { readonly kind: 'reason' }
  | { readonly kind: 'subReason' }
  | { readonly kind: 'photos' }
  | { readonly kind: 'field'; readonly field: CustomField };

/** One product as the view shows it. */
export interface ProductModel {
  readonly product: SelectableProduct;
  /** The product name, or its id when the name is blank. */
  readonly name: string;
  /** The ids of this product's controls. */
  readonly ids: ProductIds;
  /** Its `selected_products` entry when picked. */
  readonly entry: SelectedProduct | undefined;
  readonly returnable: boolean;
  /** The chosen reason, if it is one of the product's reasons. */
  readonly reason: Reason | undefined;
  /** The chosen sub-reason, if it is one of the reason's options. */
  readonly subReason: SubReason | undefined;
  /** The photos of this product (uploading, failed and done). */
  readonly photos: readonly PhotoView[];
  /** Finished attachments sent from an earlier session that have no photo on screen (a resumed draft). */
  readonly earlierAttachments: number;
  /** What still blocks the confirm, in visual order (empty when not picked or complete). */
  readonly missing: readonly Missing[];
}

/** The ids of one product's controls: unique in the portal's shadow root, safe in `aria-*` lists. */
export interface ProductIds {
  readonly pick: string;
  readonly name: string;
  readonly unavailable: string;
  readonly quantity: string;
  readonly reason: string;
  readonly subReason: string;
  readonly photos: string;
  readonly photosHint: string;
  readonly comments: string;
  field(name: string): string;
}

/** The id of the "choose at least one item" error text. */
export const noneChosenErrorId = 'ps-none-chosen-error';

/** The id of a photo's Retry or Remove button. */
export const photoButtonId = (photosId: string, key: string, action: 'retry' | 'remove') =>
  `${photosId}-${idSafe(key)}-${action}`;

/** The id of the error text that belongs to a field. */
export const errorIdOf = (fieldId: string) => `${fieldId}-error`;

const idCache = new Map<string, ProductIds>();

/** The ids of a product's controls (cached: the same ids on every render). */
export function productIds(productId: string): ProductIds {
  let ids = idCache.get(productId);
  if (!ids) {
    const prefix = `ps-${idSafe(productId)}`;
    ids = Object.freeze({
      pick: `${prefix}-pick`,
      name: `${prefix}-name`,
      unavailable: `${prefix}-unavailable`,
      quantity: `${prefix}-quantity`,
      reason: `${prefix}-reason`,
      subReason: `${prefix}-subreason`,
      photos: `${prefix}-photos`,
      photosHint: `${prefix}-photos-hint`,
      comments: `${prefix}-comments`,
      field: (name: string) => `${prefix}-field-${idSafe(name)}`,
    });
    // Bounded: ids are tiny, but a long-lived page could see many orders.
    if (idCache.size > 5000) idCache.clear();
    idCache.set(productId, ids);
  }
  return ids;
}

const entryMaps = new WeakMap<readonly SelectedProduct[], ReadonlyMap<string, SelectedProduct>>();

/** The picked entries by product id (cached per answers array: answers are replaced, never mutated). */
export function entriesById(answers: Answers): ReadonlyMap<string, SelectedProduct> {
  const list = answers.selected_products;
  if (!list) return new Map();
  let map = entryMaps.get(list);
  if (!map) {
    map = new Map(list.map((entry) => [entry.id, entry]));
    entryMaps.set(list, map);
  }
  return map;
}

const noPhotos: readonly PhotoView[] = Object.freeze([]);

const unpickedModels = new WeakMap<SelectableProduct, ProductModel>();

/**
 * The model of a product nobody picked depends on the product alone: made once, so that the
 * cards of a chunk the view re-renders (one of its products was ticked) are not modelled again.
 */
function unpickedModel(product: SelectableProduct): ProductModel {
  let model = unpickedModels.get(product);
  if (!model) {
    model = Object.freeze({
      product,
      name: product.name.trim() || product.id,
      ids: productIds(product.id),
      entry: undefined,
      returnable: product.nonReturnableReason === undefined,
      reason: undefined,
      subReason: undefined,
      photos: noPhotos,
      earlierAttachments: 0,
      missing: Object.freeze([]),
    });
    unpickedModels.set(product, model);
  }
  return model;
}

/** The model of one product of the step. */
export function readProduct(
  step: ProductSelectionStep,
  product: SelectableProduct,
  entry: SelectedProduct | undefined,
  context: Pick<StepContext, 'photos'>,
): ProductModel {
  if (!entry) return unpickedModel(product);
  const ids = productIds(product.id);
  const name = product.name.trim() || product.id;
  const returnable = product.nonReturnableReason === undefined;
  const reasons = product.reasonsForReturn ?? [];
  const reason = entry.reason_id === undefined ? undefined : reasons.find((r) => r.id === entry.reason_id);
  const options = reason?.options ?? [];
  const subReason =
    entry.reason_option_id === undefined ? undefined : options.find((o) => o.id === entry.reason_option_id);
  const photos = context.photos.get(product.id) ?? noPhotos;
  const earlierAttachments = photos.length === 0 ? (entry.attachments?.length ?? 0) : 0;

  const missing: Missing[] = [];
  if (!returnable) {
    missing.push({ kind: 'notReturnable' });
  } else {
    // A product the flow offers no reasons for cannot need one.
    if (!reason && reasons.length > 0 && step.payload.areReturnReasonsRequired) missing.push({ kind: 'reason' });
    // A reason with options always needs a sub-reason (D2), even where reasons are optional.
    if (reason && options.length > 0 && !subReason) missing.push({ kind: 'subReason' });
    if (subReason) {
      const finished = photos.filter((photo) => photo.status === 'done').length + earlierAttachments;
      if (subReason.requestImage && finished === 0) missing.push({ kind: 'photos' });
      for (const field of fieldsOf(subReason)) {
        if (field.required && !customFieldValue(entry, field.name).trim()) missing.push({ kind: 'field', field });
      }
    }
  }
  return { product, name, ids, entry, returnable, reason, subReason, photos, earlierAttachments, missing };
}

const fieldLists = new WeakMap<SubReason, readonly CustomField[]>();

/**
 * The custom fields of a sub-reason, the first of each name only: a name is both the answer's key
 * and part of the input's id, so a repeated name would share one answer and duplicate an id.
 */
/**
 * The shopper's value of a custom field. Field names come from the flow: an own-property lookup,
 * so a field named `__proto__` or `constructor` reads as empty instead of an inherited object.
 */
export function customFieldValue(entry: SelectedProduct | undefined, name: string): string {
  const fields = entry?.custom_fields;
  const value = fields && Object.hasOwn(fields, name) ? fields[name] : undefined;
  return typeof value === 'string' ? value : '';
}

export function fieldsOf(subReason: SubReason): readonly CustomField[] {
  let fields = fieldLists.get(subReason);
  if (!fields) {
    const seen = new Set<string>();
    fields = (subReason.customFields ?? []).filter((field) => !seen.has(field.name) && !!seen.add(field.name));
    fieldLists.set(subReason, fields);
  }
  return fields;
}

/** The control a missing thing is fixed in. */
export function fieldIdOf(model: ProductModel, missing: Missing): string {
  switch (missing.kind) {
    case 'notReturnable':
      return model.ids.pick;
    case 'reason':
      return model.ids.reason;
    case 'subReason':
      return model.ids.subReason;
    case 'photos': {
      // At the maximum the file input is gone: fix it from a failed photo's Retry, else a Remove.
      if (model.photos.length < maxPhotosPerProduct) return model.ids.photos;
      const failed = model.photos.find((photo) => photo.status === 'failed');
      return failed
        ? photoButtonId(model.ids.photos, failed.key, 'retry')
        : photoButtonId(model.ids.photos, model.photos[0]?.key ?? '', 'remove');
    }
    case 'field':
      return model.ids.field(missing.field.name);
  }
}
