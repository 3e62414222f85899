import { HIPAA } from './citations';
import { defineControls } from './types';

/** EC2 block storage: application servers cache images and records on disk. */
export const EC2_CONTROLS = defineControls([
  {
    id: 'DS-EC2-1',
    title: 'EBS volumes and instance block devices encrypted',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'EBS volumes, and the block devices of instances, launch templates and launch configurations, are declared encrypted.',
    ruleIds: ['DermaShield-Ec2EbsEncrypted'],
    configRules: [
      { identifier: 'ENCRYPTED_VOLUMES', resourceTypes: ['AWS::EC2::Volume'] },
      { identifier: 'EC2_EBS_ENCRYPTION_BY_DEFAULT' },
    ],
  },
  {
    id: 'DS-EC2-10',
    title: 'EBS volumes and block devices encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Encrypted EBS volumes and the block devices of instances and launch templates name a customer-managed key; the account default key (aws/ebs) is not enough.',
    ruleIds: ['DermaShield-Ec2EbsCustomerManagedKey'],
    configRules: [{
      identifier: 'ENCRYPTED_VOLUMES',
      resourceTypes: ['AWS::EC2::Volume'],
      caveat: 'Without the kmsId parameter the managed rule accepts aws/ebs; the evidence CLI must compare each attached volume\'s key '
        + 'with the practice CMKs (or deploy the rule with kmsId naming one).',
    }],
  },
]);
