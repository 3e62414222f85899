import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Elastic Disaster Recovery: replicated servers. */
export const DRS_CONTROLS = defineControls([
  {
    id: 'DS-DRS-1',
    title: 'DRS replicated disks encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'DRS replication templates set EbsEncryption CUSTOM with a customer-managed EbsEncryptionKeyArn.',
    ruleIds: ['DermaShield-DrsReplicationCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
