import { TableEntry } from './entry';

/** OpenSearch UI applications, OpenSearch Ingestion and OpenSearch Serverless (controls DS-OPENSEARCH-20..22). */
export const OPENSEARCH_MORE_ENTRIES: readonly TableEntry[] = [
  {
    name: 'OpenSearchApplicationCustomerManagedKey',
    controlId: 'DS-OPENSEARCH-20',
    resourceTypes: ['AWS::OpenSearchService::Application'],
    requirement: 'OpenSearch UI applications must name a customer-managed KMS key (KmsKeyArn).',
    fix: 'The application stores saved queries, visualisations and dashboards, which can embed patient identifiers; '
      + 'without KmsKeyArn they are encrypted with an AWS-owned key. Set KmsKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyArn' }],
  },
  {
    name: 'OpenSearchIngestionBufferCustomerManagedKey',
    controlId: 'DS-OPENSEARCH-21',
    resourceTypes: ['AWS::OSIS::Pipeline'],
    requirement: 'OpenSearch Ingestion pipelines with a persistent buffer must name a customer-managed key (EncryptionAtRestOptions.KmsKeyArn).',
    fix: 'A persistent buffer stores the documents in flight (clinical logs, records); without EncryptionAtRestOptions they '
      + 'are encrypted with an AWS-owned key. Set EncryptionAtRestOptions.KmsKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionAtRestOptions.KmsKeyArn' }],
    when: { path: 'BufferOptions.PersistentBufferEnabled', equals: [true] },
  },
  {
    name: 'OpenSearchServerlessCollectionCustomerManagedKey',
    controlId: 'DS-OPENSEARCH-22',
    resourceTypes: ['AWS::OpenSearchServerless::Collection'],
    requirement: 'OpenSearch Serverless collections that set EncryptionConfig.AWSOwnedKey must name a customer-managed KmsKeyArn (AWSOwnedKey false).',
    fix: 'AWSOwnedKey: true encrypts the collection\'s indexes with an AWS-owned key. Set EncryptionConfig.AWSOwnedKey: false '
      + 'and KmsKeyArn to a PhiKey. (Without EncryptionConfig the key comes from the matching encryption security policy, '
      + 'judged by DermaShield-OpenSearchServerlessEncryptionPolicyCustomerManagedKey.)',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionConfig.KmsKeyArn' }],
    when: { path: 'EncryptionConfig.AWSOwnedKey' },
  },
];
