import { DermaShieldRule } from '../../rule';
import { SsmSessionManagerCustomerManagedKey } from './SsmSessionManagerCustomerManagedKey';

export { SsmSessionManagerCustomerManagedKey };
export const SSM_RULES: readonly DermaShieldRule[] = [SsmSessionManagerCustomerManagedKey];
