import { defineRule } from '../../rule';
import { judgePolicyProtected, PolicyProtectedType } from '../transport';

const SPEC: PolicyProtectedType = {
  targetType: 'AWS::SQS::Queue',
  attachments: { 'AWS::SQS::QueuePolicy': 'Queues', 'AWS::SQS::QueueInlinePolicy': 'Queue' },
  actions: ['sqs:SendMessage', 'sqs:ReceiveMessage'],
  nameProperty: 'QueueName',
  arnService: 'sqs',
  what: 'queue',
};

/** DS-SQS-10: a queue policy denies sending and receiving without TLS. */
export const SqsDenyInsecureTransport = defineRule({
  name: 'SqsDenyInsecureTransport',
  controlId: 'DS-SQS-10',
  resourceTypes: [SPEC.targetType, ...Object.keys(SPEC.attachments)],
  requirement: 'Every queue must have a queue policy that denies sqs:SendMessage and sqs:ReceiveMessage (e.g. sqs:*) to every '
    + 'principal when aws:SecureTransport is false.',
  explanation: 'SQS accepts plain-HTTP requests unless the queue policy refuses them, so messages carrying ePHI can travel in '
    + 'cleartext. Use enforceSSL: true on sqs.Queue, or a QueuePolicy statement { Effect: Deny, Principal: "*", Action: "sqs:*", '
    + 'Resource: <queue ARN>, Condition: { Bool: { "aws:SecureTransport": "false" } } }.',
  evaluate(resource) {
    return judgePolicyProtected(resource, SPEC);
  },
});
