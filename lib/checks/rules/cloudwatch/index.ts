import { DermaShieldRule } from '../../rule';

/** Rules for CLOUDWATCH, one file each. Filled in by the issue that builds them. */
export const CLOUDWATCH_RULES: readonly DermaShieldRule[] = [];
