/**
 * Test-runner / dev-server plugins that serve React to the browser. `react`, `react-dom` and
 * `scheduler` ship CommonJS only (18 and 19 alike): `@rollup/plugin-commonjs` turns them into ES
 * modules (`import React from 'react'`, a default import) and `@rollup/plugin-replace` sets
 * `process.env.NODE_ENV`, which they read to pick their development or production build.
 *
 * Vue needs none of this: its tests import the ES build `vue/dist/vue.esm-browser.js`.
 */
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { fromRollup } from '@web/dev-server-rollup';

const commonjs = fromRollup(rollupCommonjs);
const replace = fromRollup(rollupReplace);

/** The CommonJS packages React is made of. */
const reactPackages = ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'];

/**
 * @param {{ mode?: 'development' | 'production' }} [options] Which React build to serve.
 * @returns {import('@web/dev-server-core').Plugin[]}
 */
export function reactPlugins({ mode = 'development' } = {}) {
  return [
    replace({
      include: reactPackages,
      preventAssignment: true,
      values: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    }),
    commonjs({
      include: reactPackages,
      // React's modules require each other at the top level only: hoisted imports suffice.
      strictRequires: false,
      // `require('react')` gets the module's exports object, not a `{ default }` wrapper.
      requireReturnsDefault: true,
    }),
  ];
}
