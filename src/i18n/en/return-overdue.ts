import type { StringEntry } from '../strings.js';
import { cardStrings, sharedStrings } from './shared.js';

/** Everything `<return-overdue>` renders in English: the base of its localizer. */
export const returnOverdueEnglish = {
  ...sharedStrings,
  ...cardStrings,
  returnOverdueLabel: 'Return window closed',
  orderDate: 'Order date',
  orderTotal: 'Order total',
} satisfies Record<string, StringEntry>;
