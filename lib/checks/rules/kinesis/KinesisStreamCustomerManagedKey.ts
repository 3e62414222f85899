import { defineRule, fail, requireCustomerManagedKey, unverifiable } from '../../rule';
import { readObject, readString } from '../../values';

/** DS-KINESIS-1: Kinesis data streams are encrypted with a customer-managed key. */
export const KinesisStreamCustomerManagedKey = defineRule({
  name: 'KinesisStreamCustomerManagedKey',
  controlId: 'DS-KINESIS-1',
  resourceTypes: ['AWS::Kinesis::Stream'],
  requirement: 'Kinesis data streams must set StreamEncryption with EncryptionType KMS and a customer-managed KeyId '
    + '(alias/aws/kinesis is AWS-managed).',
  explanation: 'Without StreamEncryption records are stored unencrypted; alias/aws/kinesis is a key the practice cannot control '
    + 'or audit. Use kinesis.Stream with encryption: StreamEncryption.KMS and encryptionKey: a PhiKey.',
  evaluate(resource, context) {
    const encryption = readObject(resource.properties, 'StreamEncryption');
    if (encryption.state === 'unverifiable') return unverifiable(`StreamEncryption is ${encryption.why}`);
    if (encryption.state === 'absent') return fail('StreamEncryption is not set, so records are stored unencrypted');
    const type = readString(encryption.value, 'EncryptionType');
    if (type.state === 'unverifiable') return unverifiable(`StreamEncryption.EncryptionType is ${type.why}`);
    if (type.state === 'absent' || type.value !== 'KMS') {
      return fail(`StreamEncryption.EncryptionType is ${type.state === 'absent' ? 'not set' : type.value}, not KMS`);
    }
    return requireCustomerManagedKey(resource, context, encryption.value.KeyId, 'StreamEncryption.KeyId');
  },
});
