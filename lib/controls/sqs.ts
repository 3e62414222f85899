import { HIPAA } from './citations';
import { defineControls } from './types';

/** SQS queues: work items between clinical systems carry ePHI. */
export const SQS_CONTROLS = defineControls([
  {
    id: 'DS-SQS-1',
    title: 'SQS queues encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'SQS queues use SSE-KMS with a customer-managed key; SSE-SQS and aws/sqs are not enough.',
    ruleIds: ['DermaShield-SqsCustomerManagedKey'],
    configRules: [],
  },
  {
    id: 'DS-SQS-10',
    title: 'SQS queue policy denies requests without TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every queue policy denies sending and receiving messages to any principal when aws:SecureTransport is false.',
    ruleIds: ['DermaShield-SqsDenyInsecureTransport'],
    configRules: [],
  },
]);
