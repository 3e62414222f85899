import { defineControls } from './types';

/** Controls for BACKUP. Filled in by the issue that builds them. */
export const BACKUP_CONTROLS = defineControls([]);
