import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Transit Gateway: routing between the practice's VPCs. */
export const TRANSIT_GATEWAY_CONTROLS = defineControls([
  {
    id: 'DS-TGW-1',
    title: 'Transit gateways support encryption of traffic between VPCs',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Transit gateways turn on encryption support so VPC encryption controls can enforce encryption between VPCs.',
    ruleIds: ['DermaShield-TransitGatewayEncryptionSupport'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
