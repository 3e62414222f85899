import { DermaShieldRule } from '../../rule';

/** Rules for ELASTICACHE, one file each. Filled in by the issue that builds them. */
export const ELASTICACHE_RULES: readonly DermaShieldRule[] = [];
