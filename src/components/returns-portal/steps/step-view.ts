/**
 * The contract between the portal and its step views. A step view is a side-effect-free function
 * of `(step, context)` (DECISIONS.md D37): it reads the answers and UI state from the context and
 * reports what the shopper does through `context.actions`; the flow controller owns every change.
 */
import type { CSSResult, TemplateResult } from 'lit';
import type { Localizer } from '../../../i18n/localizer.js';
import type { EnglishStrings } from '../../../i18n/strings.js';
import type { returnsPortalEnglish } from '../../../i18n/en/returns-portal.js';
import type { portalStepsEnglish } from '../../../i18n/en/portal-steps.js';
import type { Price, ReplacementChoice, Size, Step, StepType, UpdatedUserLocation } from '../../../protocol/index.js';
import type { Answers } from '../journey/answers.js';

/** A product as the portal knows it, from the step that listed it or an earlier `product_selection` (D10). */
export interface ProductInfo {
  readonly id: string;
  /** The product name; the id when the flow never named it (D10). */
  readonly name: string;
  readonly image: string | null;
  /** Units ordered. */
  readonly quantity: number;
  readonly price?: Price;
  readonly colour?: string;
  readonly size?: Size;
}

/** A photo the shopper attached to a product (D12). */
export interface PhotoView {
  readonly key: string;
  /** A `blob:` URL of the downscaled photo, for the thumbnail. */
  readonly previewUrl: string;
  readonly status: 'uploading' | 'done' | 'failed';
}

/** What the shopper can do on a step; each call goes to the flow controller. */
export interface StepActions {
  toggleProduct(id: string, selected: boolean): void;
  setQuantity(id: string, quantity: number): void;
  setReason(id: string, reasonId: string | undefined): void;
  setSubReason(id: string, optionId: string | undefined): void;
  setComments(id: string, comments: string): void;
  setCustomField(id: string, name: string, value: string): void;
  addPhotos(id: string, files: readonly File[]): void;
  removePhoto(id: string, key: string): void;
  retryPhoto(id: string, key: string): void;
  setReturnOption(id: string, option: string): void;
  setReplacement(id: string, choice: ReplacementChoice): void;
  setAcknowledged(acknowledged: boolean): void;
  setUnopenedQuantity(id: string, quantity: number): void;
  /** Executes a step from `return_details` (shipping info, drop-off locations, cancel). */
  openDetail(stepType: StepType): void;
  /** Re-runs `drop_off_locations` for another location. */
  searchLocation(location: UpdatedUserLocation): void;
  setCancelReason(reasonId: string | undefined): void;
  /** Toggles a piece of UI-only state (a disclosure, a week of opening hours). */
  toggleUi(key: string): void;
}

/** A key of the portal's eager English (`src/i18n/en/returns-portal.ts`): its own localizer's keys. */
export type PortalEagerStringKey = keyof typeof returnsPortalEnglish;

/** A key whose English a lazy step view ships in the views' chunk (`src/i18n/en/portal-steps.ts`). */
export type StepViewStringKey = keyof typeof portalStepsEnglish;

/**
 * A key a step view may render: the portal's English and the lazy views' own. That a view renders
 * only keys the portal or its own `english` has is checked by
 * `test/i18n/step-view-english.test.ts`.
 */
export type PortalStringKey = PortalEagerStringKey | StepViewStringKey;

/** The portal's own localizer: its eager keys only (header, footer, step titles). */
export type PortalEagerLocalizer = Localizer<PortalEagerStringKey>;

/** The localizer step views get: `t` takes only the keys the portal and its views have English for. */
export type PortalLocalizer = Localizer<PortalStringKey>;

/** Everything a step view reads. */
export interface StepContext {
  readonly l: PortalLocalizer;
  readonly answers: Answers;
  /** An execution is in flight: actions that execute do nothing (D7). */
  readonly busy: boolean;
  /** Products known on this journey, by id. */
  readonly products: ReadonlyMap<string, ProductInfo>;
  /** Photos per product id. */
  readonly photos: ReadonlyMap<string, readonly PhotoView[]>;
  /** UI-only flags set by `toggleUi`. */
  readonly ui: ReadonlySet<string>;
  /** The reason chosen on `cancel_return`, if any. */
  readonly cancelReason?: string;
  /** Problems are shown on fields once the shopper pressed a confirm that was not ready (D32). */
  readonly showProblems: boolean;
  /** The current time (injected so tests are exact). */
  readonly now: Date;
  readonly actions: StepActions;
}

/** Why the confirm button is not ready: the field to focus and the text to show (D32). */
export interface Problem {
  /** The `id` of the field (inside the portal's shadow root) to move focus to. */
  readonly fieldId: string;
  readonly message: string;
}

/**
 * A step view: how to render one step type and what still blocks its confirm. What it leaves out
 * of a valid step is reported when the answer arrives, by `step-issues.ts` (the view may still be
 * loading then).
 */
export interface StepView<S extends Step = Step> {
  render(step: S, context: StepContext): TemplateResult;
  /** What keeps the confirm from being ready; empty when it is. Absent: always ready. */
  problems?(step: S, context: StepContext): Problem[];
  /**
   * Styles of this view, adopted by the portal: in its static styles for the eager views, into its
   * shadow root once loaded for the lazy ones (its shared classes are in returns-portal.styles.ts).
   */
  styles?: CSSResult;
  /**
   * The English of the keys only this view renders, shipped in the lazy chunk rather than in the
   * portal's eager English: the portal puts it under its own strings (and every override) in the
   * localizer it gives this view.
   */
  readonly english?: Partial<EnglishStrings<StepViewStringKey>>;
}
