import { TableEntry } from './entry';

/** Amazon MSK Replicator and channels (controls DS-MSK-20, DS-MSK-21). */
export const MSK_MORE_ENTRIES: readonly TableEntry[] = [
  {
    name: 'MskReplicatorTls',
    controlId: 'DS-MSK-20',
    resourceTypes: ['AWS::MSK::Replicator'],
    requirement: 'MSK Replicator must connect to every Kafka cluster with EncryptionInTransit.EncryptionType TLS.',
    fix: 'Replication copies every record between clusters; a plaintext connection exposes them on the network. Set '
      + 'KafkaClusters[].EncryptionInTransit.EncryptionType to TLS.',
    checks: [{ kind: 'one-of', path: 'KafkaClusters[].EncryptionInTransit.EncryptionType', allowed: ['TLS'], absentMeans: 'TLS' }],
  },
  {
    name: 'MskChannelCustomerManagedKey',
    controlId: 'DS-MSK-21',
    resourceTypes: ['AWS::MSK::Channel'],
    requirement: 'MSK channels must name a customer-managed KMS key (EncryptionConfiguration.KmsKeyArn).',
    fix: 'A channel delivers topic records to tables and logs; without EncryptionConfiguration they are encrypted with a '
      + 'key the practice does not control. Set EncryptionConfiguration.KmsKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionConfiguration.KmsKeyArn' }],
  },
];
