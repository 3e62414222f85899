import { defineRule, notApplicable, requireCustomerManagedKey, unverifiable } from '../../rule';
import { getPath, readObject } from '../../values';

/**
 * DS-BEDROCK-1: the memory an AgentCore harness creates for itself is encrypted with a customer-managed key. A harness
 * has managed memory unless Memory says otherwise: `Disabled` opts out, and `AgentCoreMemoryConfiguration` points at an
 * AWS::BedrockAgentCore::Memory that is judged on its own type.
 */
export const BedrockAgentCoreHarnessMemoryCustomerManagedKey = defineRule({
  name: 'BedrockAgentCoreHarnessMemoryCustomerManagedKey',
  controlId: 'DS-BEDROCK-1',
  resourceTypes: ['AWS::BedrockAgentCore::Harness'],
  requirement: 'An AgentCore harness with managed memory must name a customer-managed KMS key (Memory.ManagedMemoryConfiguration.EncryptionKeyArn).',
  explanation: 'The managed memory keeps the agent\'s conversation events and extracted memories, encrypted with an AWS-owned '
    + 'key by default. Set Memory.ManagedMemoryConfiguration.EncryptionKeyArn to a PhiKey (fixed at creation), or point the '
    + 'harness at an AgentCore Memory that has one.',
  evaluate(resource, context) {
    const memory = readObject(resource.properties, 'Memory');
    if (memory.state === 'unverifiable') return unverifiable(`Memory is ${memory.why}`);
    if (memory.state === 'known' && (memory.value.Disabled !== undefined || memory.value.AgentCoreMemoryConfiguration !== undefined)) {
      return notApplicable();
    }
    return requireCustomerManagedKey(resource, context, getPath(resource.properties, 'Memory.ManagedMemoryConfiguration.EncryptionKeyArn'),
      'Memory.ManagedMemoryConfiguration.EncryptionKeyArn');
  },
});
