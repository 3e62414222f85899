import { TableEntry } from './entry';

/** Amazon Keyspaces (for Apache Cassandra) tables (control DS-KEYSPACES-1). */
export const KEYSPACES_ENTRIES: readonly TableEntry[] = [
  {
    name: 'KeyspacesTableCustomerManagedKey',
    controlId: 'DS-KEYSPACES-1',
    resourceTypes: ['AWS::Cassandra::Table'],
    requirement: 'Keyspaces tables must set EncryptionSpecification.EncryptionType CUSTOMER_MANAGED_KMS_KEY with a customer-managed KmsKeyIdentifier.',
    fix: 'The default EncryptionType AWS_OWNED_KMS_KEY encrypts rows with a key owned by Amazon Keyspaces that the practice '
      + 'cannot control or audit. Set EncryptionType CUSTOMER_MANAGED_KMS_KEY and KmsKeyIdentifier to a PhiKey\'s keyArn.',
    checks: [
      { kind: 'one-of', path: 'EncryptionSpecification.EncryptionType', allowed: ['CUSTOMER_MANAGED_KMS_KEY'], absentMeans: 'AWS_OWNED_KMS_KEY' },
      { kind: 'customer-managed-key', path: 'EncryptionSpecification.KmsKeyIdentifier' },
    ],
  },
];
