import { DermaShieldRule } from '../../rule';
import { SnsCustomerManagedKey } from './SnsCustomerManagedKey';
import { SnsDenyInsecureTransport } from './SnsDenyInsecureTransport';

export { SnsCustomerManagedKey, SnsDenyInsecureTransport };
export const SNS_RULES: readonly DermaShieldRule[] = [SnsCustomerManagedKey, SnsDenyInsecureTransport];
