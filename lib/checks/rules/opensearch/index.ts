import { DermaShieldRule } from '../../rule';
import { OpenSearchCustomerManagedKey } from './OpenSearchCustomerManagedKey';
import { OpenSearchHttpsTls } from './OpenSearchHttpsTls';
import { OpenSearchNodeToNodeEncryption } from './OpenSearchNodeToNodeEncryption';

export { OpenSearchCustomerManagedKey, OpenSearchHttpsTls, OpenSearchNodeToNodeEncryption };
export const OPENSEARCH_RULES: readonly DermaShieldRule[] = [OpenSearchCustomerManagedKey, OpenSearchNodeToNodeEncryption, OpenSearchHttpsTls];
