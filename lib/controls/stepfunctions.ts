import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Step Functions. */
export const STEPFUNCTIONS_CONTROLS = defineControls([
  {
    id: 'DS-SFN-1',
    title: 'Step Functions execution data encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'State machines and activities set EncryptionConfiguration.Type CUSTOMER_MANAGED_KMS_KEY and a customer-managed KmsKeyId; the default is an AWS-owned key.',
    ruleIds: ['DermaShield-StepFunctionsCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
