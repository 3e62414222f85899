import { DermaShieldRule } from '../../rule';
import { DsqlClusterCustomerManagedKey } from './DsqlClusterCustomerManagedKey';

export { DsqlClusterCustomerManagedKey };
export const DSQL_RULES: readonly DermaShieldRule[] = [DsqlClusterCustomerManagedKey];
