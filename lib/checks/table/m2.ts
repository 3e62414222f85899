import { TableEntry } from './entry';

/** AWS Mainframe Modernization (control DS-M2-1). */
export const M2_ENTRIES: readonly TableEntry[] = [
  {
    name: 'M2EnvironmentCustomerManagedKey',
    controlId: 'DS-M2-1',
    resourceTypes: ['AWS::M2::Environment'],
    requirement: 'Mainframe Modernization runtime environments must name a customer-managed KMS key (KmsKeyId).',
    fix: 'A migrated billing or records system keeps its data sets in the runtime environment; without KmsKeyId they are encrypted with an AWS-owned key. Set KmsKeyId to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
];
