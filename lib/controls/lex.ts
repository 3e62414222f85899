import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Lex: voice and chat bots for scheduling and triage. */
export const LEX_CONTROLS = defineControls([
  {
    id: 'DS-LEX-1',
    title: 'Lex audio conversation logs encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: "Lex bot aliases (and a bot's test alias) that keep audio logs name a customer-managed KMS key for them.",
    ruleIds: ['DermaShield-LexAudioLogCustomerManagedKey', 'DermaShield-LexTestAliasAudioLogCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
