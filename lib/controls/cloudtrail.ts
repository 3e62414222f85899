import { defineControls } from './types';

/** Controls for CLOUDTRAIL. Filled in by the issue that builds them. */
export const CLOUDTRAIL_CONTROLS = defineControls([]);
