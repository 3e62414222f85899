import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** EC2 Fleet and Spot Fleet requests: instances launched in bulk for batch processing. */
export const EC2_FLEET_CONTROLS = defineControls([
  {
    id: 'DS-EC2-20',
    title: 'Fleet block devices encrypted',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'EBS block devices that EC2 Fleet overrides and Spot Fleet launch specifications define inline are declared encrypted.',
    ruleIds: ['DermaShield-Ec2FleetEbsEncrypted'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
