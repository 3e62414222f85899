import { DermaShieldRule } from '../../rule';

/** Rules for DOCDB, one file each. Filled in by the issue that builds them. */
export const DOCDB_RULES: readonly DermaShieldRule[] = [];
