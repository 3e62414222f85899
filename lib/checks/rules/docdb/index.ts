import { DermaShieldRule } from '../../rule';
import { DocDbCustomerManagedKey } from './DocDbCustomerManagedKey';
import { DocDbTls } from './DocDbTls';

export { DocDbCustomerManagedKey, DocDbTls };
export const DOCDB_RULES: readonly DermaShieldRule[] = [DocDbCustomerManagedKey, DocDbTls];
