import { expect } from '@open-wc/testing';
import {
  eagerStepViews,
  isLazyStepType,
  loadStepView,
  overrideStepViewImport,
  stepView,
  type AnyStepView,
} from '../../../../src/components/returns-portal/steps/index.js';
import { cancelReturnView } from '../../../../src/components/returns-portal/steps/cancel-return.js';
import { stepTypes } from '../../../../src/protocol/index.js';

describe('step views (steps/index.ts)', () => {
  const restores: (() => void)[] = [];
  afterEach(() => {
    for (const restore of restores.splice(0).reverse()) restore();
  });

  it('the first step of a return is there at once; every other step is lazy', () => {
    expect(Object.keys(eagerStepViews)).to.deep.equal(['product_selection']);
    expect(isLazyStepType('product_selection')).to.be.false;
    expect(stepView('product_selection')).to.equal(eagerStepViews.product_selection);
    const others = stepTypes.filter((type) => type !== 'product_selection');
    expect(others).to.have.length(6);
    for (const type of others) expect(isLazyStepType(type), type).to.be.true;
  });

  it('imports a lazy view once, whoever asks', async () => {
    let imports = 0;
    restores.push(
      overrideStepViewImport('cancel_return', () => {
        imports += 1;
        return Promise.resolve(cancelReturnView as AnyStepView);
      }),
    );
    expect(stepView('cancel_return')).to.equal(undefined);
    const [first, second] = await Promise.all([loadStepView('cancel_return'), loadStepView('cancel_return')]);
    expect(first).to.equal(cancelReturnView);
    expect(second).to.equal(cancelReturnView);
    expect(await loadStepView('cancel_return')).to.equal(cancelReturnView);
    expect(stepView('cancel_return')).to.equal(cancelReturnView);
    expect(imports).to.equal(1);
  });

  it('a failed import is not remembered: the next call imports again', async () => {
    let imports = 0;
    restores.push(
      overrideStepViewImport('cancel_return', () => {
        imports += 1;
        return imports === 1
          ? Promise.reject(new TypeError('offline'))
          : Promise.resolve(cancelReturnView as AnyStepView);
      }),
    );
    let error: unknown;
    await loadStepView('cancel_return').catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(TypeError);
    expect(stepView('cancel_return')).to.equal(undefined);
    expect(await loadStepView('cancel_return')).to.equal(cancelReturnView);
    expect(imports).to.equal(2);
  });

  it('really imports the chunk: the same module as a static import', async () => {
    expect(await loadStepView('cancel_return')).to.equal(cancelReturnView);
  });
});
