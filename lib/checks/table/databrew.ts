import { TableEntry } from './entry';

/** AWS Glue DataBrew jobs (control DS-DATABREW-1). */
export const DATABREW_ENTRIES: readonly TableEntry[] = [
  {
    name: 'DataBrewJobCustomerManagedKey',
    controlId: 'DS-DATABREW-1',
    resourceTypes: ['AWS::DataBrew::Job'],
    requirement: 'DataBrew jobs must set EncryptionMode SSE-KMS with a customer-managed EncryptionKeyArn.',
    fix: 'Without EncryptionMode the job output is written without a key the practice controls; SSE-S3 uses S3-managed keys. '
      + 'Set EncryptionMode SSE-KMS and EncryptionKeyArn to a PhiKey.',
    checks: [
      { kind: 'one-of', path: 'EncryptionMode', allowed: ['SSE-KMS'] },
      { kind: 'customer-managed-key', path: 'EncryptionKeyArn' },
    ],
  },
];
