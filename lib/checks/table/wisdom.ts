import { TableEntry } from './entry';

/** Amazon Q in Connect, formerly Wisdom (control DS-WISDOM-1). */
export const WISDOM_ENTRIES: readonly TableEntry[] = [
  {
    name: 'WisdomAssistantCustomerManagedKey',
    controlId: 'DS-WISDOM-1',
    resourceTypes: ['AWS::Wisdom::Assistant'],
    requirement: 'Amazon Q in Connect assistants must name a customer-managed KMS key (ServerSideEncryptionConfiguration.KmsKeyId).',
    fix: 'Assistants keep contact transcripts and recommendations from patient calls and chats; without the key they are encrypted with an AWS-owned key. Set ServerSideEncryptionConfiguration.KmsKeyId to a PhiKey (its policy must allow kms:CreateGrant and kms:DescribeKey).',
    checks: [{ kind: 'customer-managed-key', path: 'ServerSideEncryptionConfiguration.KmsKeyId' }],
  },
  {
    name: 'WisdomKnowledgeBaseCustomerManagedKey',
    controlId: 'DS-WISDOM-1',
    resourceTypes: ['AWS::Wisdom::KnowledgeBase'],
    requirement: 'Amazon Q in Connect knowledge bases must name a customer-managed KMS key (ServerSideEncryptionConfiguration.KmsKeyId).',
    fix: 'Knowledge-base content is encrypted with an AWS-owned key unless ServerSideEncryptionConfiguration.KmsKeyId names a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'ServerSideEncryptionConfiguration.KmsKeyId' }],
  },
];
