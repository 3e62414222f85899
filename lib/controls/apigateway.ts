import { defineControls } from './types';

/** Controls for APIGATEWAY. Filled in by the issue that builds them. */
export const APIGATEWAY_CONTROLS = defineControls([]);
