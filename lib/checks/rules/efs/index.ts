import { DermaShieldRule } from '../../rule';
import { EfsCustomerManagedKey } from './EfsCustomerManagedKey';

export { EfsCustomerManagedKey };
export const EFS_RULES: readonly DermaShieldRule[] = [EfsCustomerManagedKey];
