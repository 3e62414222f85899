import { TableEntry } from './entry';

const cmk = (name: string, type: string, path: string, what: string, extra = ''): TableEntry => ({
  name,
  controlId: 'DS-BEDROCK-1',
  resourceTypes: [type],
  requirement: `${type.split('::').slice(1).join(' ')} resources must name a customer-managed KMS key (${path}).`,
  fix: `Without ${path}, Amazon Bedrock encrypts ${what} with a key AWS owns or manages, which the practice cannot control, audit or revoke. `
    + `Set ${path} to a PhiKey's keyArn${extra}.`,
  checks: [{ kind: 'customer-managed-key', path }],
});

/** Amazon Bedrock and Bedrock AgentCore stores that can hold prompts, documents or conversations (control DS-BEDROCK-1). */
export const BEDROCK_ENTRIES: readonly TableEntry[] = [
  cmk('BedrockAgentCustomerManagedKey', 'AWS::Bedrock::Agent', 'CustomerEncryptionKeyArn', 'the agent, its instructions and session data'),
  cmk('BedrockDataSourceCustomerManagedKey', 'AWS::Bedrock::DataSource', 'ServerSideEncryptionConfiguration.KmsKeyArn',
    'the transient copies of ingested documents'),
  {
    name: 'BedrockKnowledgeBaseCustomerManagedKey',
    controlId: 'DS-BEDROCK-1',
    resourceTypes: ['AWS::Bedrock::KnowledgeBase'],
    requirement: 'Managed knowledge bases (KnowledgeBaseConfiguration.Type MANAGED) must name a customer-managed KMS key '
      + '(ManagedKnowledgeBaseConfiguration.ServerSideEncryptionConfiguration.KmsKeyArn).',
    fix: 'A MANAGED knowledge base stores the document chunks and vectors in Bedrock-managed storage, encrypted with an '
      + 'AWS-owned key unless ServerSideEncryptionConfiguration.KmsKeyArn names a PhiKey. Other types keep their data in the '
      + 'vector store or database they point to (OpenSearch Serverless, RDS, Neptune, S3 Vectors, Redshift), judged on that type.',
    checks: [{ kind: 'customer-managed-key', path: 'KnowledgeBaseConfiguration.ManagedKnowledgeBaseConfiguration.ServerSideEncryptionConfiguration.KmsKeyArn' }],
    when: { path: 'KnowledgeBaseConfiguration.Type', equals: ['MANAGED'] },
  },
  cmk('BedrockFlowCustomerManagedKey', 'AWS::Bedrock::Flow', 'CustomerEncryptionKeyArn', 'the flow definition and its prompts'),
  cmk('BedrockPromptCustomerManagedKey', 'AWS::Bedrock::Prompt', 'CustomerEncryptionKeyArn', 'the prompt templates and their variants'),
  cmk('BedrockGuardrailCustomerManagedKey', 'AWS::Bedrock::Guardrail', 'KmsKeyArn', 'the guardrail, including its word lists and examples'),
  cmk('BedrockSessionCustomerManagedKey', 'AWS::Bedrock::Session', 'EncryptionKeyArn', 'the persisted conversation state'),
  cmk('BedrockDataAutomationProjectCustomerManagedKey', 'AWS::Bedrock::DataAutomationProject', 'KmsKeyId',
    'the documents, images and audio the project processes'),
  cmk('BedrockDataAutomationLibraryCustomerManagedKey', 'AWS::Bedrock::DataAutomationLibrary', 'EncryptionConfiguration.KmsKeyId',
    'the library content'),
  cmk('BedrockAgentCoreMemoryCustomerManagedKey', 'AWS::BedrockAgentCore::Memory', 'EncryptionKeyArn',
    'the agent\'s stored conversation events and extracted memories', ' (fixed at creation)'),
  cmk('BedrockAgentCoreGatewayCustomerManagedKey', 'AWS::BedrockAgentCore::Gateway', 'KmsKeyArn', 'the gateway\'s tool targets and their configuration'),
  cmk('BedrockAgentCoreEvaluatorCustomerManagedKey', 'AWS::BedrockAgentCore::Evaluator', 'KmsKeyArn', 'the evaluator and the data it evaluates'),
  cmk('BedrockAgentCoreDatasetCustomerManagedKey', 'AWS::BedrockAgentCore::Dataset', 'KmsKeyArn', 'the evaluation records it writes to S3'),
];
