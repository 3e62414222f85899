import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** OpenSearch UI applications, OpenSearch Ingestion pipelines and OpenSearch Serverless. */
export const OPENSEARCH_MORE_CONTROLS = defineControls([
  {
    id: 'DS-OPENSEARCH-20',
    title: 'OpenSearch UI applications encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'OpenSearch UI applications name a customer-managed KmsKeyArn.',
    ruleIds: ['DermaShield-OpenSearchApplicationCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-OPENSEARCH-21',
    title: 'OpenSearch Ingestion buffers encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Pipelines with a persistent buffer name a customer-managed EncryptionAtRestOptions.KmsKeyArn.',
    ruleIds: ['DermaShield-OpenSearchIngestionBufferCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-OPENSEARCH-22',
    title: 'OpenSearch Serverless collections encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Encryption security policies set "AWSOwnedKey": false with a customer-managed KmsARN; collections that set EncryptionConfig name a customer-managed KmsKeyArn.',
    ruleIds: ['DermaShield-OpenSearchServerlessEncryptionPolicyCustomerManagedKey', 'DermaShield-OpenSearchServerlessCollectionCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
