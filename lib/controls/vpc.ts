import { defineControls } from './types';

/** Controls for VPC. Filled in by the issue that builds them. */
export const VPC_CONTROLS = defineControls([]);
