/**
 * The rules of PROTOCOL.md and DECISIONS.md that go beyond "this field has this type": defaults,
 * synonyms, D4, D5, D9, D11, D21, D34, and the dispatch on `type`.
 */
import { expect } from '@open-wc/testing';
import {
  parseActivity,
  parseChatEvent,
  parseDraft,
  parseExecutionRequest,
  parseOrderTrackerPayload,
  parsePayload,
  parseReturnOverduePayload,
  parseStep,
  sizeLabel,
  type DropOffLocationsStep,
  type InitialiseReturnActivity,
  type OrderTrackerActivity,
  type ProductSelectionStep,
  type ReturnOptionsStep,
  type ShippingInformationStep,
} from '../../src/protocol/index.js';
import * as fx from './fixtures.js';
import { clone } from './fixtures.js';
import { deleteAt, issueAt, issuesOf, okResult, setAt } from './helpers.js';

describe('protocol rules', () => {
  describe('dispatch on type', () => {
    it('names an unknown activity type and lists the known ones', () => {
      const issues = issuesOf(parseActivity({ type: 'foo', payload: {} }));
      expect(issues).to.deep.equal([
        {
          path: 'type',
          message:
            'unknown activity type "foo"; expected one of "orderTracker", "deliveryStatus", "returnOverdue", "initialise_return", "initialise_return_error"',
        },
      ]);
    });

    it('names an unknown step type and lists the step types and "error"', () => {
      const issue = issueAt(parseStep({ type: 'thank_you', payload: {} }), 'type');
      expect(issue.message).to.match(/^unknown step type "thank_you"; expected one of "product_selection", /);
      expect(issue.message).to.contain('"cancel_return", "error"');
    });

    it('reports a type that is not a string', () => {
      expect(issueAt(parseStep({ type: 5 }), 'type').message).to.match(/^unknown step type 5;/);
    });

    it('rejects a message that is not an object at the root path', () => {
      for (const json of [null, 'orderTracker', 42, [fx.orderTrackerActivity]]) {
        expect(issuesOf(parseActivity(json))[0]!.path).to.equal('');
        expect(issuesOf(parseStep(json))[0]!.message).to.match(/^expected an object, got /);
      }
    });

    it('does not treat inherited names as types', () => {
      expect(issueAt(parseActivity({ type: 'toString' }), 'type').message).to.match(/^unknown activity type/);
      expect(issueAt(parseStep({ type: '__proto__' }), 'type').message).to.match(/^unknown step type/);
    });
  });

  describe('delivery status card', () => {
    it('accepts both type names and keeps the one given', () => {
      const tracker = okResult(parseActivity(clone(fx.orderTrackerActivity))).value as OrderTrackerActivity;
      const status = okResult(parseActivity(clone(fx.deliveryStatusActivity))).value as OrderTrackerActivity;
      expect(tracker.type).to.equal('orderTracker');
      expect(status.type).to.equal('deliveryStatus');
      expect(status.payload.carrier).to.equal(tracker.payload.carrier);
    });

    it('defaults isReturnable to false', () => {
      const json = clone(fx.orderTrackerActivity);
      deleteAt(json, ['payload', 'isReturnable']);
      const value = okResult(parseActivity(json)).value as OrderTrackerActivity;
      expect(value.payload.isReturnable).to.equal(false);
    });

    it('reads a payload alone with paths from the message root (D21)', () => {
      const payload = clone(fx.orderTrackerActivity.payload);
      deleteAt(payload, ['status']);
      setAt(payload, ['productImages', 2], 'javascript:alert(1)');
      expect(issuesOf(parseOrderTrackerPayload(payload))).to.deep.equal([
        { path: 'payload.status', message: 'required' },
      ]);

      payload.status = 'delivered';
      const { value, warnings } = okResult(parseOrderTrackerPayload(payload));
      expect(value.productImages![2]).to.equal(null);
      expect(warnings.map((w) => w.path)).to.deep.equal(['payload.productImages[2]']);
    });

    it('reads a return-overdue payload alone', () => {
      const payload = clone(fx.returnOverdueActivity.payload);
      setAt(payload, ['price', 'amount'], '129.97');
      expect(issuesOf(parseReturnOverduePayload(payload))).to.deep.equal([
        { path: 'payload.price.amount', message: 'expected a number, got "129.97"' },
      ]);
    });

    it('reads any step payload alone', () => {
      const payload = clone(fx.dropOffLocationsStep.payload);
      setAt(payload, ['dropOffLocations', 1, 'coordinates', 'lat'], 'north');
      expect(issuesOf(parsePayload('drop_off_locations', payload))).to.deep.equal([
        { path: 'payload.dropOffLocations[1].coordinates.lat', message: 'expected a number, got "north"' },
      ]);
    });
  });

  describe('prices and sizes', () => {
    it('upper-cases the currency code and accepts any three letters', () => {
      const json = clone(fx.productSelectionStep);
      setAt(json, ['payload', 'products', 0, 'price', 'currencyCode'], ' chf ');
      const step = okResult(parseStep(json)).value as ProductSelectionStep;
      expect(step.payload.products[0]!.price.currencyCode).to.equal('CHF');
      expect(step.payload.products[1]!.price.currencyCode).to.equal('GBP');
    });

    it('keeps negative and fractional amounts', () => {
      const json = clone(fx.returnOverdueActivity);
      setAt(json, ['payload', 'price', 'amount'], -12.5);
      expect(okResult(parseActivity(json)).value).to.have.nested.property('payload.price.amount', -12.5);
    });

    it('reads both size forms', () => {
      const step = okResult(parseStep(clone(fx.productSelectionStep))).value as ProductSelectionStep;
      const [shoe, bra, belt] = step.payload.products;
      expect(shoe!.size).to.deep.equal({ displayName: 'UK 9', value: '9', width: 'Wide', sizeSystem: 'UK' });
      expect(bra!.size).to.deep.equal({ band: '34', cup: 'B', sizeSystem: 'UK' });
      expect(belt!.size).to.equal('M');
      expect([shoe, bra, belt].map((p) => sizeLabel(p!.size))).to.deep.equal(['UK 9', '34B', 'M']);
    });

    it('labels sizes: displayName, else string, else band and cup, else value', () => {
      expect(sizeLabel({ displayName: '34B (UK)', band: 34, cup: 'B' })).to.equal('34B (UK)');
      expect(sizeLabel({ band: 36 })).to.equal('36');
      expect(sizeLabel({ value: 42 })).to.equal('42');
      expect(sizeLabel({})).to.equal('');
      expect(sizeLabel(undefined)).to.equal('');
    });
  });

  describe('defaults', () => {
    it('product quantity 1 and areReturnReasonsRequired true', () => {
      const json = clone(fx.productSelectionStep);
      deleteAt(json, ['payload', 'areReturnReasonsRequired']);
      const step = okResult(parseStep(json)).value as ProductSelectionStep;
      expect(step.payload.areReturnReasonsRequired).to.equal(true);
      expect(step.payload.products.map((p) => p.quantity)).to.deep.equal([2, 1, 1]);
    });

    it('keeps areReturnReasonsRequired false', () => {
      const json = clone(fx.productSelectionStep);
      setAt(json, ['payload', 'areReturnReasonsRequired'], false);
      expect(okResult(parseStep(json)).value).to.have.nested.property('payload.areReturnReasonsRequired', false);
    });
  });

  describe('return options', () => {
    it('reads store-credit as store_credit and keeps unknown types', () => {
      const json = clone(fx.returnOptionsStep);
      setAt(json, ['payload', 'products', 1, 'returnOptions', 1], { type: 'gift_card', text: 'Gift card' });
      const step = okResult(parseStep(json)).value as ReturnOptionsStep;
      expect(step.payload.products[0]!.returnOptions.map((o) => o.type)).to.deep.equal([
        'refund',
        'replacement',
        'store_credit',
      ]);
      expect(step.payload.products[1]!.returnOptions[1]!.type).to.equal('gift_card');
    });
  });

  describe('D4: initialise_return_error as an execution answer', () => {
    it('reads as { type: "error", message }', () => {
      const { value } = okResult(parseStep(clone(fx.initialiseReturnErrorActivity)));
      expect(value).to.deep.equal({
        type: 'error',
        message: 'We could not find order NW-999999. Please check the number and try again.',
      });
    });

    it('still needs a message', () => {
      expect(issueAt(parseStep({ type: 'initialise_return_error' }), 'message').message).to.equal('required');
    });
  });

  describe('D5: isSubmitReturnStep', () => {
    for (const fixture of [fx.productSelectionStep, fx.returnOptionsStep, fx.importantInformationStep]) {
      it(`${fixture.type}: true with nextType null is an error at nextType`, () => {
        const json = clone(fixture) as { nextType: unknown; payload: Record<string, unknown> };
        json.payload.isSubmitReturnStep = true;
        json.nextType = null;
        const issues = issuesOf(parseStep(json));
        expect(issues).to.deep.equal([
          { path: 'nextType', message: 'a step with isSubmitReturnStep: true needs a nextType, got null' },
        ]);
      });

      it(`${fixture.type}: true with a nextType is read`, () => {
        const json = clone(fixture) as { payload: Record<string, unknown> };
        json.payload.isSubmitReturnStep = true;
        expect(okResult(parseStep(json)).value).to.have.nested.property('payload.isSubmitReturnStep', true);
      });

      it(`${fixture.type}: false with nextType null is a last step`, () => {
        const json = clone(fixture) as { nextType: unknown; payload: Record<string, unknown> };
        json.payload.isSubmitReturnStep = false;
        json.nextType = null;
        expect(okResult(parseStep(json)).value).to.have.property('nextType', null);
      });
    }
  });

  describe('D9: nextType', () => {
    for (const fixture of [fx.shippingInformationStep, fx.dropOffLocationsStep, fx.cancelReturnStep]) {
      it(`${fixture.type}: absent reads as null`, () => {
        const json = clone(fixture);
        deleteAt(json, ['nextType']);
        expect(okResult(parseStep(json)).value).to.have.property('nextType', null);
      });
    }

    for (const fixture of [
      fx.productSelectionStep,
      fx.returnOptionsStep,
      fx.importantInformationStep,
      fx.returnDetailsStep,
    ]) {
      it(`${fixture.type}: absent is an error, null is accepted`, () => {
        const json = clone(fixture);
        deleteAt(json, ['nextType']);
        expect(issueAt(parseStep(json), 'nextType').message).to.equal('required');
        // A submit step cannot be the last one (D5), so take the flag away for this check.
        if ('isSubmitReturnStep' in json.payload) setAt(json, ['payload', 'isSubmitReturnStep'], false);
        setAt(json, ['nextType'], null);
        expect(okResult(parseStep(json)).value).to.have.property('nextType', null);
      });
    }

    it('keeps a given nextType on an optional-nextType step', () => {
      const json = clone(fx.shippingInformationStep);
      setAt(json, ['nextType'], 'return_details');
      expect((okResult(parseStep(json)).value as ShippingInformationStep).nextType).to.equal('return_details');
    });
  });

  describe('D11: duplicate ids', () => {
    it('is an error at the second occurrence, naming the first', () => {
      const json = clone(fx.productSelectionStep);
      const products = json.payload.products;
      products.push({ ...clone(products[0]!), name: 'Again' });
      expect(issuesOf(parseStep(json))).to.deep.equal([
        { path: 'payload.products[3].id', message: 'duplicate id "p1" (first at payload.products[0])' },
      ]);
    });

    it('finds duplicates the same way in short and long lists (up to 8 items, and more)', () => {
      for (const count of [8, 40]) {
        const json = fx.productSelectionStepWith(count);
        json.payload.products[count - 1]!.id = 'p2';
        json.payload.products[count - 2]!.id = 'p2';
        expect(issuesOf(parseStep(json)), `${count} products`).to.deep.equal(
          [count - 2, count - 1].map((index) => ({
            path: `payload.products[${index}].id`,
            message: 'duplicate id "p2" (first at payload.products[1])',
          })),
        );
      }
    });

    it('reports every duplicate, including nested arrays', () => {
      const json = clone(fx.returnDetailsStep);
      json.payload.returnedProducts.push(clone(json.payload.returnedProducts[0]!));
      json.payload.products!.push(clone(json.payload.products![0]!));
      const issues = issuesOf(parseStep(json));
      expect(issues.map((i) => i.path)).to.deep.equal(['payload.returnedProducts[1].id', 'payload.products[1].id']);
      expect(issues[1]!.message).to.equal('duplicate id "p2" (first at payload.products[0])');
    });

    it('applies to reasons, sub-reasons, category products, locations and cancel reasons', () => {
      const reasons = clone(fx.productSelectionStep);
      setAt(reasons, ['payload', 'products', 0, 'reasonsForReturn', 2, 'id'], 'r-fit');
      expect(issueAt(parseStep(reasons), 'payload.products[0].reasonsForReturn[2].id').message).to.equal(
        'duplicate id "r-fit" (first at payload.products[0].reasonsForReturn[0])',
      );

      const sub = clone(fx.productSelectionStep);
      setAt(sub, ['payload', 'products', 0, 'reasonsForReturn', 0, 'options', 1, 'id'], 'r-fit-small');
      issueAt(parseStep(sub), 'payload.products[0].reasonsForReturn[0].options[1].id');

      const categories = clone(fx.importantInformationStep);
      setAt(categories, ['payload', 'categories', 1, 'products', 1, 'id'], 'p1');
      issueAt(parseStep(categories), 'payload.categories[1].products[1].id');

      const locations = clone(fx.dropOffLocationsStep);
      setAt(locations, ['payload', 'dropOffLocations', 1, 'id'], 'po-charing-cross');
      issueAt(parseStep(locations), 'payload.dropOffLocations[1].id');

      const cancel = clone(fx.cancelReturnStep);
      setAt(cancel, ['payload', 'reasons', 1, 'id'], 'keep');
      issueAt(parseStep(cancel), 'payload.reasons[1].id');

      const options = clone(fx.returnOptionsStep);
      setAt(options, ['payload', 'products', 1, 'id'], 'p1');
      issueAt(parseStep(options), 'payload.products[1].id');
    });

    it('allows the same id in two different arrays', () => {
      // p1 is listed in both the unopened_items and the pack_items category of the fixture.
      const step = okResult(parseStep(clone(fx.importantInformationStep))).value;
      expect(step).to.have.nested.property('payload.categories[1].products[0].id', 'p1');
    });
  });

  describe('D34 and D23: drop-off details', () => {
    it('falls back to km with a warning for an unknown distance unit', () => {
      const json = clone(fx.dropOffLocationsStep);
      setAt(json, ['payload', 'distanceUnit'], 'miles');
      const { value, warnings } = okResult(parseStep(json));
      expect((value as DropOffLocationsStep).payload.distanceUnit).to.equal('km');
      expect(warnings).to.deep.equal([
        { path: 'payload.distanceUnit', message: 'unknown distance unit "miles": using "km"' },
      ]);
    });

    it('reads mi and km in any case, and defaults to km', () => {
      const json = clone(fx.dropOffLocationsStep);
      setAt(json, ['payload', 'distanceUnit'], ' MI ');
      expect((okResult(parseStep(json)).value as DropOffLocationsStep).payload.distanceUnit).to.equal('mi');
      deleteAt(json, ['payload', 'distanceUnit']);
      expect((okResult(parseStep(json)).value as DropOffLocationsStep).payload.distanceUnit).to.equal('km');
    });

    it('accepts countryCode, locationsMode and timeZone', () => {
      const step = okResult(parseStep(clone(fx.dropOffLocationsStep))).value as DropOffLocationsStep;
      expect(step.payload.countryCode).to.equal('GB');
      expect(step.payload.locationsMode).to.equal('static');
      expect(step.payload.timeZone).to.equal('Europe/London');
      expect(step.payload.dropOffLocations[0]!.operatingHours!.sun).to.equal('closed');
    });

    it('drops an unknown time zone with a warning', () => {
      const json = clone(fx.dropOffLocationsStep);
      setAt(json, ['payload', 'timeZone'], 'Europe/Atlantis');
      const { value, warnings } = okResult(parseStep(json));
      expect((value as DropOffLocationsStep).payload).not.to.have.property('timeZone');
      expect(warnings).to.deep.equal([
        { path: 'payload.timeZone', message: 'unknown time zone "Europe/Atlantis": using the shopper\'s time zone' },
      ]);
    });
  });

  describe('initialise_return inputs (D21)', () => {
    it('keeps custom inputs verbatim, nested ones included', () => {
      const activity = okResult(parseActivity(clone(fx.initialiseReturnActivity))).value as InitialiseReturnActivity;
      expect(activity.inputs).to.deep.equal(fx.initialiseReturnActivity.inputs);
    });

    it('drops __proto__, constructor and prototype at any depth, with warnings', () => {
      const json = JSON.parse(`{
        "type": "initialise_return", "returnFlowId": "flow-1", "externalAccountKey": "key-1",
        "inputs": {
          "__proto__": { "polluted": true },
          "order_number": "NW-1",
          "constructor": { "prototype": { "polluted": true } },
          "nested": { "prototype": 1, "kept": 2, "list": [{ "__proto__": { "x": 1 }, "ok": true }] }
        }
      }`) as unknown;
      const { value, warnings } = okResult(parseActivity(json));
      const inputs = (value as InitialiseReturnActivity).inputs;
      expect(Object.keys(inputs)).to.deep.equal(['order_number', 'nested']);
      expect(inputs.nested).to.deep.equal({ kept: 2, list: [{ ok: true }] });
      expect(Object.prototype.hasOwnProperty.call(inputs, '__proto__')).to.equal(false);
      expect(Object.getPrototypeOf(inputs)).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(warnings.map((w) => w.path)).to.deep.equal([
        'inputs.__proto__',
        'inputs.constructor',
        'inputs.nested.prototype',
        'inputs.nested.list[0].__proto__',
      ]);
      expect(warnings[0]!.message).to.equal('dropped key "__proto__": it could change object prototypes');
    });

    it('reports custom inputs named like portal keys, but not step_type', () => {
      const json = clone(fx.initialiseReturnActivity) as { inputs: Record<string, unknown> };
      json.inputs.selected_products = [{ id: 'p1', quantity: 1 }];
      json.inputs.submit_return = true;
      const { warnings } = okResult(parseActivity(json));
      expect(warnings).to.deep.equal([
        { path: 'inputs.selected_products', message: 'custom input "selected_products" is overwritten by the portal' },
        { path: 'inputs.submit_return', message: 'custom input "submit_return" is overwritten by the portal' },
      ]);
    });
  });

  describe('chat events, drafts and execution requests', () => {
    it('keeps extra chat event payload keys', () => {
      const { value } = okResult(parseChatEvent(clone(fx.returnRequestedEvent)));
      expect(value).to.deep.equal({
        type: 'chat_event',
        payload: { name: 'returnRequested', orderNumber: 'NW-100245' },
      });
    });

    it('validates a stored draft', () => {
      const draft = {
        selected_products: [{ id: 'p1', quantity: 2, reason_id: 'r-fit', custom_fields: { batch_code: 'B1' } }],
        acknowledged: true,
        unopened_quantities: { p1: 0 },
      };
      expect(okResult(parseDraft(draft)).value).to.deep.equal(draft);
      expect(issuesOf(parseDraft({ unopened_quantities: { p1: -1 } }))).to.deep.equal([
        { path: 'unopened_quantities.p1', message: 'expected a whole number ≥ 0, got -1' },
      ]);
      expect(
        issueAt(
          parseDraft({
            selected_products: [
              { id: 'p1', quantity: 1 },
              { id: 'p1', quantity: 1 },
            ],
          }),
          'selected_products[1].id',
        ).message,
      ).to.match(/^duplicate id/);
    });

    it('validates an execution request and keeps custom inputs', () => {
      const request = {
        returnFlowId: 'flow-1',
        externalAccountKey: 'key-1',
        inputs: {
          order_number: 'NW-1',
          step_type: 'return_options',
          previous_step_type: 'product_selection',
          channel: 'web',
        },
      };
      expect(okResult(parseExecutionRequest(request)).value).to.deep.equal(request);
      expect(
        issueAt(parseExecutionRequest({ ...request, inputs: { order_number: 'NW-1' } }), 'inputs.step_type').message,
      ).to.equal('required');
    });
  });
});

