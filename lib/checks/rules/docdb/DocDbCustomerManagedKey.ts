import { defineRule, fail, requireCustomerManagedKey, requireTrue, worst } from '../../rule';
import { readBoolean } from '../../values';

/** DS-DOCDB-1: DocumentDB cluster storage is encrypted with a customer-managed key. */
export const DocDbCustomerManagedKey = defineRule({
  name: 'DocDbCustomerManagedKey',
  controlId: 'DS-DOCDB-1',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  requirement: 'DocumentDB clusters must set StorageEncrypted: true with a customer-managed KmsKeyId.',
  explanation: 'StorageEncrypted must be explicitly true (a restore inherits the source encryption otherwise) and an omitted KmsKeyId means the AWS-managed aws/rds key. '
    + 'Use docdb.DatabaseCluster with storageEncrypted: true and kmsKey: a PhiKey.',
  evaluate(resource, context) {
    const p = resource.properties;
    return worst([
      p.StorageEncrypted === undefined
        ? fail('StorageEncrypted is not set; set it to true explicitly')
        : requireTrue(readBoolean(p, 'StorageEncrypted'), 'StorageEncrypted'),
      requireCustomerManagedKey(resource, context, p.KmsKeyId, 'KmsKeyId'),
    ]);
  },
});
