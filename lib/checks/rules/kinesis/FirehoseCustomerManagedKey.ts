import { defineRule, fail, notApplicable, requireCustomerManagedKey, unverifiable } from '../../rule';
import { readObject, readString } from '../../values';

/** Source types whose records are encrypted by the source (judged by that source's own rule), not by Firehose SSE. */
const SOURCE_ENCRYPTED_TYPES = new Set(['KinesisStreamAsSource', 'MSKAsSource']);

/** DS-KINESIS-2: Direct PUT Firehose streams are encrypted with a customer-managed key. */
export const FirehoseCustomerManagedKey = defineRule({
  name: 'FirehoseCustomerManagedKey',
  controlId: 'DS-KINESIS-2',
  resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'],
  requirement: 'Firehose delivery streams that accept records directly must set DeliveryStreamEncryptionConfigurationInput '
    + 'with KeyType CUSTOMER_MANAGED_CMK and a customer-managed KeyARN.',
  explanation: 'Firehose buffers ePHI before delivery. Without server-side encryption, or with the default AWS_OWNED_CMK, the '
    + 'practice cannot control or audit the key. Use firehose.DeliveryStream with encryption: '
    + 'StreamEncryption.customerManagedKey(a PhiKey). Streams reading from Kinesis or MSK inherit the source encryption.',
  evaluate(resource, context) {
    const p = resource.properties;
    const type = readString(p, 'DeliveryStreamType');
    if (type.state === 'unverifiable') return unverifiable(`DeliveryStreamType is ${type.why}`);
    if (type.state === 'known' && SOURCE_ENCRYPTED_TYPES.has(type.value)) return notApplicable();
    const sse = readObject(p, 'DeliveryStreamEncryptionConfigurationInput');
    if (sse.state === 'unverifiable') return unverifiable(`DeliveryStreamEncryptionConfigurationInput is ${sse.why}`);
    if (sse.state === 'absent') return fail('DeliveryStreamEncryptionConfigurationInput is not set, so server-side encryption is off');
    const keyType = readString(sse.value, 'KeyType');
    if (keyType.state === 'unverifiable') return unverifiable(`KeyType is ${keyType.why}`);
    if (keyType.state === 'absent' || keyType.value !== 'CUSTOMER_MANAGED_CMK') {
      return fail(`KeyType is ${keyType.state === 'absent' ? 'not set (the default is AWS_OWNED_CMK)' : keyType.value}, not CUSTOMER_MANAGED_CMK`);
    }
    return requireCustomerManagedKey(resource, context, sse.value.KeyARN, 'KeyARN');
  },
});
