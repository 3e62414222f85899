import { TableEntry } from './entry';

/** Amazon MemoryDB (controls DS-MEMORYDB-*). */
export const MEMORYDB_ENTRIES: readonly TableEntry[] = [
  {
    name: 'MemoryDbCustomerManagedKey',
    controlId: 'DS-MEMORYDB-1',
    resourceTypes: ['AWS::MemoryDB::Cluster'],
    requirement: 'MemoryDB clusters must name a customer-managed KMS key (KmsKeyId).',
    fix: 'MemoryDB is a durable primary database; without KmsKeyId its data and transaction log are encrypted with the '
      + 'service\'s default key, which the practice cannot control or audit. Set KmsKeyId to a PhiKey (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
  {
    name: 'MemoryDbSnapshotCustomerManagedKey',
    controlId: 'DS-MEMORYDB-1',
    resourceTypes: ['AWS::MemoryDB::Snapshot'],
    requirement: 'MemoryDB snapshots must name a customer-managed KMS key (KmsKeyId).',
    fix: 'A snapshot is a full copy of the cluster\'s data. Name the PhiKey explicitly in KmsKeyId rather than relying on '
      + 'the default key.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
  {
    name: 'MemoryDbTls',
    controlId: 'DS-MEMORYDB-2',
    resourceTypes: ['AWS::MemoryDB::Cluster', 'AWS::MemoryDB::MultiRegionCluster'],
    requirement: 'MemoryDB clusters and multi-Region clusters must not set TLSEnabled to false.',
    fix: 'TLSEnabled: false lets clients read and write patient data in plaintext. Remove TLSEnabled or set it to true '
      + '(the default); TLS cannot be turned on after creation.',
    checks: [{ kind: 'true', path: 'TLSEnabled', absentMeans: true }],
  },
];
