import { DermaShieldRule } from '../../rule';
import { BedrockAgentCoreCapacityProviderVolumeKey } from './BedrockAgentCoreCapacityProviderVolumeKey';
import { BedrockAgentCoreHarnessMemoryCustomerManagedKey } from './BedrockAgentCoreHarnessMemoryCustomerManagedKey';

export { BedrockAgentCoreCapacityProviderVolumeKey, BedrockAgentCoreHarnessMemoryCustomerManagedKey };
export const BEDROCK_RULES: readonly DermaShieldRule[] = [BedrockAgentCoreHarnessMemoryCustomerManagedKey, BedrockAgentCoreCapacityProviderVolumeKey];
