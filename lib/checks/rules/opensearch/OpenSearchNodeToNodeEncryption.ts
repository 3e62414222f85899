import { defineRule, requireTrue } from '../../rule';
import { readBoolean } from '../../values';
import { OPENSEARCH_DOMAIN_TYPES } from './OpenSearchCustomerManagedKey';

/** DS-OPENSEARCH-2: traffic between the nodes of a domain is encrypted. */
export const OpenSearchNodeToNodeEncryption = defineRule({
  name: 'OpenSearchNodeToNodeEncryption',
  controlId: 'DS-OPENSEARCH-2',
  resourceTypes: OPENSEARCH_DOMAIN_TYPES,
  requirement: 'OpenSearch domains must set NodeToNodeEncryptionOptions.Enabled: true.',
  explanation: 'Shards and queries carrying ePHI move between data nodes; node-to-node encryption is off unless enabled. '
    + 'Use opensearch.Domain with nodeToNodeEncryption: true.',
  evaluate(resource) {
    return requireTrue(readBoolean(resource.properties, 'NodeToNodeEncryptionOptions.Enabled'), 'NodeToNodeEncryptionOptions.Enabled');
  },
});
