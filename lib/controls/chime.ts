import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Chime SDK: telehealth voice. */
export const CHIME_CONTROLS = defineControls([
  {
    id: 'DS-CHIME-1',
    title: 'Chime SDK Voice Connectors require encrypted calls',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Voice Connectors set RequireEncryption so SIP uses TLS and media uses SRTP.',
    ruleIds: ['DermaShield-ChimeVoiceConnectorEncryption'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-CHIME-2',
    title: 'Chime SDK call analytics output encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Media insights pipelines with post-call analytics name a customer-managed KMS key for the transcripts they write.',
    ruleIds: ['DermaShield-ChimeCallAnalyticsOutputCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
