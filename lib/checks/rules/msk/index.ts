import { DermaShieldRule } from '../../rule';

/** Rules for MSK, one file each. Filled in by the issue that builds them. */
export const MSK_RULES: readonly DermaShieldRule[] = [];
