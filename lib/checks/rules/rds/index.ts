import { DermaShieldRule } from '../../rule';

/** Rules for RDS, one file each. Filled in by the issue that builds them. */
export const RDS_RULES: readonly DermaShieldRule[] = [];
