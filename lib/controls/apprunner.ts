import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS App Runner: containerised web services. */
export const APPRUNNER_CONTROLS = defineControls([
  {
    id: 'DS-APPRUNNER-1',
    title: 'App Runner source copies and logs encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'App Runner services name a customer-managed KMS key (EncryptionConfiguration.KmsKey).',
    ruleIds: ['DermaShield-AppRunnerServiceCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
