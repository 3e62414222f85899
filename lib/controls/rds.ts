import { defineControls } from './types';

/** Controls for RDS. Filled in by the issue that builds them. */
export const RDS_CONTROLS = defineControls([]);
