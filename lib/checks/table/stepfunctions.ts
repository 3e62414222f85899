import { TableEntry } from './entry';

const FIX = 'Step Functions stores execution input, output and state data (patient records passed between steps) and, '
  + 'without EncryptionConfiguration, encrypts them with an AWS-owned key. Set EncryptionConfiguration.Type to '
  + 'CUSTOMER_MANAGED_KMS_KEY and KmsKeyId to a PhiKey (the execution role and log delivery need kms:Decrypt / '
  + 'kms:GenerateDataKey).';

/** AWS Step Functions (control DS-SFN-1). */
export const STEPFUNCTIONS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'StepFunctionsCustomerManagedKey',
    controlId: 'DS-SFN-1',
    resourceTypes: ['AWS::StepFunctions::StateMachine', 'AWS::StepFunctions::Activity'],
    requirement: 'Step Functions state machines and activities must set EncryptionConfiguration.Type CUSTOMER_MANAGED_KMS_KEY with a customer-managed KmsKeyId.',
    fix: `${FIX} An activity's encryption is fixed at creation.`,
    checks: [
      { kind: 'one-of', path: 'EncryptionConfiguration.Type', allowed: ['CUSTOMER_MANAGED_KMS_KEY'], absentMeans: 'AWS_OWNED_KEY' },
      { kind: 'customer-managed-key', path: 'EncryptionConfiguration.KmsKeyId' },
    ],
  },
];
