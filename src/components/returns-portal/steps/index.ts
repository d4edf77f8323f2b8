import type { StepType } from '../../../protocol/index.js';
import type { StepView } from './step-view.js';
import { productSelectionView } from './product-selection.js';
import { returnOptionsView } from './return-options.js';
import { importantInformationView } from './important-information.js';
import { shippingInformationView } from './shipping-information.js';
import { returnDetailsView } from './return-details.js';
import { dropOffLocationsView } from './drop-off-locations.js';
import { cancelReturnView } from './cancel-return.js';

/** The view of each step type. */
export const stepViews: Record<StepType, StepView<never>> = {
  product_selection: productSelectionView,
  return_options: returnOptionsView,
  important_information: importantInformationView,
  shipping_information: shippingInformationView,
  return_details: returnDetailsView,
  drop_off_locations: dropOffLocationsView,
  cancel_return: cancelReturnView,
};
