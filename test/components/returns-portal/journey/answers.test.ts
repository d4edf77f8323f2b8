import { expect } from '@open-wc/testing';
import * as a from '../../../../src/components/returns-portal/journey/answers.js';

const start = a.emptyAnswers;

describe('answers', () => {
  it('selecting and deselecting a product adds and removes its entry (D1)', () => {
    const one = a.toggleProduct(start, 'p1', true);
    expect(one.selected_products).to.deep.equal([{ id: 'p1', quantity: 1 }]);
    const two = a.toggleProduct(one, 'p2', true, 3);
    expect(two.selected_products!.map((e) => e.id)).to.deep.equal(['p1', 'p2']);
    expect(a.selectedEntry(two, 'p2')!.quantity).to.equal(3);
    const back = a.toggleProduct(two, 'p1', false);
    expect(back.selected_products).to.deep.equal([{ id: 'p2', quantity: 3 }]);
    expect(a.toggleProduct(back, 'p2', false)).not.to.have.property('selected_products');
  });

  it('never mutates: every change is a new frozen object', () => {
    const one = a.toggleProduct(start, 'p1', true);
    const two = a.setQuantity(one, 'p1', 2);
    expect(one.selected_products![0].quantity).to.equal(1);
    expect(two.selected_products![0].quantity).to.equal(2);
    expect(Object.isFrozen(two)).to.be.true;
    expect(start).to.deep.equal({});
  });

  it('changes to a product that is not selected change nothing', () => {
    expect(a.setQuantity(start, 'p9', 2)).to.equal(start);
    expect(a.setReason(start, 'p9', 'r')).to.equal(start);
  });

  it('a new reason clears what the old one asked for; the same reason keeps it', () => {
    let s = a.toggleProduct(start, 'p1', true);
    s = a.setReason(s, 'p1', 'r-faulty');
    s = a.setSubReason(s, 'p1', 'r-faulty-sole');
    s = a.setComments(s, 'p1', 'It split');
    s = a.setCustomField(s, 'p1', 'batch_code', 'B1');
    s = a.setAttachments(s, 'p1', ['https://x.example/1.jpg']);
    expect(a.setReason(s, 'p1', 'r-faulty')).to.equal(s);
    expect(a.selectedEntry(a.setReason(s, 'p1', 'r-fit'), 'p1')).to.deep.equal({
      id: 'p1',
      quantity: 1,
      reason_id: 'r-fit',
    });
    expect(a.selectedEntry(a.setReason(s, 'p1', undefined), 'p1')).to.deep.equal({ id: 'p1', quantity: 1 });
    expect(a.selectedEntry(a.setSubReason(s, 'p1', 'other'), 'p1')).to.deep.equal({
      id: 'p1',
      quantity: 1,
      reason_id: 'r-faulty',
      reason_option_id: 'other',
    });
  });

  it('empty comments, fields and attachments are removed, not sent empty', () => {
    let s = a.toggleProduct(start, 'p1', true);
    s = a.setComments(s, 'p1', 'x');
    s = a.setComments(s, 'p1', '');
    s = a.setCustomField(s, 'p1', 'f', 'v');
    s = a.setCustomField(s, 'p1', 'f', '');
    s = a.setAttachments(s, 'p1', []);
    expect(a.selectedEntry(s, 'p1')).to.deep.equal({ id: 'p1', quantity: 1 });
  });

  it('leaving the replacement option drops the replacement; a new colour clears the size', () => {
    let s = a.toggleProduct(start, 'p1', true);
    s = a.setReturnOption(s, 'p1', 'replacement');
    s = a.setReplacement(s, 'p1', { colour: 'Navy' });
    s = a.setReplacement(s, 'p1', { size: 'UK 8' });
    expect(a.selectedEntry(s, 'p1')!.replacement).to.deep.equal({ colour: 'Navy', size: 'UK 8' });
    expect(a.selectedEntry(a.setReplacement(s, 'p1', { colour: 'Forest' }), 'p1')!.replacement).to.deep.equal({
      colour: 'Forest',
    });
    expect(a.selectedEntry(a.setReplacement(s, 'p1', { colour: 'Navy' }), 'p1')!.replacement).to.deep.equal({
      colour: 'Navy',
      size: 'UK 8',
    });
    expect(a.selectedEntry(a.setReturnOption(s, 'p1', 'refund'), 'p1')).not.to.have.property('replacement');
  });

  it('unopened quantities follow the selection', () => {
    let s = a.toggleProduct(a.toggleProduct(start, 'p1', true), 'p2', true);
    s = a.setUnopenedQuantity(s, 'p1', 1);
    s = a.setUnopenedQuantity(s, 'p2', 0);
    s = a.setAcknowledged(s, true);
    expect(s.unopened_quantities).to.deep.equal({ p1: 1, p2: 0 });
    s = a.toggleProduct(s, 'p1', false);
    expect(s.unopened_quantities).to.deep.equal({ p2: 0 });
    s = a.toggleProduct(s, 'p2', false);
    expect(s).not.to.have.property('unopened_quantities');
    expect(s.acknowledged).to.be.true;
  });

  describe('answersForRequest (D1)', () => {
    let full = a.toggleProduct(start, 'p1', true, 2);
    full = a.setReason(full, 'p1', 'r-fit');
    full = a.setSubReason(full, 'p1', 'r-fit-small');
    full = a.setReturnOption(full, 'p1', 'replacement');
    full = a.setReplacement(full, 'p1', { colour: 'Navy', size: 'UK 8' });
    full = a.setAcknowledged(full, true);
    full = a.setUnopenedQuantity(full, 'p1', 1);

    it('confirming product_selection sends only its own keys', () => {
      expect(a.answersForRequest(full, ['product_selection'])).to.deep.equal({
        selected_products: [{ id: 'p1', quantity: 2, reason_id: 'r-fit', reason_option_id: 'r-fit-small' }],
      });
    });

    it('confirming return_options adds the option and replacement', () => {
      expect(a.answersForRequest(full, ['product_selection', 'return_options'])).to.deep.equal({
        selected_products: [
          {
            id: 'p1',
            quantity: 2,
            reason_id: 'r-fit',
            reason_option_id: 'r-fit-small',
            return_option: 'replacement',
            replacement: { colour: 'Navy', size: 'UK 8' },
          },
        ],
      });
    });

    it('confirming important_information adds the acknowledgement and unopened quantities', () => {
      const sent = a.answersForRequest(full, ['product_selection', 'return_options', 'important_information']);
      expect(sent.acknowledged).to.be.true;
      expect(sent.unopened_quantities).to.deep.equal({ p1: 1 });
    });

    it('the first execution carries no answers', () => {
      expect(a.answersForRequest(full, [])).to.deep.equal({});
    });

    it('a journey started on return_options sends ids, quantities and options only', () => {
      expect(a.answersForRequest(full, ['return_options'])).to.deep.equal({
        selected_products: [
          { id: 'p1', quantity: 2, return_option: 'replacement', replacement: { colour: 'Navy', size: 'UK 8' } },
        ],
      });
    });
  });
});

