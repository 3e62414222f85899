import { defineRule } from '../../rule';
import { judgePolicyProtected, PolicyProtectedType } from '../transport';

const SPEC: PolicyProtectedType = {
  targetType: 'AWS::SNS::Topic',
  attachments: { 'AWS::SNS::TopicPolicy': 'Topics', 'AWS::SNS::TopicInlinePolicy': 'TopicArn' },
  actions: ['sns:Publish'],
  nameProperty: 'TopicName',
  arnService: 'sns',
  what: 'topic',
};

/** DS-SNS-10: a topic policy denies publishing without TLS. */
export const SnsDenyInsecureTransport = defineRule({
  name: 'SnsDenyInsecureTransport',
  controlId: 'DS-SNS-10',
  resourceTypes: [SPEC.targetType, ...Object.keys(SPEC.attachments)],
  requirement: 'Every topic must have a topic policy that denies sns:Publish (or sns:*) to every principal when aws:SecureTransport is false.',
  explanation: 'SNS accepts plain-HTTP publish requests unless the topic policy refuses them, so a notification carrying ePHI '
    + 'can reach the topic in cleartext. Use enforceSSL: true on sns.Topic (it adds the deny), or a TopicPolicy statement '
    + '{ Effect: Deny, Principal: "*", Action: "sns:Publish", Resource: <topic ARN>, Condition: { Bool: { "aws:SecureTransport": "false" } } }.',
  evaluate(resource) {
    return judgePolicyProtected(resource, SPEC);
  },
});
