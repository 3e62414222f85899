import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Personalize. */
export const PERSONALIZE_CONTROLS = defineControls([
  {
    id: 'DS-PERSONALIZE-1',
    title: 'Personalize dataset groups encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Dataset groups name a customer-managed KmsKeyArn.',
    ruleIds: ['DermaShield-PersonalizeDatasetGroupCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
