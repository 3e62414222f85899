import { defineControls } from './types';

/** Controls for ELB. Filled in by the issue that builds them. */
export const ELB_CONTROLS = defineControls([]);
