import { TableEntry } from './entry';

/** S3 replication: the copies a replication rule writes (control DS-S3-10). */
export const S3_ENTRIES: readonly TableEntry[] = [
  {
    name: 'S3ReplicationCustomerManagedKey',
    controlId: 'DS-S3-10',
    resourceTypes: ['AWS::S3::Bucket'],
    requirement: 'Every S3 replication rule must encrypt replicas with a customer-managed key '
      + '(Destination.EncryptionConfiguration.ReplicaKmsKeyID) and replicate KMS-encrypted source objects (SourceSelectionCriteria.SseKmsEncryptedObjects Enabled).',
    fix: 'A DR replica holds the same ePHI as the original. Without ReplicaKmsKeyID, replicas get the destination bucket\'s '
      + 'default encryption (SSE-S3 unless set); without SseKmsEncryptedObjects Enabled, S3 skips every SSE-KMS object, so '
      + 'the clinical images are not replicated at all. Name a PhiKey in the destination Region (or a declared external key ARN) '
      + 'and enable SseKmsEncryptedObjects on every rule.',
    when: { path: 'ReplicationConfiguration.Rules[].Status', equals: ['Enabled'] },
    checks: [
      { kind: 'customer-managed-key', path: 'ReplicationConfiguration.Rules[].Destination.EncryptionConfiguration.ReplicaKmsKeyID' },
      {
        kind: 'one-of', path: 'ReplicationConfiguration.Rules[].SourceSelectionCriteria.SseKmsEncryptedObjects.Status',
        allowed: ['Enabled'], absentMeans: 'Disabled',
      },
    ],
  },
];
