import { HIPAA } from './citations';
import { defineControls } from './types';

/** ECS task definitions: containers that mount shared ePHI file systems. */
export const ECS_CONTROLS = defineControls([
  {
    id: 'DS-ECS-1',
    title: 'ECS tasks mount EFS with transit encryption',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every EFS volume of a task definition sets TransitEncryption ENABLED.',
    ruleIds: ['DermaShield-EcsEfsTransitEncryption'],
    configRules: [],
  },
]);
