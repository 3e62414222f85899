import { TableEntry } from './entry';

/** Amazon Personalize (control DS-PERSONALIZE-1). */
export const PERSONALIZE_ENTRIES: readonly TableEntry[] = [
  {
    name: 'PersonalizeDatasetGroupCustomerManagedKey',
    controlId: 'DS-PERSONALIZE-1',
    resourceTypes: ['AWS::Personalize::DatasetGroup'],
    requirement: 'Personalize dataset groups must name a customer-managed KMS key (KmsKeyArn).',
    fix: 'Datasets hold per-patient interaction records; without KmsKeyArn they are encrypted with an AWS-owned key. Set KmsKeyArn to a PhiKey and RoleArn to a role that may use it (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyArn' }],
  },
];
