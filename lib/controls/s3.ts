import { defineControls } from './types';

/** Controls for S3. Filled in by the issue that builds them. */
export const S3_CONTROLS = defineControls([]);
