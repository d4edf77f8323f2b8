/**
 * `parseStep` (validation and normalisation) of a 100-product step against `JSON.parse` of the
 * same text. A sample is the mean of a batch of calls (one call is close to the timer's grain).
 */
import { parseStep } from '../src/protocol/index.js';
import { productSelectionStepWith } from '../test/protocol/fixtures.js';
import { check, register } from './shared.js';

const BATCH = 100;
const text = JSON.stringify(productSelectionStepWith(100));
const parsed: unknown = JSON.parse(text);
let sink: unknown;

function batch(work: () => unknown): number[] {
  window.gc?.();
  const start = performance.now();
  for (let i = 0; i < BATCH; i++) sink = work();
  return [(performance.now() - start) / BATCH];
}

check(parseStep(parsed).ok, 'the 100-product step is valid');

register(
  {
    id: 'parseStep, 100 products',
    description: `parseStep of an already parsed 100-product step (${(text.length / 1024).toFixed(0)} KB of JSON), mean of ${BATCH} calls`,
    contenders: ['parseStep', 'JSON.parse'],
    baseline: 'JSON.parse',
  },
  {
    parseStep: async () => batch(() => parseStep(parsed)),
    'JSON.parse': async () => batch(() => JSON.parse(text)),
  },
);

export const keep = () => sink;
