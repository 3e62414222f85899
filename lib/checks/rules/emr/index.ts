import { DermaShieldRule } from '../../rule';
import { EmrClusterSecurityConfiguration } from './EmrClusterSecurityConfiguration';

export { EmrClusterSecurityConfiguration };

/** Rules for Amazon EMR that the declarative table cannot express. */
export const EMR_RULES: readonly DermaShieldRule[] = [EmrClusterSecurityConfiguration];
