import { defineControls } from './types';

/** Controls for CLIENTVPN. Filled in by the issue that builds them. */
export const CLIENTVPN_CONTROLS = defineControls([]);
