import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Mainframe Modernization. */
export const M2_CONTROLS = defineControls([
  {
    id: 'DS-M2-1',
    title: 'Mainframe Modernization environments encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Runtime environments name a customer-managed KmsKeyId.',
    ruleIds: ['DermaShield-M2EnvironmentCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
