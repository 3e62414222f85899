import { defineRule, requireCustomerManagedKey, requireTrue, worst } from '../../rule';
import { readBoolean } from '../../values';

/** DS-EFS-1: file systems are encrypted with a customer-managed key. */
export const EfsCustomerManagedKey = defineRule({
  name: 'EfsCustomerManagedKey',
  controlId: 'DS-EFS-1',
  resourceTypes: ['AWS::EFS::FileSystem'],
  requirement: 'EFS file systems must set Encrypted: true with a customer-managed KmsKeyId (an omitted Encrypted means unencrypted).',
  explanation: 'CloudFormation creates an unencrypted file system when Encrypted is omitted, and without KmsKeyId uses '
    + 'aws/elasticfilesystem. Pass encrypted: true and kmsKey: a PhiKey.',
  evaluate(resource, context) {
    const encrypted = requireTrue(readBoolean(resource.properties, 'Encrypted'), 'Encrypted');
    if (encrypted.kind === 'fail') return encrypted;
    return worst([encrypted, requireCustomerManagedKey(resource, context, resource.properties.KmsKeyId, 'KmsKeyId')]);
  },
});
