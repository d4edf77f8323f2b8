/**
 * The step views that are not in the portal's eager bundle, as one lazy chunk (why one: see
 * `index.ts`). Imported only through `import()` in `index.ts`.
 */
export { returnOptionsView } from './return-options.js';
export { importantInformationView } from './important-information.js';
export { shippingInformationView } from './shipping-information.js';
export { returnDetailsView } from './return-details.js';
export { dropOffLocationsView } from './drop-off-locations.js';
export { cancelReturnView } from './cancel-return.js';
