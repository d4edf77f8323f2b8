/**
 * Ids inside the portal's shadow root are built from flow data (product ids, field names), so
 * every step view escapes them the same way.
 */

const plain = /^[A-Za-z0-9]*$/;

/**
 * Text as an id fragment: ASCII letters and digits stay, anything else (including `-` and `_`)
 * becomes `_<hex code point>_`. The mapping is one-to-one and never yields `-` or white space, so
 * ids like `ps-<product>-field-<name>` can't collide and fit in `aria-describedby` lists.
 */
export function idSafe(text: string): string {
  if (plain.test(text)) return text;
  let safe = '';
  for (const char of text) safe += /[A-Za-z0-9]/.test(char) ? char : `_${(char.codePointAt(0) ?? 0).toString(16)}_`;
  return safe;
}
