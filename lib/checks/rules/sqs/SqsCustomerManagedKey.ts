import { defineRule, fail, requireCustomerManagedKey } from '../../rule';
import { readBoolean } from '../../values';

/** DS-SQS-1: queues are encrypted with a customer-managed key. */
export const SqsCustomerManagedKey = defineRule({
  name: 'SqsCustomerManagedKey',
  controlId: 'DS-SQS-1',
  resourceTypes: ['AWS::SQS::Queue'],
  requirement: 'SQS queues must use SSE-KMS with a customer-managed key (KmsMasterKeyId); SSE-SQS is not enough.',
  explanation: 'SSE-SQS and alias/aws/sqs use keys the practice cannot control or audit. Use '
    + 'encryption: QueueEncryption.KMS with encryptionMasterKey: a PhiKey.',
  evaluate(resource, context) {
    const key = resource.properties.KmsMasterKeyId;
    const sseSqs = readBoolean(resource.properties, 'SqsManagedSseEnabled');
    if (key === undefined && sseSqs.state === 'known' && sseSqs.value) {
      return fail('SqsManagedSseEnabled uses the SQS-owned key, not a customer-managed key');
    }
    return requireCustomerManagedKey(resource, context, key, 'KmsMasterKeyId');
  },
});
