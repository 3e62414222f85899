import { DermaShieldRule } from '../../rule';
import { OpenSearchServerlessEncryptionPolicyCustomerManagedKey } from './OpenSearchServerlessEncryptionPolicyCustomerManagedKey';

export { OpenSearchServerlessEncryptionPolicyCustomerManagedKey };
export const OPENSEARCHSERVERLESS_RULES: readonly DermaShieldRule[] = [OpenSearchServerlessEncryptionPolicyCustomerManagedKey];
