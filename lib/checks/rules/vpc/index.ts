import { DermaShieldRule } from '../../rule';
import { VpcFlowLogs } from './VpcFlowLogs';

export { VpcFlowLogs };
/** Rules for VPCs, one file each. */
export const VPC_RULES: readonly DermaShieldRule[] = [VpcFlowLogs];
