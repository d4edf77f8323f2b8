/**
 * The built-in translations (issue: seven locales). English ships with each element, only the
 * strings it renders (`src/i18n/en/`), and is not in this catalog; every other language is a
 * lazily loaded module, fetched the first time an element resolves to it, so a page in one
 * language never downloads the others (DECISIONS.md D36).
 */
import type { ReturnkitStrings } from './strings.js';

type Catalog = { default: ReturnkitStrings };

const loaders: Record<string, () => Promise<Catalog>> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  ja: () => import('./locales/ja.js'),
  nl: () => import('./locales/nl.js'),
};

/** The languages with built-in strings. */
export const builtInLanguages: readonly string[] = ['en', ...Object.keys(loaders)];

const loaded = new Map<string, ReturnkitStrings>();
const pending = new Map<string, Promise<ReturnkitStrings | undefined>>();
/** Languages whose module failed to load: English is used for them for the rest of the page. */
const failed = new Set<string>();

function languageOf(locale: string): string {
  return locale.split('-')[0].toLowerCase();
}

/**
 * The built-in strings of a locale's language when they are already loaded; `undefined` while
 * they load, for English, and when the language has none (the element's English is then used).
 */
export function builtInStrings(locale: string): ReturnkitStrings | undefined {
  return loaded.get(languageOf(locale));
}

/** Whether the language of `locale` has built-in strings that are not loaded yet. */
export function needsLoading(locale: string): boolean {
  const language = languageOf(locale);
  return !loaded.has(language) && !failed.has(language) && language in loaders;
}

/**
 * Loads the built-in strings of a locale's language (once; later calls share the promise).
 * Resolves `undefined` for English (each element has its own), a language without built-in
 * strings, or when the module fails to load (the element keeps English rather than breaking, and
 * the load is not retried).
 */
export function loadBuiltInStrings(locale: string): Promise<ReturnkitStrings | undefined> {
  const language = languageOf(locale);
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  const loader = loaders[language];
  if (!loader) return Promise.resolve(undefined);
  let promise = pending.get(language);
  if (!promise) {
    promise = loader().then(
      (module) => {
        loaded.set(language, module.default);
        return module.default;
      },
      () => {
        // Not retried: every element of the page would ask again at once, in a loop.
        failed.add(language);
        return undefined;
      },
    );
    pending.set(language, promise);
  }
  return promise;
}
