import { TableEntry } from './entry';

/** Amazon Managed Workflows for Apache Airflow, provisioned and serverless (control DS-MWAA-1). */
export const MWAA_ENTRIES: readonly TableEntry[] = [
  {
    name: 'MwaaCustomerManagedKey',
    controlId: 'DS-MWAA-1',
    resourceTypes: ['AWS::MWAA::Environment'],
    requirement: 'MWAA environments must name a customer-managed KMS key (KmsKey).',
    fix: 'The Airflow metadata database, task logs and XComs can carry the records a pipeline moves; without KmsKey they are encrypted with an AWS-owned key. Set KmsKey to a PhiKey (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKey' }],
  },
  {
    name: 'MwaaServerlessCustomerManagedKey',
    controlId: 'DS-MWAA-1',
    resourceTypes: ['AWS::MWAAServerless::Workflow'],
    requirement: 'MWAA Serverless workflows must name a customer-managed KMS key (EncryptionConfiguration.KmsKeyId).',
    fix: 'Without EncryptionConfiguration the workflow and its run data are encrypted with an AWS-owned key. Set EncryptionConfiguration with KmsKeyId naming a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionConfiguration.KmsKeyId' }],
  },
];
