import { defineControls } from './types';

/** Controls for ELASTICACHE. Filled in by the issue that builds them. */
export const ELASTICACHE_CONTROLS = defineControls([]);
