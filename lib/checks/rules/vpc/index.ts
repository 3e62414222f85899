import { DermaShieldRule } from '../../rule';

/** Rules for VPC, one file each. Filled in by the issue that builds them. */
export const VPC_RULES: readonly DermaShieldRule[] = [];
