import { defineRule, requireCustomerManagedKey } from '../../rule';
import { getPath } from '../../values';

/** DS-MSK-1: MSK broker storage is encrypted with a customer-managed key. */
export const MskCustomerManagedKey = defineRule({
  name: 'MskCustomerManagedKey',
  controlId: 'DS-MSK-1',
  resourceTypes: ['AWS::MSK::Cluster'],
  requirement: 'MSK clusters must set EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId to a customer-managed key.',
  explanation: 'MSK always encrypts broker volumes, but with the AWS-managed aws/kafka key when no key is named. Set '
    + 'encryptionInfo.encryptionAtRest.dataVolumeKmsKeyId to a PhiKey ARN.',
  evaluate(resource, context) {
    return requireCustomerManagedKey(resource, context, getPath(resource.properties, 'EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId'),
      'EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId');
  },
});
