import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Translate. */
export const TRANSLATE_CONTROLS = defineControls([
  {
    id: 'DS-TRANSLATE-1',
    title: 'Translate parallel data encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Parallel data resources name a customer-managed EncryptionKey.',
    ruleIds: ['DermaShield-TranslateParallelDataCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
