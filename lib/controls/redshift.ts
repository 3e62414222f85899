import { defineControls } from './types';

/** Controls for REDSHIFT. Filled in by the issue that builds them. */
export const REDSHIFT_CONTROLS = defineControls([]);
