import { defineRule, requireCustomerManagedKey, requireTrue, worst } from '../../rule';
import { getPath, readBoolean } from '../../values';

/** The OpenSearch domain types (current and legacy Elasticsearch) share these property names. */
export const OPENSEARCH_DOMAIN_TYPES = ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'];

/** DS-OPENSEARCH-1: domains are encrypted at rest with a customer-managed key. */
export const OpenSearchCustomerManagedKey = defineRule({
  name: 'OpenSearchCustomerManagedKey',
  controlId: 'DS-OPENSEARCH-1',
  resourceTypes: OPENSEARCH_DOMAIN_TYPES,
  requirement: 'OpenSearch domains must set EncryptionAtRestOptions.Enabled: true with a customer-managed KmsKeyId.',
  explanation: 'Indexes of clinical notes and reports are ePHI. An omitted KmsKeyId means the AWS-managed aws/es key. Use '
    + 'opensearch.Domain with encryptionAtRest: { enabled: true, kmsKey: a PhiKey }.',
  evaluate(resource, context) {
    const p = resource.properties;
    return worst([
      requireTrue(readBoolean(p, 'EncryptionAtRestOptions.Enabled'), 'EncryptionAtRestOptions.Enabled'),
      requireCustomerManagedKey(resource, context, getPath(p, 'EncryptionAtRestOptions.KmsKeyId'), 'EncryptionAtRestOptions.KmsKeyId'),
    ]);
  },
});
