import { HIPAA } from './citations';
import { defineControls } from './types';

/** EC2 block storage: application servers cache images and records on disk. */
export const EC2_CONTROLS = defineControls([
  {
    id: 'DS-EC2-1',
    title: 'EBS volumes and instance block devices encrypted',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'EBS volumes, and the block devices of instances and launch templates, are declared encrypted.',
    ruleIds: ['DermaShield-Ec2EbsEncrypted'],
    configRules: [
      { identifier: 'ENCRYPTED_VOLUMES', resourceTypes: ['AWS::EC2::Volume'] },
      { identifier: 'EC2_EBS_ENCRYPTION_BY_DEFAULT' },
    ],
  },
]);
