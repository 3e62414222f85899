import { DermaShieldRule } from '../../rule';
import { MskCustomerManagedKey } from './MskCustomerManagedKey';
import { MskInTransitEncryption } from './MskInTransitEncryption';

export { MskCustomerManagedKey, MskInTransitEncryption };
export const MSK_RULES: readonly DermaShieldRule[] = [MskCustomerManagedKey, MskInTransitEncryption];