describe('protocol robustness', () => {
  it('reads the deep-frozen fixtures as they are (nothing is written into the input)', () => {
    for (const fixture of Object.values(fx.activityFixtures)) okResult(parseActivity(fixture));
    for (const fixture of Object.values(fx.stepFixtures)) okResult(parseStep(fixture));
    okResult(parseStep(fx.stepErrorAnswer));
    okResult(parseChatEvent(fx.returnRequestedEvent));
  });

  it('does not share objects between input and output where it changes them', () => {
    const json = clone(fx.initialiseReturnActivity);
    const value = okResult(parseActivity(json)).value as InitialiseReturnActivity;
    expect(value.inputs.channel).to.deep.equal(json.inputs.channel);
    expect(value.inputs.channel).not.to.equal(json.inputs.channel);
  });

  it('never throws, even for input whose getters throw', () => {
    const json = clone(fx.orderTrackerActivity);
    Object.defineProperty(json.payload, 'carrier', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const issues = issuesOf(parseActivity(json));
    expect(issues).to.have.length(1);
    expect(issues[0]!.path).to.equal('');
    expect(issues[0]!.message).to.match(/^could not read the message: Error: boom/);
  });
});

describe('deeply nested custom inputs', () => {
  function nested(depth: number): unknown {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  }

  it('a few levels are forwarded', () => {
    const activity = { ...clone(fx.initialiseReturnActivity), inputs: { order_number: 'A1', deep: nested(10) } };
    expect(parseActivity(activity).ok).to.be.true;
  });

  it('nesting past the limit is an issue at its path, never a stack overflow', () => {
    for (const depth of [65, 10_000]) {
      const activity = { ...clone(fx.initialiseReturnActivity), inputs: { order_number: 'A1', deep: nested(depth) } };
      const result = parseActivity(activity);
      expect(result.ok, String(depth)).to.be.false;
      if (!result.ok) {
        expect(result.issues[0].message).to.equal('nested more than 64 levels deep');
        expect(result.issues[0].path.startsWith('inputs.deep.a.a')).to.be.true;
      }
    }
  });
});
