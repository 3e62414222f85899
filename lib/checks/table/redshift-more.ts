import { TableEntry } from './entry';

/** Amazon Redshift integrations and cross-Region snapshot copy grants (control DS-REDSHIFT-20). */
export const REDSHIFT_MORE_ENTRIES: readonly TableEntry[] = [
  {
    name: 'RedshiftIntegrationCustomerManagedKey',
    controlId: 'DS-REDSHIFT-20',
    resourceTypes: ['AWS::Redshift::Integration'],
    requirement: 'Redshift zero-ETL integrations must name a customer-managed KMS key (KMSKeyId).',
    fix: 'Without KMSKeyId the integration\'s replicated data is encrypted with an AWS-owned key. Set KMSKeyId to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KMSKeyId' }],
  },
  {
    name: 'RedshiftSnapshotCopyGrantCustomerManagedKey',
    controlId: 'DS-REDSHIFT-20',
    resourceTypes: ['AWS::Redshift::SnapshotCopyGrant'],
    requirement: 'Redshift snapshot copy grants must name a customer-managed KMS key (KmsKeyId) in the destination Region.',
    fix: 'Snapshots copied to another Region are encrypted with the grant\'s key; without KmsKeyId that is the default '
      + 'AWS-managed key. Set KmsKeyId to a PhiKey (or a multi-Region replica) in the destination Region.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
];
