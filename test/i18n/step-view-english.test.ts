/**
 * The portal's English is split (DECISIONS.md D36): its eager English (`returnsPortalEnglish`) has
 * what the portal and its eager step view render; each lazy step view ships the English of the
 * keys only it renders in its own chunk (its `english`), and the portal adds it to the localizer
 * of that view. Types cannot tell which keys a view gets (step views share one key type), so these
 * tests read the modules as served and check the split.
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/strings.js';
import { returnsPortalEnglish } from '../../src/i18n/en/returns-portal.js';
import { eagerStepViews, isLazyStepType, loadStepView } from '../../src/components/returns-portal/steps/index.js';
import { stepTypes, type StepType } from '../../src/protocol/index.js';
import { srcUrl, staticGraph, stringKeysIn } from '../support/module-sources.js';


// The English objects name every key they hold: not code that renders them.
const isEnglish = (url: string) => url.startsWith(srcUrl('i18n/'));

const portalCode = srcUrl('components/returns-portal/');

/**
 * The keys of `en` named in the portal's modules that the view of `type` reaches statically. The
 * modules every element shares (src/internal/) are left out: they name keys of the cards too, in
 * functions a step view does not call, and what a view renders with them is shared English
 * (`src/i18n/en/shared.ts`, `tracking.ts`), in the portal's.
 */
async function renderedKeys(type: StepType): Promise<Set<string>> {
  const graph = await staticGraph(`${portalCode}steps/${type.replaceAll('_', '-')}.ts`, isEnglish);
  const portalModules = [...graph].filter(([url]) => url.startsWith(portalCode));
  return new Set(portalModules.flatMap(([, code]) => [...stringKeysIn(code, en)]));
}

describe("the portal's English, split between it and its lazy step views", () => {
  for (const type of stepTypes) {
    it(`${type}: every key its modules name is in the portal's English or the view's own`, async () => {
      const view = await loadStepView(type);
      const keys = await renderedKeys(type);
      expect(keys.size, 'some keys found').to.be.greaterThan(0);
      const own = view.english ?? {};
      const missing = [...keys].filter((key) => !Object.hasOwn(returnsPortalEnglish, key) && !Object.hasOwn(own, key));
      expect(missing, 'keys it would render untranslated').to.deep.equal([]);
      for (const key of Object.keys(own)) {
        expect(keys.has(key), `${key} is rendered by ${type}`).to.be.true;
        expect(Object.hasOwn(returnsPortalEnglish, key), `${key} is only in the view's English`).to.be.false;
      }
    });
  }

  it("an eager view's English is the portal's; no two lazy views have the same key", async () => {
    for (const [type, view] of Object.entries(eagerStepViews)) expect(view.english, type).to.equal(undefined);
    const owners = new Map<string, StepType>();
    for (const type of stepTypes) {
      const view = await loadStepView(type);
      for (const key of Object.keys(view.english ?? {})) {
        expect(owners.get(key), key).to.equal(undefined);
        owners.set(key, type);
      }
    }
  });

  it("the portal's eager modules do not import a lazy view's English", async () => {
    const graph = await staticGraph(srcUrl('returns-portal.ts'));
    const eager = [...graph.keys()];
    expect(eager, 'the portal itself is read').to.include(srcUrl('i18n/en/returns-portal.ts'));
    expect(eager.filter((url) => url.startsWith(srcUrl('i18n/en/portal-steps/')))).to.deep.equal([]);
    // Nor a lazy view: each is a chunk of its own.
    for (const type of stepTypes.filter(isLazyStepType)) {
      expect(eager, type).not.to.include(`${portalCode}steps/${type.replaceAll('_', '-')}.ts`);
    }
  });
});
