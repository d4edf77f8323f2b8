import type { StringEntry } from '../strings.js';

/** English strings shared by the cards and the portal. */
export const sharedStrings = {
  orderNumber: 'Order {orderNumber}',
  imageUnavailable: 'Image unavailable',
  opensInNewTab: '(opens in a new tab)',
} satisfies Record<string, StringEntry>;

/** English strings of both cards: product thumbnails and the error state of an invalid payload. */
export const cardStrings = {
  productImage: 'Product image',
  moreProducts: { one: '+{count}', other: '+{count}' },
  moreProductsLabel: { one: '{count} more product', other: '{count} more products' },
  cardError: 'This card could not be shown.',
  cardErrorDetail: 'The order information we received was incomplete.',
} satisfies Record<string, StringEntry>;
