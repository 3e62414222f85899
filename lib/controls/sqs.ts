import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** SQS queues: work items between clinical systems carry ePHI. */
export const SQS_CONTROLS = defineControls([
  {
    id: 'DS-SQS-1',
    title: 'SQS queues encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'SQS queues use SSE-KMS with a customer-managed key; SSE-SQS and aws/sqs are not enough.',
    ruleIds: ['DermaShield-SqsCustomerManagedKey'],
    configRules: [],
    guardPolicy: {
      resourceTypes: ['AWS::SQS::Queue'],
      caveat: 'A KmsMasterKeyId given as the key id or key ARN of the AWS-managed aws/sqs key (rather than alias/aws/sqs) looks like a customer-managed key in the configuration item.',
    },
  },
  {
    id: 'DS-SQS-10',
    title: 'SQS queue policy denies requests without TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every queue policy denies sending and receiving messages to any principal when aws:SecureTransport is false.',
    ruleIds: ['DermaShield-SqsDenyInsecureTransport'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
