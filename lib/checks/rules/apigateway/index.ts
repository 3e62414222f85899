import { DermaShieldRule } from '../../rule';

/** Rules for APIGATEWAY, one file each. Filled in by the issue that builds them. */
export const APIGATEWAY_RULES: readonly DermaShieldRule[] = [];
