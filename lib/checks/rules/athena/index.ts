import { DermaShieldRule } from '../../rule';
import { AthenaWorkGroupCustomerManagedKey } from './AthenaWorkGroupCustomerManagedKey';

export { AthenaWorkGroupCustomerManagedKey };
export const ATHENA_RULES: readonly DermaShieldRule[] = [AthenaWorkGroupCustomerManagedKey];
