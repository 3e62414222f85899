import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS AppIntegrations: external data brought into Amazon Connect. */
export const APPINTEGRATIONS_CONTROLS = defineControls([
  {
    id: 'DS-APPINTEGRATIONS-1',
    title: 'AppIntegrations data integrations encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'AppIntegrations data integrations name a customer-managed KMS key.',
    ruleIds: ['DermaShield-AppIntegrationsDataIntegrationCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
