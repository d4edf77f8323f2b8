/** Languages written right to left (DECISIONS.md D26). */
const rightToLeft = new Set(['ar', 'he', 'fa', 'ur']);

/** The canonical form of a BCP 47 tag, or `undefined` when it is not a valid tag. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** The first valid tag of `candidates`, in order of precedence, else `en`. Invalid tags are skipped silently. */
export function resolveLocale(candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const locale = canonicalLocale(candidate);
    if (locale) return locale;
  }
  return 'en';
}

/** The writing direction of a locale. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  return rightToLeft.has(locale.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}

/**
 * The `lang` of the nearest ancestor that has one, walking out of shadow roots through their
 * hosts, so an element inside another component's shadow DOM still follows the page language.
 */
export function closestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}
