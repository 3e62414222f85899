import { HIPAA } from './citations';
import { defineControls } from './types';

/** OpenSearch Service (and legacy Elasticsearch) domains: search over clinical notes and reports. */
export const OPENSEARCH_CONTROLS = defineControls([
  {
    id: 'DS-OPENSEARCH-1',
    title: 'OpenSearch domains encrypted at rest with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'OpenSearch domains have encryption at rest enabled with a customer-managed KMS key; aws/es is not enough.',
    ruleIds: ['DermaShield-OpenSearchCustomerManagedKey'],
    configRules: [
      {
        identifier: 'OPENSEARCH_ENCRYPTED_AT_REST',
        resourceTypes: ['AWS::OpenSearch::Domain'],
        caveat: 'The rule passes the AWS-managed aws/es key as well as a customer-managed one.',
      },
      {
        identifier: 'ELASTICSEARCH_ENCRYPTED_AT_REST',
        resourceTypes: ['AWS::Elasticsearch::Domain'],
        caveat: 'The rule passes the AWS-managed aws/es key as well as a customer-managed one.',
      },
    ],
  },
  {
    id: 'DS-OPENSEARCH-2',
    title: 'OpenSearch node-to-node encryption',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Traffic between the nodes of an OpenSearch domain is encrypted with TLS.',
    ruleIds: ['DermaShield-OpenSearchNodeToNodeEncryption'],
    configRules: [
      { identifier: 'OPENSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK', resourceTypes: ['AWS::OpenSearch::Domain'] },
      { identifier: 'ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK', resourceTypes: ['AWS::Elasticsearch::Domain'] },
    ],
  },
  {
    id: 'DS-OPENSEARCH-3',
    title: 'OpenSearch endpoints enforce HTTPS with TLS 1.2 or later',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'OpenSearch domain endpoints refuse plain HTTP and use a TLS security policy whose minimum is TLS 1.2.',
    ruleIds: ['DermaShield-OpenSearchHttpsTls'],
    configRules: [{
      identifier: 'OPENSEARCH_HTTPS_REQUIRED',
      resourceTypes: ['AWS::OpenSearch::Domain'],
      caveat: 'The rule checks EnforceHTTPS only, not the TLS security policy, and does not cover legacy Elasticsearch domains.',
    }],
    guardPolicy: {
      resourceTypes: ['AWS::OpenSearch::Domain'],
      decidesManagedRuleCaveat: true,
      caveat: 'Judges OpenSearch domains only; legacy AWS::Elasticsearch::Domain items are not judged.',
    },
  },
]);
