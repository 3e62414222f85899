import { TableEntry } from './entry';

const ENC = 'ApplicationConfiguration.ApplicationEncryptionConfiguration';

/** Amazon Managed Service for Apache Flink (Kinesis Data Analytics v2) applications (control DS-FLINK-1). */
export const FLINK_ENTRIES: readonly TableEntry[] = [
  {
    name: 'FlinkApplicationCustomerManagedKey',
    controlId: 'DS-FLINK-1',
    resourceTypes: ['AWS::KinesisAnalyticsV2::Application'],
    requirement: 'Managed Service for Apache Flink applications must use ApplicationEncryptionConfiguration KeyType '
      + 'CUSTOMER_MANAGED_KEY with a customer-managed KeyId.',
    fix: 'Running state, checkpoints and snapshots hold the records in flight; the default AWS_OWNED_KEY is a key the '
      + 'practice cannot control or audit. Set KeyType CUSTOMER_MANAGED_KEY and KeyId to a PhiKey.',
    checks: [
      { kind: 'one-of', path: `${ENC}.KeyType`, allowed: ['CUSTOMER_MANAGED_KEY'], absentMeans: 'AWS_OWNED_KEY' },
      { kind: 'customer-managed-key', path: `${ENC}.KeyId` },
    ],
  },
];
