/**
 * The shopper's answers (DECISIONS.md D1, D2) as plain, immutable data, and the pure functions
 * that change them. `Answers` is wire-shaped — a `Draft` of PROTOCOL.md 4.1 — and holds the
 * answers of every step the shopper has filled in, so that going back and forward again keeps
 * them; `answersForRequest` cuts it down to what one request may carry.
 */
import type {
  Draft,
  ImportantInformationStep,
  ReplacementChoice,
  SelectedProduct,
  StepType,
} from '../../../protocol/index.js';

/** The accumulated answers. */
export type Answers = Readonly<Draft>;

export const emptyAnswers: Answers = Object.freeze({});

type ProductFields = Omit<SelectedProduct, 'id'>;

/** The keys of a `selected_products` entry each step owns (D1). */
const productKeysOwnedBy: Partial<Record<StepType, readonly (keyof SelectedProduct)[]>> = {
  product_selection: ['id', 'quantity', 'reason_id', 'reason_option_id', 'comments', 'attachments', 'custom_fields'],
  return_options: ['return_option', 'replacement'],
};

/**
 * What a request may carry: only the keys owned by the steps on the current path before the
 * requested step (`pathTypes`: the history plus the step being confirmed) — D1.
 * An entry keeps `id` and `quantity` whenever any of its keys is sent, since the wire needs them.
 */
export function answersForRequest(answers: Answers, pathTypes: readonly StepType[]): Draft {
  const path = new Set(pathTypes);
  const productKeys = new Set<keyof SelectedProduct>();
  for (const type of path) for (const key of productKeysOwnedBy[type] ?? []) productKeys.add(key);
  const draft: Draft = {};
  if (productKeys.size > 0 && answers.selected_products?.length) {
    draft.selected_products = answers.selected_products.map((entry) => {
      const sent: SelectedProduct = { id: entry.id, quantity: entry.quantity };
      for (const key of productKeys) {
        if (entry[key] !== undefined) (sent as Record<string, unknown>)[key] = entry[key];
      }
      return sent;
    });
  }
  if (path.has('important_information')) {
    if (answers.acknowledged !== undefined) draft.acknowledged = answers.acknowledged;
    if (answers.unopened_quantities !== undefined) draft.unopened_quantities = answers.unopened_quantities;
  }
  return draft;
}

/** The entry of a product, if it is selected. */
export function selectedEntry(answers: Answers, id: string): SelectedProduct | undefined {
  return answers.selected_products?.find((entry) => entry.id === id);
}

function withProducts(answers: Answers, products: SelectedProduct[]): Answers {
  const next: Draft = { ...answers };
  if (products.length > 0) next.selected_products = products;
  else delete next.selected_products;
  // Quantities to keep unopened only make sense for products still selected (D11).
  if (next.unopened_quantities) {
    const ids = new Set(products.map((entry) => entry.id));
    const kept = Object.entries(next.unopened_quantities).filter(([id]) => ids.has(id));
    if (kept.length > 0) next.unopened_quantities = Object.fromEntries(kept);
    else delete next.unopened_quantities;
  }
  return Object.freeze(next);
}

function updateEntry(answers: Answers, id: string, change: (entry: SelectedProduct) => SelectedProduct): Answers {
  const products = answers.selected_products ?? [];
  const entry = products.find((candidate) => candidate.id === id);
  if (!entry) return answers;
  const changed = change(entry);
  if (changed === entry) return answers;
  return withProducts(
    answers,
    products.map((candidate) => (candidate === entry ? changed : candidate)),
  );
}

function without(entry: SelectedProduct, keys: readonly (keyof ProductFields)[]): SelectedProduct {
  const dropped = new Set<string>(keys);
  return Object.fromEntries(Object.entries(entry).filter(([key]) => !dropped.has(key))) as SelectedProduct;
}

/** Selects a product (1 unit by default) or, with `selected: false`, removes its entry (D1). */
export function toggleProduct(answers: Answers, id: string, selected: boolean, quantity = 1): Answers {
  const products = (answers.selected_products ?? []).filter((entry) => entry.id !== id);
  if (selected) {
    const existing = selectedEntry(answers, id);
    products.push(existing ?? { id, quantity });
  }
  return withProducts(answers, products);
}

/** Sets how many units of a selected product are returned. */
export function setQuantity(answers: Answers, id: string, quantity: number): Answers {
  return updateEntry(answers, id, (entry) => ({ ...entry, quantity }));
}

