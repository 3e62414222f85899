import { DermaShieldRule } from '../../rule';

/** Rules for KINESIS, one file each. Filled in by the issue that builds them. */
export const KINESIS_RULES: readonly DermaShieldRule[] = [];
