import { TableEntry } from './entry';

/** CloudWatch Observability Admin log centralization (control DS-OBSERVABILITY-1). */
export const OBSERVABILITYADMIN_ENTRIES: readonly TableEntry[] = [
  {
    name: 'LogCentralizationCustomerManagedKey',
    controlId: 'DS-OBSERVABILITY-1',
    resourceTypes: ['AWS::ObservabilityAdmin::OrganizationCentralizationRule'],
    requirement: 'Log centralization rules must set LogsEncryptionConfiguration.EncryptionStrategy CUSTOMER_MANAGED with a customer-managed KmsKeyArn.',
    fix: 'Centralization copies application log groups (which can hold patient data) into a central account; without a '
      + 'CUSTOMER_MANAGED strategy the new central log groups are encrypted with an AWS-owned key. Set '
      + 'Rule.Destination.DestinationLogsConfiguration.LogsEncryptionConfiguration to EncryptionStrategy CUSTOMER_MANAGED '
      + 'and KmsKeyArn to a key in the destination account (and BackupConfiguration.KmsKeyArn for the backup Region).',
    checks: [
      { kind: 'one-of', path: 'Rule.Destination.DestinationLogsConfiguration.LogsEncryptionConfiguration.EncryptionStrategy', allowed: ['CUSTOMER_MANAGED'], absentMeans: 'AWS_OWNED' },
      { kind: 'customer-managed-key', path: 'Rule.Destination.DestinationLogsConfiguration.LogsEncryptionConfiguration.KmsKeyArn' },
    ],
  },
  {
    name: 'LogTableIntegrationCustomerManagedKey',
    controlId: 'DS-OBSERVABILITY-1',
    resourceTypes: ['AWS::ObservabilityAdmin::S3TableIntegration'],
    requirement: 'CloudWatch Logs S3 Tables integrations must name a customer-managed KMS key (Encryption.KmsKeyArn).',
    fix: 'The integration copies log data into S3 tables; without Encryption.KmsKeyArn it is encrypted with an S3-managed '
      + 'key. Set Encryption.SseAlgorithm to aws:kms and KmsKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'Encryption.KmsKeyArn' }],
  },
];
