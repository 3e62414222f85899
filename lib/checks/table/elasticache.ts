import { TableEntry } from './entry';

/** ElastiCache resources beyond clusters and replication groups (control DS-ELASTICACHE-20). */
export const ELASTICACHE_ENTRIES: readonly TableEntry[] = [
  {
    name: 'ElastiCacheServerlessSnapshotCustomerManagedKey',
    controlId: 'DS-ELASTICACHE-20',
    resourceTypes: ['AWS::ElastiCache::ServerlessCacheSnapshot'],
    requirement: 'ElastiCache serverless cache snapshots must name a customer-managed KMS key (KmsKeyId).',
    fix: 'A snapshot is a copy of every cached session and record; without KmsKeyId it is encrypted with an AWS-owned '
      + 'key. Set KmsKeyId to the PhiKey ARN of the cache.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
];
