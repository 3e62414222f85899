import { defineControls } from './types';

/** Controls for DOCDB. Filled in by the issue that builds them. */
export const DOCDB_CONTROLS = defineControls([]);
