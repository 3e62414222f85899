import { TableEntry } from './entry';

/** Amazon Timestream for LiveAnalytics (control DS-TIMESTREAM-1). */
export const TIMESTREAM_ENTRIES: readonly TableEntry[] = [
  {
    name: 'TimestreamDatabaseCustomerManagedKey',
    controlId: 'DS-TIMESTREAM-1',
    resourceTypes: ['AWS::Timestream::Database'],
    requirement: 'Timestream databases must name a customer-managed KMS key (KmsKeyId).',
    fix: 'Without KmsKeyId the database (device and monitoring readings tied to patients) is encrypted with the '
      + 'AWS-managed key aws/timestream. Set KmsKeyId to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
  {
    name: 'TimestreamRejectedDataCustomerManagedKey',
    controlId: 'DS-TIMESTREAM-1',
    resourceTypes: ['AWS::Timestream::Table'],
    requirement: 'Timestream tables that keep rejected magnetic-store records in S3 must use EncryptionOption SSE_KMS with a customer-managed KmsKeyId.',
    fix: 'Rejected records are the records themselves. Set MagneticStoreRejectedDataLocation.S3Configuration.EncryptionOption '
      + 'to SSE_KMS and KmsKeyId to a PhiKey (SSE_S3 uses an S3-managed key).',
    checks: [
      { kind: 'one-of', path: 'MagneticStoreWriteProperties.MagneticStoreRejectedDataLocation.S3Configuration.EncryptionOption', allowed: ['SSE_KMS'] },
      { kind: 'customer-managed-key', path: 'MagneticStoreWriteProperties.MagneticStoreRejectedDataLocation.S3Configuration.KmsKeyId' },
    ],
    when: { path: 'MagneticStoreWriteProperties.MagneticStoreRejectedDataLocation.S3Configuration.BucketName' },
  },
  {
    name: 'TimestreamScheduledQueryCustomerManagedKey',
    controlId: 'DS-TIMESTREAM-1',
    resourceTypes: ['AWS::Timestream::ScheduledQuery'],
    requirement: 'Timestream scheduled queries must name a customer-managed KMS key (KmsKeyId) and write error reports with EncryptionOption SSE_KMS.',
    fix: 'Without KmsKeyId the scheduled query resource is encrypted with a Timestream-owned key; error reports default to '
      + 'SSE_S3. Set KmsKeyId to a PhiKey and ErrorReportConfiguration.S3Configuration.EncryptionOption to SSE_KMS.',
    checks: [
      { kind: 'customer-managed-key', path: 'KmsKeyId' },
      { kind: 'one-of', path: 'ErrorReportConfiguration.S3Configuration.EncryptionOption', allowed: ['SSE_KMS'], absentMeans: 'SSE_S3' },
    ],
  },
];
