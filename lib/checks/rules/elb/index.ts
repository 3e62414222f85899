import { DermaShieldRule } from '../../rule';

/** Rules for ELB, one file each. Filled in by the issue that builds them. */
export const ELB_RULES: readonly DermaShieldRule[] = [];
