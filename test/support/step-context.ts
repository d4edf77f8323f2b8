/**
 * Renders a portal step view on its own, outside the portal, with a context whose actions are
 * recorded — so step views can be tested as the pure functions they are.
 */
import { render, type CSSResult, type TemplateResult } from 'lit';
import { Localizer } from '../../src/i18n/localizer.js';
import { returnsPortalEnglish } from '../../src/i18n/en/returns-portal.js';
import { portalStepsEnglish } from '../../src/i18n/en/portal-steps.js';
import { emptyAnswers, type Answers } from '../../src/components/returns-portal/journey/answers.js';
import { portalStyles } from '../../src/components/returns-portal/returns-portal.styles.js';
import { tokenStyles } from '../../src/styles/tokens.styles.js';
import { imageStyles } from '../../src/internal/images.js';
import type { StepActions, StepContext } from '../../src/components/returns-portal/steps/step-view.js';

/**
 * The English of every key a step view may render: the portal's and every lazy view's own. The
 * portal adds a view's own to that view's localizer only; `test/i18n/step-view-english.test.ts`
 * checks that each view renders only keys it gets.
 */
export const stepViewsEnglish = {
  ...returnsPortalEnglish,
  ...portalStepsEnglish,
};

/** One call of a step action: its name and arguments. */
export type ActionCall = [name: keyof StepActions, ...args: unknown[]];

/** A context with defaults, every action recorded in `calls`. */
export function makeStepContext(overrides: Partial<StepContext> = {}): { context: StepContext; calls: ActionCall[] } {
  const calls: ActionCall[] = [];
  const actions = new Proxy({} as StepActions, {
    get:
      (_target, name: string) =>
      (...args: unknown[]) =>
        calls.push([name as keyof StepActions, ...args]),
  });
  const context: StepContext = {
    l: new Localizer(stepViewsEnglish, 'en-GB'),
    answers: emptyAnswers as Answers,
    busy: false,
    products: new Map(),
    photos: new Map(),
    ui: new Set(),
    showProblems: false,
    now: new Date('2025-03-12T10:00:00'),
    actions,
    ...overrides,
  };
  return { context, calls };
}

/**
 * Renders a template into a fresh shadow root styled like the portal (so axe sees real
 * contrast) and returns that root. `extraStyles` are a step's own styles.
 */
export function renderStep(template: TemplateResult, extraStyles: CSSResult[] = []): ShadowRoot {
  const host = document.createElement('div');
  host.className = 'step-host';
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [tokenStyles, imageStyles, portalStyles, ...extraStyles].map((s) => s.styleSheet!);
  const container = document.createElement('div');
  container.className = 'step';
  root.append(container);
  render(template, container);
  return root;
}

/** Removes every rendered step host (call in afterEach). */
export function cleanupSteps(): void {
  for (const host of document.querySelectorAll('.step-host')) host.remove();
}
