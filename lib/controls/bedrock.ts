import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Bedrock and Bedrock AgentCore: generative AI over clinical notes and documents. */
export const BEDROCK_CONTROLS = defineControls([
  {
    id: 'DS-BEDROCK-1',
    title: 'Bedrock agents, knowledge bases, flows, prompts, guardrails, sessions and memories encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Every Bedrock and AgentCore resource that stores prompts, documents or conversations names a customer-managed KMS key.',
    ruleIds: ['DermaShield-BedrockAgentCustomerManagedKey', 'DermaShield-BedrockDataSourceCustomerManagedKey', 'DermaShield-BedrockKnowledgeBaseCustomerManagedKey', 'DermaShield-BedrockFlowCustomerManagedKey', 'DermaShield-BedrockPromptCustomerManagedKey', 'DermaShield-BedrockGuardrailCustomerManagedKey', 'DermaShield-BedrockSessionCustomerManagedKey', 'DermaShield-BedrockDataAutomationProjectCustomerManagedKey', 'DermaShield-BedrockDataAutomationLibraryCustomerManagedKey', 'DermaShield-BedrockAgentCoreMemoryCustomerManagedKey', 'DermaShield-BedrockAgentCoreGatewayCustomerManagedKey', 'DermaShield-BedrockAgentCoreEvaluatorCustomerManagedKey', 'DermaShield-BedrockAgentCoreDatasetCustomerManagedKey', 'DermaShield-BedrockAgentCoreHarnessMemoryCustomerManagedKey', 'DermaShield-BedrockAgentCoreCapacityProviderVolumeKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
