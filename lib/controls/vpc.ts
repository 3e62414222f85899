import { HIPAA } from './citations';
import { defineControls } from './types';

/** VPCs: the network that carries ePHI between load balancers, applications and data stores. */
export const VPC_CONTROLS = defineControls([
  {
    id: 'DS-VPC-1',
    title: 'VPC flow logs capture all traffic',
    citations: [HIPAA.AUDIT_CONTROLS, HIPAA.ACTIVITY_REVIEW, HIPAA.TRANSMISSION_SECURITY],
    guidance: 'Every VPC has a flow log of all (accepted and rejected) traffic, so the network paths ePHI took can be reviewed.',
    ruleIds: ['DermaShield-VpcFlowLogs'],
    configRules: [{ identifier: 'VPC_FLOW_LOGS_ENABLED', parameters: { trafficType: 'ALL' } }],
  },
]);
