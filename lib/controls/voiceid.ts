import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Connect Voice ID. */
export const VOICEID_CONTROLS = defineControls([
  {
    id: 'DS-VOICEID-1',
    title: 'Voice ID domains encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Voice ID domains name a customer-managed ServerSideEncryptionConfiguration.KmsKeyId.',
    ruleIds: ['DermaShield-VoiceIdCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
