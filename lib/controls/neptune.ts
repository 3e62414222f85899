import { defineControls } from './types';

/** Controls for NEPTUNE. Filled in by the issue that builds them. */
export const NEPTUNE_CONTROLS = defineControls([]);
