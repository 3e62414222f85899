import { DermaShieldRule } from '../../rule';
import { EmrClusterSecurityConfiguration } from './EmrClusterSecurityConfiguration';
import { EmrSecurityConfigurationAtRest } from './EmrSecurityConfigurationAtRest';
import { EmrSecurityConfigurationInTransit } from './EmrSecurityConfigurationInTransit';

export { EmrClusterSecurityConfiguration, EmrSecurityConfigurationAtRest, EmrSecurityConfigurationInTransit };

/** Rules for Amazon EMR that the declarative table cannot express. */
export const EMR_RULES: readonly DermaShieldRule[] = [EmrSecurityConfigurationAtRest, EmrSecurityConfigurationInTransit, EmrClusterSecurityConfiguration];
