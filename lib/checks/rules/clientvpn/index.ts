import { DermaShieldRule } from '../../rule';

/** Rules for CLIENTVPN, one file each. Filled in by the issue that builds them. */
export const CLIENTVPN_RULES: readonly DermaShieldRule[] = [];
