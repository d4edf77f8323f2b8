/**
 * Generates custom-elements.json from the JSDoc of the elements (`npm run analyze`). Only the
 * element modules, their bases, the define modules and the events: the protocol schemas are
 * documented by their types, not in the manifest.
 */
export default {
  globs: [
    'src/components/**/*.ts',
    'src/internal/returnkit-element.ts',
    'src/internal/payload-element.ts',
    'src/events/*.ts',
    'src/*.ts',
  ],
  exclude: [
    'src/**/*.test.ts',
    // Style sheets are not API: their CSS text only bloats the manifest.
    'src/**/*.styles.ts',
    'src/components/returns-portal/journey/**',
    'src/components/returns-portal/steps/**',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer lists modules in file-system order, which differs between clones: sort them
      // so the committed manifest is reproducible and CI's freshness check is meaningful.
      name: 'returnkit-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
