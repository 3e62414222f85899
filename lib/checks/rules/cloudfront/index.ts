import { DermaShieldRule } from '../../rule';

/** Rules for CLOUDFRONT, one file each. Filled in by the issue that builds them. */
export const CLOUDFRONT_RULES: readonly DermaShieldRule[] = [];
