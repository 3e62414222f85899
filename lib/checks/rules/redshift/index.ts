import { DermaShieldRule } from '../../rule';

/** Rules for REDSHIFT, one file each. Filled in by the issue that builds them. */
export const REDSHIFT_RULES: readonly DermaShieldRule[] = [];
