import { DermaShieldRule } from '../../rule';
import { FirehoseDestinationCustomerManagedKey } from './FirehoseDestinationCustomerManagedKey';

export { FirehoseDestinationCustomerManagedKey };
/** Rules for Kinesis Data Firehose destinations (the stream's own encryption is DS-KINESIS-2). */
export const FIREHOSE_RULES: readonly DermaShieldRule[] = [FirehoseDestinationCustomerManagedKey];
