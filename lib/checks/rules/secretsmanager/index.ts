import { DermaShieldRule } from '../../rule';
import { SecretCustomerManagedKey } from './SecretCustomerManagedKey';

export { SecretCustomerManagedKey };
export const SECRETSMANAGER_RULES: readonly DermaShieldRule[] = [SecretCustomerManagedKey];
