/**
 * Execution inputs (PROTOCOL.md 4.1, DECISIONS.md D1, D3, D21).
 */
import { expect } from '@open-wc/testing';
import {
  buildExecutionInputs,
  collidingInputKeys,
  parseExecutionRequest,
  portalInputKeys,
  type Draft,
  type InitialInputsLike,
} from '../../src/protocol/index.js';
import { clone, initialiseReturnActivity } from './fixtures.js';
import { okResult } from './helpers.js';

const initial = (): InitialInputsLike => clone(initialiseReturnActivity.inputs) as InitialInputsLike;

describe('buildExecutionInputs', () => {
  it('first execution: custom keys, order_number and step_type, no previous_step_type', () => {
    const inputs = buildExecutionInputs(initial(), {}, 'product_selection');
    expect(inputs).to.deep.equal({
      customer_email: 'amelia.hughes@example.co.uk',
      channel: { name: 'web-chat', locale: 'en-GB', tags: ['vip', 'returns'] },
      order_number: 'NW-100245',
      step_type: 'product_selection',
    });
    expect(inputs).not.to.have.property('previous_step_type');
    expect(Object.keys(inputs)).to.deep.equal(['customer_email', 'channel', 'order_number', 'step_type']);
  });

  it('returns a new object that shares nothing with its arguments', () => {
    const source = initial();
    const draft: Draft = { selected_products: [{ id: 'p1', quantity: 1 }], unopened_quantities: { p1: 1 } };
    const inputs = buildExecutionInputs(source, draft, 'return_options', 'product_selection');
    expect(inputs.channel).to.deep.equal(source.channel);
    expect(inputs.channel).not.to.equal(source.channel);
    expect(inputs.selected_products).not.to.equal(draft.selected_products);
    expect(inputs.selected_products![0]).not.to.equal(draft.selected_products![0]);
    expect(inputs.unopened_quantities).not.to.equal(draft.unopened_quantities);
  });

  it('accumulates the answers of the journey as PROTOCOL.md 4.1 describes', () => {
    const afterSelection: Draft = {
      selected_products: [
        {
          id: 'p1',
          quantity: 2,
          reason_id: 'r-faulty',
          reason_option_id: 'r-faulty-sole',
          comments: 'The sole split after a week.',
          attachments: ['https://cdn.northwind-shoes.example/uploads/sole-1.jpg'],
          custom_fields: { batch_code: 'B2025-031' },
        },
      ],
    };
    const toOptions = buildExecutionInputs(initial(), afterSelection, 'return_options', 'product_selection');
    expect(toOptions).to.include({ step_type: 'return_options', previous_step_type: 'product_selection' });
    expect(toOptions.selected_products).to.deep.equal(afterSelection.selected_products);
    expect(toOptions).not.to.have.property('acknowledged');

    const afterOptions: Draft = {
      selected_products: [
        {
          ...afterSelection.selected_products![0]!,
          return_option: 'replacement',
          replacement: { colour: 'Forest', size: 'UK 10' },
        },
      ],
    };
    const toInformation = buildExecutionInputs(initial(), afterOptions, 'important_information', 'return_options');
    expect(toInformation.selected_products![0]).to.include({ return_option: 'replacement', reason_id: 'r-faulty' });
    expect(toInformation.selected_products![0]!.replacement).to.deep.equal({ colour: 'Forest', size: 'UK 10' });

    const afterInformation: Draft = { ...afterOptions, acknowledged: true, unopened_quantities: { p1: 1 } };
    const submit = buildExecutionInputs(initial(), afterInformation, 'shipping_information', 'important_information', {
      submit_return: true,
      submission_id: '4f8a3c1e-9d2b-4e7a-8b1c-2d3e4f5a6b7c',
    });
    expect(submit).to.deep.equal({
      customer_email: 'amelia.hughes@example.co.uk',
      channel: { name: 'web-chat', locale: 'en-GB', tags: ['vip', 'returns'] },
      order_number: 'NW-100245',
      selected_products: afterOptions.selected_products,
      acknowledged: true,
      unopened_quantities: { p1: 1 },
      step_type: 'shipping_information',
      previous_step_type: 'important_information',
      submit_return: true,
      submission_id: '4f8a3c1e-9d2b-4e7a-8b1c-2d3e4f5a6b7c',
    });
  });

  it('sends per-request extras: updated_user_location and cancel_reason', () => {
    const rerun = buildExecutionInputs(initial(), {}, 'drop_off_locations', 'drop_off_locations', {
      updated_user_location: { coordinates: { lat: 51.5155, lng: -0.1419 }, address: 'Oxford Circus, London' },
    });
    expect(rerun).to.include({ step_type: 'drop_off_locations', previous_step_type: 'drop_off_locations' });
    expect(rerun.updated_user_location).to.deep.equal({
      coordinates: { lat: 51.5155, lng: -0.1419 },
      address: 'Oxford Circus, London',
    });

    const cancel = buildExecutionInputs(initial(), {}, 'product_selection', 'cancel_return', { cancel_reason: 'keep' });
    expect(cancel).to.include({ cancel_reason: 'keep', previous_step_type: 'cancel_return' });
    expect(cancel).not.to.have.property('submit_return');
  });

  it('sends only the draft keys it is given', () => {
    const inputs = buildExecutionInputs(
      initial(),
      { acknowledged: false },
      'shipping_information',
      'important_information',
    );
    expect(inputs.acknowledged).to.equal(false);
    expect(inputs).not.to.have.property('selected_products');
    expect(inputs).not.to.have.property('unopened_quantities');
  });

  it('drops __proto__, constructor and prototype from custom inputs', () => {
    const source = JSON.parse(
      '{"__proto__": {"x":1}, "order_number":"1", "constructor": {"a": 1}, "meta": {"prototype": 2, "ok": 3}}',
    ) as InitialInputsLike;
    const inputs = buildExecutionInputs(source, {}, 'product_selection');
    expect(Object.keys(inputs)).to.deep.equal(['meta', 'order_number', 'step_type']);
    expect(inputs.meta).to.deep.equal({ ok: 3 });
    expect(Object.getPrototypeOf(inputs)).to.equal(Object.prototype);
    expect((inputs as Record<string, unknown>).x).to.equal(undefined);
    expect(JSON.stringify(inputs)).not.to.contain('__proto__');
  });

  it('overwrites portal keys given as custom inputs and reports them', () => {
    const source = {
      ...initial(),
      step_type: 'return_details',
      previous_step_type: 'cancel_return',
      selected_products: [{ id: 'evil', quantity: 99 }],
      submit_return: true,
      cancel_reason: 'forged',
    } as InitialInputsLike;
    expect(collidingInputKeys(source)).to.deep.equal([
      'previous_step_type',
      'selected_products',
      'submit_return',
      'cancel_reason',
    ]);

    const inputs = buildExecutionInputs(source, {}, 'product_selection');
    expect(inputs.step_type).to.equal('product_selection');
    for (const key of ['previous_step_type', 'selected_products', 'submit_return', 'cancel_reason']) {
      expect(inputs, key).not.to.have.property(key);
    }
    const next = buildExecutionInputs(
      source,
      { selected_products: [{ id: 'p1', quantity: 1 }] },
      'return_options',
      'product_selection',
    );
    expect(next.selected_products).to.deep.equal([{ id: 'p1', quantity: 1 }]);
    expect(next.previous_step_type).to.equal('product_selection');
  });

  it('lists the portal keys', () => {
    expect([...portalInputKeys].sort()).to.deep.equal(
      [
        'acknowledged',
        'cancel_reason',
        'previous_step_type',
        'selected_products',
        'step_type',
        'submission_id',
        'submit_return',
        'unopened_quantities',
        'updated_user_location',
      ].sort(),
    );
  });

  it('builds inputs that pass the execution request schema', () => {
    const inputs = buildExecutionInputs(
      initial(),
      { selected_products: [{ id: 'p1', quantity: 1 }] },
      'return_options',
      'product_selection',
    );
    const request = {
      returnFlowId: initialiseReturnActivity.returnFlowId,
      externalAccountKey: initialiseReturnActivity.externalAccountKey,
      inputs,
    };
    expect(okResult(parseExecutionRequest(request)).value).to.deep.equal(request);
  });
});
