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
};
