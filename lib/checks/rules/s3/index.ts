import { DermaShieldRule } from '../../rule';

/** Rules for S3, one file each. Filled in by the issue that builds them. */
export const S3_RULES: readonly DermaShieldRule[] = [];