describe('answers for a journey started mid-way', () => {
  it('ensureSelected adds a missing entry with the known quantity and keeps an existing one', () => {
    const made = a.ensureSelected(a.emptyAnswers, 'p2', 3);
    expect(made.selected_products).to.deep.equal([{ id: 'p2', quantity: 3 }]);
    expect(a.ensureSelected(made, 'p2', 1)).to.equal(made);
  });
});

describe('withUnopenedDefaults (D11)', () => {
  const step = {
    type: 'important_information',
    nextType: 'shipping_information',
    payload: {
      confirmButtonText: 'Go',
      categories: [
        { type: 'pack_items', products: [{ id: 'p1' }, { id: 'p3' }] },
        { type: 'unopened_items', products: [{ id: 'p1' }, { id: 'p2' }], quantitySelector: { isEnabled: true } },
        { type: 'other', products: [{ id: 'p3' }], quantitySelector: { isEnabled: false } },
      ],
    },
  } as const;

  it('fills the selected quantity for selected products with an enabled selector, keeping answers', () => {
    let s = a.toggleProduct(a.toggleProduct(a.toggleProduct(a.emptyAnswers, 'p1', true, 2), 'p2', true, 4), 'p3', true);
    s = a.setUnopenedQuantity(s, 'p2', 1);
    const filled = a.withUnopenedDefaults(s, step as never);
    expect(filled.unopened_quantities).to.deep.equal({ p1: 2, p2: 1 });
  });

  it('changes nothing when there is nothing to fill', () => {
    const s = a.toggleProduct(a.emptyAnswers, 'p3', true);
    expect(a.withUnopenedDefaults(s, step as never)).to.equal(s);
  });
});
