import { DermaShieldRule } from '../../rule';
import { EfsCustomerManagedKey } from './EfsCustomerManagedKey';
import { EfsDenyInsecureTransport } from './EfsDenyInsecureTransport';

export { EfsCustomerManagedKey, EfsDenyInsecureTransport };
export const EFS_RULES: readonly DermaShieldRule[] = [EfsCustomerManagedKey, EfsDenyInsecureTransport];
