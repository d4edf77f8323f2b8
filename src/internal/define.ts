/**
 * Registers `tag` unless it already is: importing the package twice (a CDN build and an npm
 * build, or two bundles) must not throw. A different class already registered under the tag is
 * left in place, with a console warning.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`returnkit: <${tag}> is already defined by another copy of the package; keeping that one.`);
  }
}
