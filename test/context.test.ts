import { expect } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import {
  configContext,
  flowClientContext,
  provideFlowClient,
  requestContextOnce,
  type FlowClient,
} from '../src/context.js';

const client: FlowClient = { execute: async () => ({}) };

describe('context', () => {
  it('keys are shared through Symbol.for, so two copies of the package match', () => {
    expect(flowClientContext).to.equal(Symbol.for('returnkit.flow-client'));
    expect(configContext).to.equal(Symbol.for('returnkit.config'));
  });

  it('provideFlowClient answers requests from inside the element until disposed', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.append(inner);
    document.body.append(host);
    try {
      const dispose = provideFlowClient(host, client);
      expect(requestContextOnce(inner, flowClientContext)).to.equal(client);
      expect(requestContextOnce(inner, configContext)).to.be.undefined;
      dispose();
      expect(requestContextOnce(inner, flowClientContext)).to.be.undefined;
    } finally {
      host.remove();
    }
  });

  it('requestContextOnce finds a Lit ContextProvider through shadow roots', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    try {
      new ContextProvider(host, { context: configContext, initialValue: { locale: 'fr' } });
      expect(requestContextOnce(inner, configContext)).to.deep.equal({ locale: 'fr' });
    } finally {
      host.remove();
    }
  });
});
