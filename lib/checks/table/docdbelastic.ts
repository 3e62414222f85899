import { TableEntry } from './entry';

/** Amazon DocumentDB elastic clusters (control DS-DOCDB-1). */
export const DOCDBELASTIC_ENTRIES: readonly TableEntry[] = [
  {
    name: 'DocDbElasticCustomerManagedKey',
    controlId: 'DS-DOCDB-1',
    resourceTypes: ['AWS::DocDBElastic::Cluster'],
    requirement: 'DocumentDB elastic clusters must name a customer-managed KMS key (KmsKeyId).',
    fix: 'Without KmsKeyId an elastic cluster\'s shards and snapshots are encrypted with the account\'s default AWS-managed '
      + 'key, whose policy the practice cannot change. Set KmsKeyId to a PhiKey (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
];
