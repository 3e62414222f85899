import { DermaShieldRule } from '../../rule';
import { SqsCustomerManagedKey } from './SqsCustomerManagedKey';
import { SqsDenyInsecureTransport } from './SqsDenyInsecureTransport';

export { SqsCustomerManagedKey, SqsDenyInsecureTransport };
export const SQS_RULES: readonly DermaShieldRule[] = [SqsCustomerManagedKey, SqsDenyInsecureTransport];
