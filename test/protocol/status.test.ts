/**
 * Status vocabulary (PROTOCOL.md section 6, DECISIONS.md D24).
 */
import { expect } from '@open-wc/testing';
import {
  normaliseStatus,
  statusCanonicals,
  statusLabels,
  statusStage,
  type StatusCanonical,
} from '../../src/protocol/index.js';

const table: [string[], StatusCanonical][] = [
  [['processing', 'Ready for Shipment', 'ready_for_shipment'], 'processing'],
  [['in_transit', 'In Transit', 'Out for Delivery', 'out-for-delivery', 'IN-TRANSIT'], 'in_transit'],
  [['Ready for Pickup', 'ready_for_pickup'], 'ready_for_pickup'],
  [['delivered', 'Delivered'], 'delivered'],
  [['damaged', 'lost', 'Problem with Delivery', 'problem'], 'problem'],
  [['Returning to Sender', 'returning_to_sender'], 'returning_to_sender'],
  [['return_submitted', 'Label Created'], 'return_submitted'],
  [['return_processing', 'Return Processing'], 'return_processing'],
  [['return_received', 'Return Received'], 'return_received'],
];

describe('normaliseStatus', () => {
  for (const [spellings, canonical] of table) {
    it(`maps ${spellings.join(', ')} to ${canonical}`, () => {
      for (const spelling of spellings) expect(normaliseStatus(spelling).canonical, spelling).to.equal(canonical);
    });
  }

  it('matches case-insensitively, with _ and - as spaces and white space collapsed', () => {
    for (const spelling of ['  out   for_delivery ', 'OUT-FOR-DELIVERY', 'Out\tfor\nDelivery', 'out__for--delivery']) {
      expect(normaliseStatus(spelling), JSON.stringify(spelling)).to.deep.equal({
        canonical: 'in_transit',
        key: 'statusOutForDelivery',
        label: 'Out for delivery',
      });
    }
  });

  it('gives both vocabularies the same canonical value and their own key', () => {
    expect(normaliseStatus('in_transit')).to.deep.equal({
      canonical: 'in_transit',
      key: 'statusInTransit',
      label: 'In transit',
    });
    expect(normaliseStatus('In Transit')).to.deep.equal(normaliseStatus('in_transit'));
    expect(normaliseStatus('Label Created')).to.deep.equal({
      canonical: 'return_submitted',
      key: 'statusLabelCreated',
      label: 'Label created',
    });
    expect(normaliseStatus('return_submitted').key).to.equal('statusReturnSubmitted');
  });

  it('keeps lost and damaged distinguishable within the problem stage', () => {
    const lost = normaliseStatus('lost');
    const damaged = normaliseStatus('damaged');
    expect(lost.canonical).to.equal(damaged.canonical);
    expect(lost.key).to.equal('statusLost');
    expect(damaged.key).to.equal('statusDamaged');
    expect(lost.label).to.equal('Lost');
    expect(damaged.label).to.equal('Damaged');
  });

  it('keeps an unknown status as its trimmed text', () => {
    expect(normaliseStatus('  Held at customs ')).to.deep.equal({
      canonical: null,
      key: null,
      label: 'Held at customs',
    });
    expect(normaliseStatus('')).to.deep.equal({ canonical: null, key: null, label: '' });
  });

  it('has an English label for every key', () => {
    for (const [key, label] of Object.entries(statusLabels)) {
      expect(key).to.match(/^status[A-Z]/);
      expect(label).to.be.a('string').and.not.equal('');
    }
    expect(Object.keys(statusLabels)).to.have.length(14);
  });
});

describe('statusStage', () => {
  it('maps each canonical status to its stage', () => {
    expect(statusCanonicals.map((c) => statusStage(c))).to.deep.equal([
      'ordered',
      'on_its_way',
      'ready_for_pickup',
      'delivered',
      'problem',
      'returning_to_sender',
      'return_submitted',
      'return_processing',
      'return_received',
    ]);
  });

  it('highlights no stage for an unknown status', () => {
    expect(statusStage(normaliseStatus('Held at customs').canonical)).to.equal(null);
  });

  it('shows Out for Delivery on its way', () => {
    expect(statusStage(normaliseStatus('Out for Delivery').canonical)).to.equal('on_its_way');
  });
});
