import { DermaShieldRule } from '../../rule';
import { LogGroupCustomerManagedKey } from './LogGroupCustomerManagedKey';

export { LogGroupCustomerManagedKey };
export const LOGS_RULES: readonly DermaShieldRule[] = [LogGroupCustomerManagedKey];
