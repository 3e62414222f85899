import { TableEntry } from './entry';

/** Amazon CloudWatch Synthetics (control DS-SYNTHETICS-1). */
export const SYNTHETICS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'SyntheticsArtifactCustomerManagedKey',
    controlId: 'DS-SYNTHETICS-1',
    resourceTypes: ['AWS::Synthetics::Canary'],
    requirement: 'Synthetics canaries must encrypt their artifacts with ArtifactConfig.S3Encryption EncryptionMode SSE_KMS and a customer-managed KmsKeyArn.',
    fix: 'Canary artifacts are screenshots, HAR files and logs of the pages the canary visits (a patient portal after '
      + 'login shows records); without S3Encryption they are encrypted with an AWS-managed key. Set '
      + 'ArtifactConfig.S3Encryption to EncryptionMode SSE_KMS and KmsKeyArn to a PhiKey.',
    checks: [
      { kind: 'one-of', path: 'ArtifactConfig.S3Encryption.EncryptionMode', allowed: ['SSE_KMS'], absentMeans: 'AWS-managed key' },
      { kind: 'customer-managed-key', path: 'ArtifactConfig.S3Encryption.KmsKeyArn' },
    ],
  },
];
