/** Generates custom-elements.json from the JSDoc of the elements (`npm run analyze`). */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
};
