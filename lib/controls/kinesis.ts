import { defineControls } from './types';

/** Controls for KINESIS. Filled in by the issue that builds them. */
export const KINESIS_CONTROLS = defineControls([]);
