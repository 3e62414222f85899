import { DermaShieldRule } from '../../rule';

/** Rules for CLOUDTRAIL, one file each. Filled in by the issue that builds them. */
export const CLOUDTRAIL_RULES: readonly DermaShieldRule[] = [];
