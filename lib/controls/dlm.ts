import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Data Lifecycle Manager: scheduled EBS snapshots and AMIs, and their copies to other Regions. */
export const DLM_CONTROLS = defineControls([
  {
    id: 'DS-DLM-1',
    title: 'DLM cross-Region snapshot copies encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.DATA_BACKUP],
    guidance: 'Every DLM cross-Region copy rule sets Encrypted and a customer-managed CmkArn.',
    ruleIds: ['DermaShield-DlmCrossRegionCopyEncryption'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
