import { defineRule, requireCustomerManagedKey, requireTrue, worst } from '../../rule';
import { readBoolean } from '../../values';

/** DS-NEPTUNE-1: Neptune cluster storage is encrypted with a customer-managed key. */
export const NeptuneCustomerManagedKey = defineRule({
  name: 'NeptuneCustomerManagedKey',
  controlId: 'DS-NEPTUNE-1',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  requirement: 'Neptune clusters must set StorageEncrypted: true with a customer-managed KmsKeyId.',
  explanation: 'StorageEncrypted must be true whenever KmsKeyId is set, and an omitted KmsKeyId means the AWS-managed aws/rds key. '
    + 'Set storageEncrypted: true and kmsKeyId: a PhiKey ARN on the cluster.',
  evaluate(resource, context) {
    const p = resource.properties;
    return worst([
      requireTrue(readBoolean(p, 'StorageEncrypted'), 'StorageEncrypted'),
      requireCustomerManagedKey(resource, context, p.KmsKeyId, 'KmsKeyId'),
    ]);
  },
});
