import { defineControls } from './types';

/** Controls for OPENSEARCH. Filled in by the issue that builds them. */
export const OPENSEARCH_CONTROLS = defineControls([]);
