import { defineControls } from './types';

/** Controls for MSK. Filled in by the issue that builds them. */
export const MSK_CONTROLS = defineControls([]);
