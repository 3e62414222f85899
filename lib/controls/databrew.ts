import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Glue DataBrew: data preparation jobs. */
export const DATABREW_CONTROLS = defineControls([
  {
    id: 'DS-DATABREW-1',
    title: 'DataBrew job output encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'DataBrew jobs set EncryptionMode SSE-KMS with a customer-managed EncryptionKeyArn.',
    ruleIds: ['DermaShield-DataBrewJobCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
