import { defineControls } from './types';

/** Controls for CLOUDFRONT. Filled in by the issue that builds them. */
export const CLOUDFRONT_CONTROLS = defineControls([]);
