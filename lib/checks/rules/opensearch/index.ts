import { DermaShieldRule } from '../../rule';

/** Rules for OPENSEARCH, one file each. Filled in by the issue that builds them. */
export const OPENSEARCH_RULES: readonly DermaShieldRule[] = [];
