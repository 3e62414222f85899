import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon AppFlow: SaaS data flows. */
export const APPFLOW_CONTROLS = defineControls([
  {
    id: 'DS-APPFLOW-1',
    title: 'AppFlow flows encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'AppFlow flows name a customer-managed KMS key (KMSArn).',
    ruleIds: ['DermaShield-AppFlowFlowCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
