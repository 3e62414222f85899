import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Kendra: enterprise search over clinical documents. */
export const KENDRA_CONTROLS = defineControls([
  {
    id: 'DS-KENDRA-1',
    title: 'Kendra indexes encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Kendra indexes name a customer-managed KMS key.',
    ruleIds: ['DermaShield-KendraIndexCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
