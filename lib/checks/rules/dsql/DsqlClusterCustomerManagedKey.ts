import { defineRule, fail, requireCustomerManagedKey } from '../../rule';
import { readString } from '../../values';

/** DS-DSQL-1: Aurora DSQL clusters are encrypted with a customer-managed key. */
export const DsqlClusterCustomerManagedKey = defineRule({
  name: 'DsqlClusterCustomerManagedKey',
  controlId: 'DS-DSQL-1',
  resourceTypes: ['AWS::DSQL::Cluster'],
  requirement: 'Aurora DSQL clusters must set KmsEncryptionKey to a customer-managed KMS key, not AWS_OWNED_KMS_KEY.',
  explanation: 'An omitted KmsEncryptionKey, or the value AWS_OWNED_KMS_KEY, encrypts the cluster with an AWS-owned key the '
    + 'practice cannot control, audit or revoke. Set KmsEncryptionKey to a PhiKey\'s keyArn.',
  evaluate(resource, context) {
    const value = readString(resource.properties, 'KmsEncryptionKey');
    if (value.state === 'known' && value.value.toUpperCase() === 'AWS_OWNED_KMS_KEY') return fail('KmsEncryptionKey is AWS_OWNED_KMS_KEY, an AWS-owned key');
    return requireCustomerManagedKey(resource, context, resource.properties.KmsEncryptionKey, 'KmsEncryptionKey');
  },
});
