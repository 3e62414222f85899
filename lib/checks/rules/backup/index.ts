import { DermaShieldRule } from '../../rule';

/** Rules for BACKUP, one file each. Filled in by the issue that builds them. */
export const BACKUP_RULES: readonly DermaShieldRule[] = [];
