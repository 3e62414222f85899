import { defineControls } from './types';

/** Controls for CLOUDWATCH. Filled in by the issue that builds them. */
export const CLOUDWATCH_CONTROLS = defineControls([]);
