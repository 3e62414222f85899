import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Connect Customer Profiles: unified patient profiles. */
export const CUSTOMERPROFILES_CONTROLS = defineControls([
  {
    id: 'DS-CUSTOMERPROFILES-1',
    title: 'Customer Profiles domains and integrations encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Customer Profiles domains and their AppFlow integrations name a customer-managed KMS key.',
    ruleIds: ['DermaShield-CustomerProfilesDomainCustomerManagedKey', 'DermaShield-CustomerProfilesIntegrationCustomerManagedKey', 'DermaShield-CustomerProfilesObjectTypeKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
