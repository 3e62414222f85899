import { DermaShieldRule } from '../../rule';
import { FirehoseCustomerManagedKey } from './FirehoseCustomerManagedKey';
import { KinesisStreamCustomerManagedKey } from './KinesisStreamCustomerManagedKey';

export { FirehoseCustomerManagedKey, KinesisStreamCustomerManagedKey };
export const KINESIS_RULES: readonly DermaShieldRule[] = [KinesisStreamCustomerManagedKey, FirehoseCustomerManagedKey];
