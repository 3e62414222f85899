import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS DataSync: file transfers into AWS. */
export const DATASYNC_CONTROLS = defineControls([
  {
    id: 'DS-DATASYNC-1',
    title: 'DataSync EFS transfers use TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'DataSync EFS locations set InTransitEncryption TLS1_2.',
    ruleIds: ['DermaShield-DataSyncEfsInTransitEncryption'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