/** Chooses a reason; a different reason clears what the previous one asked for. */
export function setReason(answers: Answers, id: string, reasonId: string | undefined): Answers {
  return updateEntry(answers, id, (entry) => {
    if (entry.reason_id === reasonId) return entry;
    const cleared = without(entry, ['reason_id', 'reason_option_id', 'comments', 'attachments', 'custom_fields']);
    return reasonId ? { ...cleared, reason_id: reasonId } : cleared;
  });
}

/** Chooses a sub-reason; a different one clears the comments, photos and fields it asked for. */
export function setSubReason(answers: Answers, id: string, optionId: string | undefined): Answers {
  return updateEntry(answers, id, (entry) => {
    if (entry.reason_option_id === optionId) return entry;
    const cleared = without(entry, ['reason_option_id', 'comments', 'attachments', 'custom_fields']);
    return optionId ? { ...cleared, reason_option_id: optionId } : cleared;
  });
}

/** Sets the comments of a product (an empty text removes them: comments are optional, D2). */
export function setComments(answers: Answers, id: string, comments: string): Answers {
  return updateEntry(answers, id, (entry) => (comments ? { ...entry, comments } : without(entry, ['comments'])));
}

/** Sets one custom field of a product. */
export function setCustomField(answers: Answers, id: string, name: string, value: string): Answers {
  return updateEntry(answers, id, (entry) => {
    const others = Object.entries(entry.custom_fields ?? {}).filter(([key]) => key !== name);
    const fields: Record<string, string> = Object.fromEntries(value ? [...others, [name, value]] : others);
    return Object.keys(fields).length > 0 ? { ...entry, custom_fields: fields } : without(entry, ['custom_fields']);
  });
}

/** Replaces the finished photo URLs of a product (D12: only finished uploads). */
export function setAttachments(answers: Answers, id: string, urls: readonly string[]): Answers {
  return updateEntry(answers, id, (entry) =>
    urls.length > 0 ? { ...entry, attachments: [...urls] } : without(entry, ['attachments']),
  );
}

/** Chooses a return option; leaving `replacement` drops the replacement choice. */
export function setReturnOption(answers: Answers, id: string, option: string): Answers {
  return updateEntry(answers, id, (entry) => {
    const next = { ...entry, return_option: option };
    return option === 'replacement' ? next : without(next, ['replacement']);
  });
}

/** Sets the replacement colour and/or size (D2); a new colour clears a size it may not have. */
export function setReplacement(answers: Answers, id: string, choice: ReplacementChoice): Answers {
  return updateEntry(answers, id, (entry) => {
    const previous = entry.replacement ?? {};
    const colourChanged = choice.colour !== undefined && choice.colour !== previous.colour;
    const replacement: ReplacementChoice = { ...previous, ...choice };
    if (colourChanged && choice.size === undefined) delete replacement.size;
    return { ...entry, replacement };
  });
}

/** Ticks or unticks the acknowledgement of `important_information`. */
export function setAcknowledged(answers: Answers, acknowledged: boolean): Answers {
  return Object.freeze({ ...answers, acknowledged });
}

/**
 * The unopened quantity answered for a product. Ids come from the flow: an own-property lookup,
 * so an id like `toString` never reads an inherited member.
 */
export function unopenedQuantity(answers: Answers, id: string): number | undefined {
  const quantities = answers.unopened_quantities;
  return quantities && Object.hasOwn(quantities, id) ? quantities[id] : undefined;
}

/** Sets how many units of a product will be returned unopened (D11). */
export function setUnopenedQuantity(answers: Answers, id: string, quantity: number): Answers {
  return Object.freeze({ ...answers, unopened_quantities: { ...answers.unopened_quantities, [id]: quantity } });
}

/**
 * Makes sure a product has an entry, for a journey started after `product_selection` (D10): the
 * shopper answers `return_options` for products nobody selected on this journey.
 */
export function ensureSelected(answers: Answers, id: string, quantity: number): Answers {
  return selectedEntry(answers, id) ? answers : toggleProduct(answers, id, true, quantity);
}

/**
 * D11: a quantity selector the shopper left alone still answers — with its default, the selected
 * quantity. Fills those defaults in before `important_information` is confirmed.
 */
export function withUnopenedDefaults(answers: Answers, step: ImportantInformationStep): Answers {
  const defaults: Record<string, number> = {};
  for (const category of step.payload.categories) {
    if (!category.quantitySelector?.isEnabled) continue;
    for (const { id } of category.products ?? []) {
      const entry = selectedEntry(answers, id);
      if (entry && unopenedQuantity(answers, id) === undefined) defaults[id] = entry.quantity;
    }
  }
  if (Object.keys(defaults).length === 0) return answers;
  return Object.freeze({ ...answers, unopened_quantities: { ...answers.unopened_quantities, ...defaults } });
}
