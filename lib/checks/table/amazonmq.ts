import { TableEntry } from './entry';

/** Amazon MQ brokers (control DS-AMAZONMQ-1). */
export const AMAZONMQ_ENTRIES: readonly TableEntry[] = [
  {
    name: 'AmazonMqBrokerCustomerManagedKey',
    controlId: 'DS-AMAZONMQ-1',
    resourceTypes: ['AWS::AmazonMQ::Broker'],
    requirement: 'ActiveMQ brokers must set EncryptionOptions.UseAwsOwnedKey to false and EncryptionOptions.KmsKeyId to a customer-managed KMS key.',
    fix: 'Without EncryptionOptions, UseAwsOwnedKey defaults to true and messages at rest are encrypted with an AWS-owned key; '
      + 'UseAwsOwnedKey false without KmsKeyId uses the AWS-managed aws/mq key. Set both (fixed at creation: a new broker is '
      + 'needed). RabbitMQ brokers accept no customer key (EncryptionOptions does not apply to them), so they are not judged.',
    checks: [
      { kind: 'one-of', path: 'EncryptionOptions.UseAwsOwnedKey', allowed: ['false'], absentMeans: 'true' },
      { kind: 'customer-managed-key', path: 'EncryptionOptions.KmsKeyId' },
    ],
    when: { path: 'EngineType', equals: ['ACTIVEMQ'] },
  },
];
