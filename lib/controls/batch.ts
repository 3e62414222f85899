import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Batch job definitions: jobs (e.g. image processing) that mount shared ePHI file systems. */
export const BATCH_CONTROLS = defineControls([
  {
    id: 'DS-BATCH-1',
    title: 'Batch jobs mount EFS with transit encryption',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every EFS volume of a job definition (container, ECS and multi-node properties) sets TransitEncryption ENABLED.',
    ruleIds: ['DermaShield-BatchEfsTransitEncryption'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
