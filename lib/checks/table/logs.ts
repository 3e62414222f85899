import { TableEntry } from './entry';

/** CloudWatch Logs resources beyond log groups (control DS-LOGS-20). */
export const LOGS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'LogAnomalyDetectorCustomerManagedKey',
    controlId: 'DS-LOGS-20',
    resourceTypes: ['AWS::Logs::LogAnomalyDetector'],
    requirement: 'CloudWatch Logs anomaly detectors must name a customer-managed KMS key (KmsKeyId).',
    fix: 'Anomalies keep sample log lines and patterns taken from the logs they watch, which can include ePHI; without '
      + 'KmsKeyId they are encrypted with an AWS-owned key. Set KmsKeyId to the PhiKey of the watched log groups.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
  {
    name: 'LogsOpenSearchIntegrationCustomerManagedKey',
    controlId: 'DS-LOGS-20',
    resourceTypes: ['AWS::Logs::Integration'],
    requirement: 'CloudWatch Logs integrations with OpenSearch must name a customer-managed KMS key (OpenSearchResourceConfig.KmsKeyArn).',
    fix: 'The integration creates an OpenSearch collection that indexes the log data; without KmsKeyArn it is encrypted '
      + 'with an AWS-owned key. Set OpenSearchResourceConfig.KmsKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'ResourceConfig.OpenSearchResourceConfig.KmsKeyArn' }],
    when: { path: 'ResourceConfig.OpenSearchResourceConfig.DataSourceRoleArn' },
  },
];
