import { DermaShieldRule } from '../../rule';
import { SqsCustomerManagedKey } from './SqsCustomerManagedKey';

export { SqsCustomerManagedKey };
export const SQS_RULES: readonly DermaShieldRule[] = [SqsCustomerManagedKey];
