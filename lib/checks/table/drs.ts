import { TableEntry } from './entry';

/** AWS Elastic Disaster Recovery (control DS-DRS-1). */
export const DRS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'DrsReplicationCustomerManagedKey',
    controlId: 'DS-DRS-1',
    resourceTypes: ['AWS::DRS::ReplicationConfigurationTemplate'],
    requirement: 'DRS replication templates must set EbsEncryption CUSTOM with a customer-managed EbsEncryptionKeyArn.',
    fix: 'Replicated server disks (whole EHR and imaging servers) are staged on EBS volumes. NONE leaves them unencrypted and '
      + 'DEFAULT uses the account\'s default EBS key (usually the AWS-managed aws/ebs key). Set EbsEncryption CUSTOM and '
      + 'EbsEncryptionKeyArn to a PhiKey.',
    checks: [
      { kind: 'one-of', path: 'EbsEncryption', allowed: ['CUSTOM'] },
      { kind: 'customer-managed-key', path: 'EbsEncryptionKeyArn' },
    ],
  },
];
