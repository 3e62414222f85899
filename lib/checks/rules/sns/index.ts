import { DermaShieldRule } from '../../rule';
import { SnsCustomerManagedKey } from './SnsCustomerManagedKey';

export { SnsCustomerManagedKey };
export const SNS_RULES: readonly DermaShieldRule[] = [SnsCustomerManagedKey];
