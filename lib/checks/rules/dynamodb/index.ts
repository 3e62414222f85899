import { DermaShieldRule } from '../../rule';
import { DynamoDbCustomerManagedKey } from './DynamoDbCustomerManagedKey';

export { DynamoDbCustomerManagedKey };
export const DYNAMODB_RULES: readonly DermaShieldRule[] = [DynamoDbCustomerManagedKey];
