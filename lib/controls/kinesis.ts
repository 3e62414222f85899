import { HIPAA } from './citations';
import { defineControls } from './types';

/** Kinesis Data Streams and Firehose: event and telemetry pipelines that carry ePHI. */
export const KINESIS_CONTROLS = defineControls([
  {
    id: 'DS-KINESIS-1',
    title: 'Kinesis data streams encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Kinesis data streams use server-side encryption with a customer-managed KMS key; alias/aws/kinesis is not enough.',
    ruleIds: ['DermaShield-KinesisStreamCustomerManagedKey'],
    configRules: [{
      identifier: 'KINESIS_STREAM_ENCRYPTED',
      resourceTypes: ['AWS::Kinesis::Stream'],
      caveat: 'The rule passes any KMS encryption, including the AWS-managed alias/aws/kinesis key.',
    }],
    guardPolicy: {
      resourceTypes: ['AWS::Kinesis::Stream'],
      decidesManagedRuleCaveat: true,
      caveat: 'A KeyId given as the key id or key ARN of the AWS-managed aws/kinesis key (rather than alias/aws/kinesis) looks like a customer-managed key in the configuration item.',
    },
  },
  {
    id: 'DS-KINESIS-2',
    title: 'Firehose delivery streams encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Firehose streams that accept records directly use server-side encryption with a CUSTOMER_MANAGED_CMK key; streams reading from Kinesis or MSK inherit the source encryption.',
    ruleIds: ['DermaShield-FirehoseCustomerManagedKey'],
    configRules: [{
      identifier: 'KINESIS_FIREHOSE_DELIVERY_STREAM_ENCRYPTED',
      resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'],
      caveat: 'Without kmsKeyArns the rule passes the AWS-owned key as well as a customer-managed one.',
    }],
    guardPolicy: { resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'], decidesManagedRuleCaveat: true },
  },
]);
