import type { EnglishStrings, PartialStrings, PluralEntry, StringKey } from './strings.js';
import { formatNumber, pluralCategory } from './format.js';
import { localeDirection } from './locale.js';

/** Values for a string's `{name}` placeholders; `count` also picks a plural form. */
export type StringParams = Record<string, string | number>;

/**
 * Everything a render function needs to speak the shopper's language: one locale, its direction,
 * the merged strings and numbers in its digits. Immutable: elements make a new one when an input
 * changes. Prices, dates and distances are formatted by the functions of `format.ts` with
 * `l.locale`: kept out of this class so that an element that shows none (the popup) does not
 * carry their code.
 *
 * `K` are the keys it has English for: `t` takes only those, so a render function that asks for
 * a string its element does not ship is a compile error. A localizer with more keys can be passed
 * where one with fewer is expected (a shared render function names the keys it uses).
 */
export class Localizer<K extends StringKey = StringKey> {
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  /**
   * The merged strings: the English base under the overrides. Not narrowed to `K`, so that any
   * localizer can be passed where a plain `Localizer` is expected.
   */
  readonly strings: PartialStrings;

  /**
   * @param english the English strings of the keys `K`, under everything else: an element's own
   *   (`defaultStrings` has all of them)
   * @param locale a canonical BCP 47 tag
   * @param overrides partial string overrides, lowest precedence first
   */
  constructor(english: EnglishStrings<K>, locale: string, ...overrides: (PartialStrings | undefined)[]) {
    this.locale = locale;
    this.dir = localeDirection(locale);
    this.strings = Object.assign({}, english, ...overrides.filter(Boolean)) as PartialStrings;
  }

  /** The string `key` with its placeholders filled; plural entries choose a form by `params.count`. */
  t(key: K, params: StringParams = {}): string {
    const entry: string | PluralEntry | undefined = this.strings[key];
    const template = typeof entry === 'object' && entry !== null ? this.#pluralForm(entry, params.count) : entry;
    return fill(String(template ?? key), params, this.locale);
  }

  number(value: number): string {
    return formatNumber(value, this.locale);
  }

  #pluralForm(entry: PluralEntry, count: string | number | undefined): string {
    const n = Number(count ?? 0);
    if (n === 0 && entry.zero !== undefined) return entry.zero;
    return entry[pluralCategory(this.locale, n)] ?? entry.other;
  }
}

/**
 * Templates split at their placeholders once — `'Size {size}'` → `['Size ', 'size', '']`, names
 * at odd indexes — instead of a regex replace per call: a product list fills the same few
 * templates thousands of times. Bounded by the strings the package and its hosts define.
 */
const compiledTemplates = new Map<string, string[]>();

/** Replaces `{name}` with `params.name`; numbers are formatted in the locale; unknown names stay. */
function fill(template: string, params: StringParams, locale: string): string {
  let pieces = compiledTemplates.get(template);
  if (!pieces) compiledTemplates.set(template, (pieces = template.split(/\{(\w+)\}/)));
  let text = pieces[0] as string;
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i] as string;
    const value = params[name] ?? `{${name}}`;
    text += (typeof value === 'number' ? formatNumber(value, locale) : value) + pieces[i + 1];
  }
  return text;
}
