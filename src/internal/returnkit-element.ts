import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { configContext, type ReturnkitConfig } from '../context.js';
import { ProtocolErrorEvent } from '../events/protocol-error.js';
import { Localizer } from '../i18n/localizer.js';
import { closestLang, resolveLocale } from '../i18n/locale.js';
import type { EnglishStrings, PartialStrings, ReturnkitStrings, StringKey } from '../i18n/strings.js';
import { builtInStrings, loadBuiltInStrings, needsLoading } from '../i18n/catalog.js';
import type { ProtocolIssue } from '../protocol/index.js';

/** An element told when the page language changes (any element, whatever its strings). */
type LocaleListener = Pick<ReturnkitElement, 'refreshLocale'>;

/** Elements to tell when the page language changes (the `lang` of `<html>`, or the browser's). */
const localeListeners = new Set<LocaleListener>();
let documentLangObserver: MutationObserver | undefined;

function notifyLocaleListeners() {
  for (const element of localeListeners) element.refreshLocale();
}

function watchPageLanguage(element: LocaleListener) {
  if (localeListeners.size === 0) {
    documentLangObserver = new MutationObserver(notifyLocaleListeners);
    documentLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    window.addEventListener('languagechange', notifyLocaleListeners);
  }
  localeListeners.add(element);
}

function unwatchPageLanguage(element: LocaleListener) {
  localeListeners.delete(element);
  if (localeListeners.size === 0) {
    documentLangObserver?.disconnect();
    documentLangObserver = undefined;
    window.removeEventListener('languagechange', notifyLocaleListeners);
  }
}

/**
 * The thin base of every returnkit element: locale and direction, merged UI strings, a typed
 * `emit`, and `protocol-error` reporting. Nothing else lives here.
 *
 * `K` are the keys of the English strings the element renders, which it hands to this constructor:
 * each element ships only its own English (DECISIONS.md D36), and its localizer takes only those
 * keys.
 */
export class ReturnkitElement<K extends StringKey = StringKey> extends LitElement {
  /**
   * BCP 47 tag for dates, prices and built-in strings. Default: the config context, else the
   * nearest `lang` up the tree (through shadow roots), else `navigator.language`, else `en`.
   */
  @property() locale?: string;

  /** Partial override of the built-in UI strings, e.g. `{ returnsGenericError: '…' }`. */
  @property({ attribute: false }) strings?: PartialStrings;

  /** Locale and strings an ancestor provides through `configContext`. */
  @consume({ context: configContext, subscribe: true })
  @state()
  protected config?: ReturnkitConfig;

  /** The locale, direction, strings and formatters render functions use. */
  @state() protected localizer: Localizer<K>;

  /** The element's English strings: the base of every localizer it makes. */
  readonly #english: EnglishStrings<K>;
  #pendingProtocolErrors: ProtocolErrorEvent[] = [];
  // The inputs the current localizer was made from, to rebuild it only when one changes.
  #localizerStrings: PartialStrings | undefined;
  #localizerConfig: ReturnkitConfig | undefined;
  #localizerBuiltIn: ReturnkitStrings | undefined;

  /** @param english the English strings the element renders */
  constructor(english: EnglishStrings<K>) {
    super();
    this.#english = english;
    this.localizer = new Localizer(english, 'en');
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'dir') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchPageLanguage(this);
    this.refreshLocale();
    for (const event of this.#pendingProtocolErrors.splice(0)) this.dispatchEvent(event);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchPageLanguage(this);
  }

  /** The writing direction: a `dir` attribute on the element wins, else the locale's. */
  get direction(): 'ltr' | 'rtl' {
    const own = this.getAttribute('dir');
    return own === 'rtl' || own === 'ltr' ? own : this.localizer.dir;
  }

  /**
   * Re-resolves the locale (on connect, `languagechange`, a page `lang` change).
   * @internal
   */
  refreshLocale(): void {
    const locale = resolveLocale([this.locale, this.config?.locale, closestLang(this), globalThis.navigator?.language]);
    const builtIn = builtInStrings(locale);
    const changed =
      locale !== this.localizer.locale ||
      builtIn !== this.#localizerBuiltIn ||
      this.#localizerStrings !== this.strings ||
      this.#localizerConfig !== this.config;
    if (changed) {
      this.#localizerBuiltIn = builtIn;
      this.#localizerStrings = this.strings;
      this.#localizerConfig = this.config;
      this.localizer = new Localizer(this.#english, locale, builtIn, this.config?.strings, this.strings);
    }
    // Other languages load on first use: English until then, then a re-render in the language.
    if (needsLoading(locale)) void loadBuiltInStrings(locale).then(() => this.refreshLocale());
  }

  // Untyped map: `config` is protected, so PropertyValues<this> does not list it.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('locale') || changed.has('strings') || changed.has('config')) this.refreshLocale();
  }

  /** Dispatches one of the package's typed events; returns `false` when a listener prevented it. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  /**
   * Fires `protocol-error` for input that failed validation (`fatal`) or was partly dropped.
   * Raised before the element is connected, it is dispatched on connect (DECISIONS.md D31).
   */
  protected reportProtocolError(issues: ProtocolIssue[], options: { messageType?: string; fatal: boolean }): void {
    if (issues.length === 0) return;
    const event = new ProtocolErrorEvent({
      source: this.localName,
      ...(options.messageType ? { messageType: options.messageType } : {}),
      issues,
      fatal: options.fatal,
    });
    if (this.isConnected) this.dispatchEvent(event);
    else this.#pendingProtocolErrors.push(event);
  }
}
