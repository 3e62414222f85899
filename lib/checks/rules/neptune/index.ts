import { DermaShieldRule } from '../../rule';

/** Rules for NEPTUNE, one file each. Filled in by the issue that builds them. */
export const NEPTUNE_RULES: readonly DermaShieldRule[] = [];
