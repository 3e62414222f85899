import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Q in Connect (formerly Amazon Connect Wisdom). */
export const WISDOM_CONTROLS = defineControls([
  {
    id: 'DS-WISDOM-1',
    title: 'Amazon Q in Connect assistants and knowledge bases encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Assistants and knowledge bases name a customer-managed ServerSideEncryptionConfiguration.KmsKeyId.',
    ruleIds: ['DermaShield-WisdomAssistantCustomerManagedKey', 'DermaShield-WisdomKnowledgeBaseCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
