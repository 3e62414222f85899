import { TableEntry } from './entry';

/** Secrets Manager replica Regions (control DS-SM-10). */
export const SECRETSMANAGER_ENTRIES: readonly TableEntry[] = [
  {
    name: 'SecretReplicaCustomerManagedKey',
    controlId: 'DS-SM-10',
    resourceTypes: ['AWS::SecretsManager::Secret'],
    requirement: 'Every replica Region of a secret must name a customer-managed KMS key (ReplicaRegions[].KmsKeyId).',
    fix: 'A replica without KmsKeyId is encrypted with aws/secretsmanager in its Region, whose key policy the practice cannot '
      + 'restrict or audit, even when the primary uses a PhiKey. Pass replicaRegions: [{ region, encryptionKey }] with a PhiKey '
      + '(or a multi-Region replica key) in that Region.',
    when: { path: 'ReplicaRegions[].Region' },
    checks: [{ kind: 'customer-managed-key', path: 'ReplicaRegions[].KmsKeyId' }],
  },
];
