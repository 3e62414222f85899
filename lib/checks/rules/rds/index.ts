import { DermaShieldRule } from '../../rule';
import { RdsCopyCustomerManagedKey } from './RdsCopyCustomerManagedKey';
import { RdsCustomerManagedKey } from './RdsCustomerManagedKey';
import { RdsForceSsl } from './RdsForceSsl';
import { RdsMasterSecretCustomerManagedKey } from './RdsMasterSecretCustomerManagedKey';
import { RdsMinimumTlsVersion } from './RdsMinimumTlsVersion';
import { RdsPerformanceInsightsCustomerManagedKey } from './RdsPerformanceInsightsCustomerManagedKey';
import { RdsProxyRequireTls } from './RdsProxyRequireTls';

export {
  RdsCopyCustomerManagedKey, RdsCustomerManagedKey, RdsForceSsl, RdsMasterSecretCustomerManagedKey, RdsMinimumTlsVersion,
  RdsPerformanceInsightsCustomerManagedKey, RdsProxyRequireTls,
};

/** Rules for RDS and Aurora, one file each. */
export const RDS_RULES: readonly DermaShieldRule[] = [
  RdsCustomerManagedKey,
  RdsForceSsl,
  RdsMinimumTlsVersion,
  RdsPerformanceInsightsCustomerManagedKey,
  RdsProxyRequireTls,
  RdsMasterSecretCustomerManagedKey,
  RdsCopyCustomerManagedKey,
];
